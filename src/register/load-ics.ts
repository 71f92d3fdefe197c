// Loads the ICS writer on first use. In the bundles (dist/cli.js, later dist/extension.js) it is
// dist/ics.js beside them, a separate bundle that holds ical.js; compiled by tsc (out/),
// the ics.js module beside this one. The path is computed, so esbuild leaves the require alone.
import { join } from 'node:path';
import type { DueItem } from '.';

type Writer = { renderIcs(items: readonly DueItem[]): string };
let loaded: Writer | undefined;

export function loadIcs(): Writer {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require(join(__dirname, ['ics', 'js'].join('.'))) as Writer;
  return loaded;
}
