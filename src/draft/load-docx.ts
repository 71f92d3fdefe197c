// Loads the DOCX renderer on first use. In the bundles (dist/cli.js, dist/extension.js) it is
// dist/docx.js beside them, a separate bundle that holds the `docx` package; compiled by tsc
// (out/), it is the docx.js module beside this one. The path is computed, so esbuild leaves the
// require alone and the activation bundle does not carry the DOCX writer.
import { join } from 'node:path';
import type { DraftDocument } from './model';

type Renderer = { renderDocx(doc: DraftDocument): Promise<Uint8Array> };
let loaded: Renderer | undefined;

export function loadDocx(): Renderer {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require(join(__dirname, ['docx', 'js'].join('.'))) as Renderer;
  return loaded;
}
