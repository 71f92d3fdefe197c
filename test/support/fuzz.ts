// Hostile and broken case files, and the properties every one of them must keep: the engine
// never throws, every range lies inside the text, every fix leaves YAML that parses, and
// --fix is idempotent. Shared by the test suite's seeded share and `npm run fuzz`.
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { applyEdits } from '../../src/core/edits';
import { fixText, lint } from '../../src/lint/engine';
import { parseText } from '../../src/core/parse';
import { caseText } from './generate';

const ROOT = join(__dirname, '..', '..', '..');
const TODAY = '2026-11-25';

const BASES: string[] = [
  ...readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.yaml')).map((f) => readFileSync(join(ROOT, 'examples', f), 'utf8')),
  caseText(3),
  caseText(9),
  // Anchors, aliases and YAML 1.1 (merge keys, dates): the parsed value's other path (toJS).
  caseText(3).replace('holder: { name: "Meta Platforms, Inc.", type: platform, country: US }', 'holder: &meta { name: "Meta Platforms, Inc.", type: platform, country: US }').replace(/holder: \{ name: "Meta Platforms, Inc\.", type: platform, country: US \}/g, 'holder: *meta'),
  `%YAML 1.1\n---\n${caseText(3)}`,
  '',
  'version: 1\n',
];

type Op = [kind: number, at: number, text: string, n: number];
const WRONG = ['[]', '{}', '12', 'true', 'null', '"x"', '[1, [2, {a: b}]]', '~', '2026-02-30'];

/** Apply one mutation to a text. */
function mutate(t: string, [kind, at, text, n]: Op): string {
  const i = t.length ? at % (t.length + 1) : 0;
  switch (kind % 10) {
    case 0: return t.slice(0, i) + text + t.slice(i); // random characters, unicode included
    case 1: return t.slice(0, i) + t.slice(i + (n % 40) + 1); // a span deleted
    case 2: return t.slice(0, i); // truncated
    case 3: return t.slice(0, i) + t.slice(i, i + (n % 200)) + t.slice(i); // a span repeated
    case 4: { const m = /: [^\n]+/g; const all = [...t.matchAll(m)]; if (!all.length) return t; const hit = all[n % all.length]; return t.slice(0, hit.index! + 2) + WRONG[n % WRONG.length] + t.slice(hit.index! + hit[0].length); } // a wrong type
    case 5: return t.slice(0, i) + '['.repeat(n % 300) + ']'.repeat(n % 300) + t.slice(i); // deep nesting
    case 6: return t.replace(/\n/g, '\r\n'); // CRLF
    case 7: return '\uFEFF' + t; // a BOM
    case 8: return t.replace(/^( {2})/gm, '\t'); // tabs
    default: { const lines = t.split('\n'); const a = n % Math.max(1, lines.length); const b = at % Math.max(1, lines.length); [lines[a], lines[b]] = [lines[b], lines[a]]; return lines.join('\n'); } // lines swapped
  }
}

export const documentArb = fc
  .tuple(fc.nat({ max: BASES.length - 1 }), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.string({ unit: 'binary', maxLength: 12 }), fc.nat()), { maxLength: 4 }))
  .map(([b, ops]) => ops.reduce((t, op) => mutate(t, op as Op), BASES[b]));

/** The properties; throws with the reason on the first that fails. */
export function checkDocument(text: string): void {
  const findings = lint(text, { today: TODAY });
  const lines = text.split('\n');
  for (const f of findings) {
    const r = f.range;
    if (!(r.startOffset >= 0 && r.startOffset <= r.endOffset && r.endOffset <= text.length)) throw new Error(`range outside the text: ${f.ruleId} ${JSON.stringify(r)}`);
    if (r.start.line >= lines.length + 1 || r.end.line >= lines.length + 1) throw new Error(`line outside the text: ${f.ruleId}`);
  }
  // The fast value of a case file is the value toJS gives (core/parse.ts plainValue).
  const parsed = parseText(text);
  if (!parsed.syntaxErrors.some((e) => e.message.startsWith('The document could not be read'))) {
    const expected = parsed.doc.toJS({ maxAliasCount: 100 });
    if (!isDeepStrictEqual(parsed.value, expected)) throw new Error('the parsed value differs from toJS');
  }
  const parses = (t: string) => parseText(t).syntaxErrors.length === 0;
  if (parses(text)) {
    for (const f of findings) for (const fix of f.fixes) {
      const out = applyEdits(text, fix.edits);
      if (!parses(out)) throw new Error(`fix "${fix.title}" of ${f.ruleId} leaves YAML that does not parse`);
    }
  }
  const once = fixText(text, { today: TODAY });
  if (parses(text) && !parses(once.output)) throw new Error('--fix produced YAML that does not parse');
  const twice = fixText(once.output, { today: TODAY });
  if (twice.output !== once.output) throw new Error('--fix is not idempotent');
}
