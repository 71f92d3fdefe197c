// Arrows point one way (style.md, point 10): knowledge at the bottom, then the core, the rules,
// the lint engine that runs them, and the CLI and the extension on top. Every import in src/ is
// read and checked against the table below, and `vscode` is imported in src/extension only, so
// the CLI and the unit tests run everything else in plain Node.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { ROOT } from './harness';

const SRC = join(ROOT, 'src');

/** What each top-level folder of src/ may import from the others (its own files always). */
const MAY_IMPORT: Record<string, readonly string[]> = {
  generated: [],
  knowledge: ['generated'],
  core: ['knowledge', 'generated'],
  rules: ['core', 'knowledge'],
  lint: ['rules', 'core', 'knowledge'],
  plan: ['lint', 'rules', 'core', 'knowledge'],
  draft: ['lint', 'rules', 'core', 'knowledge'],
  register: ['lint', 'rules', 'core', 'knowledge'],
  cli: ['register', 'plan', 'draft', 'lint', 'rules', 'core', 'knowledge'],
  extension: ['register', 'plan', 'draft', 'lint', 'rules', 'core', 'knowledge'],
};

/** Every module specifier in a source file: `from '…'`, `import '…'`, `import('…')`, `require('…')`. */
export function specifiers(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  return [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"]([^'"\n]+)['"]/g)].map((m) => m[1]);
}

/** The wrong-way imports of one file, as `file → specifier (reason)`. */
export function violations(file: string, source: string): string[] {
  const layer = relative(SRC, file).split(sep)[0];
  const allowed = MAY_IMPORT[layer];
  if (!allowed) return [`${relative(ROOT, file)}: src/${layer} is in no layer (add it to MAY_IMPORT)`];
  const out: string[] = [];
  for (const spec of specifiers(source)) {
    if (spec === 'vscode' || spec.startsWith('vscode/')) {
      if (layer !== 'extension') out.push(`${relative(ROOT, file)} → ${spec} (vscode outside src/extension)`);
      continue;
    }
    if (!spec.startsWith('.')) continue; // a package
    const target = relative(SRC, resolve(dirname(file), spec));
    if (target.startsWith('..')) continue; // package.json, schemas/: outside the layers
    const to = target.split(sep)[0];
    if (to !== layer && !allowed.includes(to)) out.push(`${relative(ROOT, file)} → ${spec} (src/${layer} may not import src/${to})`);
  }
  return out;
}

const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

describe('layering', () => {
  const files = walk(SRC);

  it('every import in src/ points down the layers, and only src/extension imports vscode', () => {
    const bad = files.flatMap((f) => violations(f, readFileSync(f, 'utf8')));
    assert.deepEqual(bad, []);
  });

  it('the check reads the imports it is meant to (a wrong arrow would be caught)', () => {
    const count = files.reduce((n, f) => n + specifiers(readFileSync(f, 'utf8')).length, 0);
    assert.ok(count > 150, `only ${count} imports found`);
    const at = (path: string) => join(SRC, ...path.split('/'));
    assert.deepEqual(violations(at('core/route.ts'), "import { RULES } from '../rules';"), ['src/core/route.ts → ../rules (src/core may not import src/rules)']);
    assert.equal(violations(at('core/x.ts'), "import type {\n  Rule,\n} from '../lint/engine';").length, 1);
    assert.equal(violations(at('knowledge/x.ts'), "import { parseText } from '../core/parse';").length, 1);
    assert.equal(violations(at('rules/x.ts'), "const e = require('../lint/engine');").length, 1);
    assert.equal(violations(at('lint/x.ts'), "export { main } from '../cli/main';").length, 1);
    assert.equal(violations(at('cli/x.ts'), "import * as vscode from 'vscode';").length, 1);
    assert.equal(violations(at('extension/x.ts'), "import * as vscode from 'vscode';\nimport { lint } from '../lint/engine';").length, 0);
  });
});
