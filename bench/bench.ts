// `npm run bench`: which-channel against the floor (the `yaml` parse alone) and against
// yaml-language-server validating the same text with the same JSON Schema, on generated case
// files of 100, 1,000 and 10,000 requests. Warm, several repetitions, median and spread; prints a
// table and the ratios and writes them to docs/performance.md. Not part of the tests.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { LineCounter, parseDocument } from 'yaml';
import { lintDocument } from '../src/lint/engine';
import { IncrementalChecker } from '../src/lint/incremental';
import { caseText } from '../test/support/generate';
import { SHIPPED } from '../src/knowledge';
import { planCase } from '../src/plan/model';
import { renderSvg } from '../src/plan/svg';
import { renderHtmlTable } from '../src/plan/table';
import { draftCase, renderMarkdown } from '../src/draft';
import { loadDocx } from '../src/draft/load-docx';
import { run } from '../src/cli/main';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { coverageLines } from './coverage';
import { CasesModel } from '../src/register/cases';

const ROOT = join(__dirname, '..', '..');
const TODAY = '2026-11-25';
const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'case.schema.json'), 'utf8'));

interface Stat { median: number; min: number; max: number; runs: number }
async function time(fn: () => unknown | Promise<unknown>, runs: number): Promise<Stat> {
  await fn(); // warm
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const a = performance.now();
    await fn();
    t.push(performance.now() - a);
  }
  t.sort((x, y) => x - y);
  return { median: t[Math.floor(t.length / 2)], min: t[0], max: t[t.length - 1], runs };
}
/**
 * The floor and the cold check timed in alternation, each pair in the other order than the last,
 * so that a slow spell of the machine (the other core busy, the heap at another size) falls on
 * both; the ratio is the median of the pairs' ratios.
 */
function paired(a: () => unknown, b: () => unknown, runs: number): { a: Stat; b: Stat; ratio: number } {
  for (let i = 0; i < 2; i++) { a(); b(); } // warm: the JIT needs more than one pass over a large file
  const ta: number[] = [];
  const tb: number[] = [];
  const ratios: number[] = [];
  const timed = (fn: () => unknown) => { const s = performance.now(); fn(); return performance.now() - s; };
  for (let i = 0; i < runs; i++) {
    let x: number, y: number;
    if (i % 2 === 0) { x = timed(a); y = timed(b); } else { y = timed(b); x = timed(a); }
    ta.push(x); tb.push(y); ratios.push(y / x);
  }
  const stat = (t: number[]): Stat => { const s = [...t].sort((p, q) => p - q); return { median: s[Math.floor(s.length / 2)], min: s[0], max: s[s.length - 1], runs }; };
  return { a: stat(ta), b: stat(tb), ratio: stat(ratios).median };
}
const fmt = (s: Stat) => `${s.median.toFixed(2)} ms (${s.min.toFixed(2)}–${s.max.toFixed(2)})`;

function yamlLanguageServer() {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { getLanguageService } = require('yaml-language-server/lib/umd/languageservice/yamlLanguageService');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { TextDocument } = require('vscode-languageserver-textdocument');
  const uri = 'file:///bench/schema.json';
  const ls = getLanguageService({
    schemaRequestService: (u: string) => (u === uri ? Promise.resolve(JSON.stringify(schema)) : Promise.reject(new Error(`no network: ${u}`))),
    workspaceContext: { resolveRelativePath: (rel: string) => rel },
  });
  ls.configure({ validate: true, completion: false, hover: false, format: false, schemas: [{ uri, fileMatch: ['*.case.yaml'] }] });
  let version = 1;
  return (text: string) => ls.doValidation(TextDocument.create('file:///bench/x.case.yaml', 'yaml', version++, text), false);
}

/** Drafting: every request of a 50-request case, in Markdown and in DOCX; the sizes of the bundles. */
async function draftFigures(): Promise<string[]> {
  const text = caseText(50);
  const md = await time(() => { const r = draftCase(text, { today: TODAY }); if (!r.ok) throw new Error(r.error); return r.documents.map(renderMarkdown); }, 9);
  const docx = await time(async () => { const r = draftCase(text, { today: TODAY }); if (!r.ok) throw new Error(r.error); for (const d of r.documents) await loadDocx().renderDocx(d); }, 5);
  const kb = (f: string) => (statSync(join(ROOT, 'dist', f)).size / 1024).toFixed(0);
  return [
    '## Drafting',
    '',
    `- all 50 requests of a 50-request case: Markdown ${fmt(md)}, DOCX ${fmt(docx)}; together ${(md.median + docx.median).toFixed(0)} ms (target < 2000 ms)`,
    `- bundles: extension (activation) ${kb('extension.js')} KB (limit 450 KB), drafting engine dist/draft.js ${kb('draft.js')} KB and DOCX writer dist/docx.js ${kb('docx.js')} KB, each loaded on the first draft`,
    '',
  ];
}

/** The register: `which-channel agenda` (in process) over 500 case files of 20 requests each. */
async function agendaFigures(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'wc-bench-agenda-'));
  try {
    mkdirSync(join(dir, 'cases'));
    const texts = Array.from({ length: 500 }, (_, i) => caseText(20).replace('id: GEN-20', `id: GEN-${i}`));
    texts.forEach((t, i) => writeFileSync(join(dir, 'cases', `c${i}.case.yaml`), t));
    // The floor: the same texts parsed by `yaml` alone, in memory.
    const floor = await time(() => { for (const t of texts) parseDocument(t, { lineCounter: new LineCounter() }); }, 5);
    let bytes = 0;
    const io = { out: (s: string) => { bytes += s.length; }, err: () => undefined, isTTY: false, cwd: dir, env: {} };
    const agenda = (format: string) => async () => { const code = await run(['agenda', 'cases', '--today', TODAY, '--days', '90', '--format', format], io); if (code !== 0) throw new Error(`agenda exit ${code}`); };
    const stylish = await time(agenda('stylish'), 5);
    const csv = await time(agenda('csv'), 5);
    const ics = await time(agenda('ics'), 5);
    // The Cases view's model (src/register/cases.ts): its first fill from the same texts, then one
    // edit (a file's new text, the Due soon list again), as the view does them.
    const fill = await time(() => { const m = new CasesModel(SHIPPED, TODAY); texts.forEach((t, i) => m.set(`c${i}`, t, '1')); m.dueSoon(14); }, 5);
    const model = new CasesModel(SHIPPED, TODAY);
    texts.forEach((t, i) => model.set(`c${i}`, t, '1'));
    let stamp = 1;
    const edit = await time(() => { model.set('c250', texts[250].replace('title: Generated fraud ring', `title: Edited ${stamp}`), String(++stamp)); model.dueSoon(14); }, 15);
    return [
      '## The register',
      '',
      `- \`which-channel agenda\` over 500 case files of 20 requests (10,000 requests, read from disk, in process): stylish ${fmt(stylish)}, csv (the register) ${fmt(csv)}, ics ${fmt(ics)} (target < 2000 ms); the floor, \`yaml\` parsing the same texts in memory, ${fmt(floor)}; load average during the run ${loadavg()[0].toFixed(1)} on ${cpus().length} cores; the ICS writer dist/ics.js ${(statSync(join(ROOT, 'dist', 'ics.js')).size / 1024).toFixed(0)} KB, loaded only for \`--format ics\``,
      `- the Cases view over the same 500 files: first fill ${fmt(fill)} (target < 2000 ms), an edit's update (one file re-read, Due soon again) ${fmt(edit)} (target < 50 ms)`,
      '',
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  if (process.argv.includes('--agenda-only')) {
    console.log((await agendaFigures()).join('\n'));
    return;
  }
  if (process.argv.includes('--draft-only')) {
    console.log((await draftFigures()).join('\n'));
    return;
  }
  if (process.argv.includes('--cold-only')) {
    // The cold check's one target alone, measured as below (to work on it).
    const text = caseText(10000);
    const { a: floor, b: cold, ratio } = paired(() => parseDocument(text, { lineCounter: new LineCounter() }), () => lintDocument(text, { today: TODAY }), 21);
    console.log(`- cold / floor at 10,000: ${ratio.toFixed(2)}, the median of 21 paired runs (target ≤ 1.25): floor ${fmt(floor)}, cold ${fmt(cold)}; load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`);
    return;
  }
  const sizes = [100, 1000, 10000];
  const rows: string[] = [];
  const ratios: string[] = [];
  const yls = yamlLanguageServer();
  const results: Record<number, { floor: Stat; cold: Stat; yls: Stat; ratio: number }> = {};
  for (const n of sizes) {
    const text = caseText(n);
    const runs = n >= 10000 ? 21 : 15;
    const { a: floor, b: cold, ratio } = paired(() => parseDocument(text, { lineCounter: new LineCounter() }), () => lintDocument(text, { today: TODAY }), runs);
    const ylsT = await time(() => yls(text), n >= 10000 ? 7 : 15);
    results[n] = { floor, cold, yls: ylsT, ratio };
    rows.push(`| ${n.toLocaleString('en')} | ${(text.length / 1024).toFixed(0)} KB | ${fmt(floor)} | ${fmt(cold)} | ${fmt(ylsT)} | ${ratio.toFixed(2)} | ${(ylsT.median / cold.median).toFixed(2)} |`);
  }
  // 4. One character changed inside a request in the middle of the 10,000-request file.
  const big = caseText(10000);
  const mid = big.indexOf('  - id: r5000-');
  const at = big.indexOf('\n', big.indexOf('channel:', mid)) ; // end of that request's channel line
  // Each run types one more character there (a new text every time, as in an editor).
  let typed = '';
  const next = () => { typed += String.fromCharCode(97 + (typed.length % 26)); return big.slice(0, at) + typed + big.slice(at); };
  const open = await time(() => new IncrementalChecker().check(big, { today: TODAY }), 5);
  ratios.push(`- opening the 10,000-request file in the editor (the incremental checker's first, whole cut): ${fmt(open)}`);
  const checker = new IncrementalChecker();
  checker.check(big, { today: TODAY });
  const edit = await time(() => { const r = checker.check(next(), { today: TODAY }); if (!r.incremental || r.rechecked !== 1) throw new Error('edit was not incremental'); }, 25);
  const ylsEdit = await time(() => yls(next()), 7);
  ratios.push(`- edit at 10,000: which-channel ${fmt(edit)}, yaml-language-server ${fmt(ylsEdit)}: ${(ylsEdit.median / edit.median).toFixed(1)}× faster (target ≥ 50)`);

  // 5. Memory: heap growth per check and what the incremental cache holds; bundles; activation.
  const heap = () => { (globalThis as { gc?: () => void }).gc?.(); return process.memoryUsage().heapUsed; };
  const mem: string[] = [];
  for (const n of [1000, 10000]) {
    const text = caseText(n);
    const before = heap();
    const keep = lintDocument(text, { today: TODAY });
    const held = heap() - before;
    const c = new IncrementalChecker();
    const b2 = heap();
    c.check(text, { today: TODAY });
    const cache = heap() - b2;
    mem.push(`| ${n.toLocaleString('en')} | ${(held / 1048576).toFixed(1)} MB | ${(cache / 1048576).toFixed(1)} MB |`);
    void keep;
  }
  const size = (f: string) => (statSync(join(ROOT, 'dist', f)).size / 1024).toFixed(0);
  const loads: number[] = [];
  for (let i = 0; i < 5; i++) loads.push(Number(execFileSync(process.execPath, [join(ROOT, 'bench', 'load-extension.js'), join(ROOT, 'dist', 'extension.js')], { encoding: 'utf8' })));
  loads.sort((x, y) => x - y);
  ratios.push(`- cold / floor at 10,000: ${results[10000].ratio.toFixed(2)}, the median of ${results[10000].cold.runs} paired runs (target ≤ 1.25)`);
  // Linear in the number of requests: the check grows no faster than the parse it stands on (the
  // parse itself grows a little faster than 10x from 1,000 to 10,000 requests: its garbage).
  const growth = (k: 'cold' | 'floor') => results[10000][k].median / results[1000][k].median;
  ratios.push(`- growth from 1,000 to 10,000 requests: cold check ${growth('cold').toFixed(2)}×, the \`yaml\` parse alone ${growth('floor').toFixed(2)}× (target: the check's growth at most the parse's, × 1.05)`);
  for (const n of sizes) ratios.push(`- yaml-language-server / which-channel cold at ${n}: ${(results[n].yls.median / results[n].cold.median).toFixed(2)} (target > 1)`);

  // 6. The case plan: from an edit to a new plan (what the webview gets after the debounce).
  const planLines: string[] = [];
  {
    const text200 = caseText(200);
    const at200 = text200.indexOf('\n', text200.indexOf('channel:', text200.indexOf('  - id: r100-')));
    let typed200 = '';
    const next200 = () => { typed200 += String.fromCharCode(97 + (typed200.length % 26)); return text200.slice(0, at200) + typed200 + text200.slice(at200); };
    const c = new IncrementalChecker();
    c.check(text200, { today: TODAY });
    let svgLen = 0;
    const whole = await time(() => {
      c.check(next200(), { today: TODAY });
      const plan = planCase(c.caseView()!, SHIPPED, TODAY);
      svgLen = renderSvg(plan, { style: false }).length + renderHtmlTable(plan).length;
    }, 25);
    const view = c.caseView()!;
    const model = await time(() => planCase(view, SHIPPED, TODAY), 25);
    const plan200 = planCase(view, SHIPPED, TODAY);
    const svg = await time(() => renderSvg(plan200, { style: false }), 25);
    const k1000 = new IncrementalChecker();
    k1000.check(caseText(1000), { today: TODAY });
    const plan1000 = planCase(k1000.caseView()!, SHIPPED, TODAY);
    const svg1000 = renderSvg(plan1000);
    planLines.push(
      `- edit → new plan at 200 requests (incremental check, plan model, SVG and table for the webview, ${(svgLen / 1024).toFixed(0)} KB posted): ${fmt(whole)} (target < 50 ms after the 250 ms debounce)`,
      `- of which the plan model ${fmt(model)}, the SVG ${fmt(svg)}`,
      `- SVG of 1,000 requests: ${(svg1000.length / 1024).toFixed(0)} KB, ${plan1000.rows.length} rows`,
    );
  }

  const out = [
    '# Performance',
    '',
    `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, yaml ${require('yaml/package.json').version}, yaml-language-server ${require('yaml-language-server/package.json').version}. Warm, median (min–max) of 7 to 15 runs. The floor and the cold check run in alternating pairs (the order swapped each pair) after two warm passes; \`cold / floor\` is the median of the pairs' ratios.`,
    '',
    '| requests | size | floor: `yaml` parse | which-channel cold | yaml-language-server | cold / floor | YLS / cold |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    '',
    ...ratios,
    '',
    '## How',
    '',
    '- Cold: one `yaml` parse with positions, the compiled schema (ajv standalone: no schema compilation at run time), the rules on a typed summary of the case. The profile (`node --cpu-prof`) showed two rules that were quadratic in the number of requests (`unknown-request-ref` and `preserve-first`, each scanning every request for every request); both now index the file once per check.',
    `- Where the cold check's time goes beyond the parse (10,000 requests, a profile of \`node --cpu-prof\` and V8's sampling heap profiler): the compiled schema about 40 ms, the case view about 15 ms, the document's value about 20 ms (a walk of the YAML nodes; \`toJS\` only for anchors, aliases, merge keys and YAML 1.1 types), the 32 rules and their 10,667 findings about 110 ms. A request's route, MLA basis, registry match and holder key are computed once per distinct question, not once per rule and request. The rest is the garbage collector: the parse allocates about 1.5 GB for this file, the check 65 MB more, and where a collection falls decides a pair's ratio (1.0 to 1.35), hence the median of 21 pairs. Two sources of garbage are gone: the compiled validator no longer allocates the error objects ajv counts and discards inside \`if\` subschemas (18.7 MB to 3.6 MB a check, scripts/build.mjs; a test holds it equal to ajv's own validator), and a treaty between two states is found through an index instead of a scan that built a key for each of the ~200 pairs (about 8 MB).`,
    '- Edit: the editor keeps an `IncrementalChecker` per document (`src/lint/incremental.ts`). The file is cut along its outline (the header up to `requests:`, then one slice per request). A new version is compared with the last (common prefix and suffix): the requests outside the changed span keep their entries; the changed span is cut again and each new request text is parsed and checked alone, behind a copy of the header, and cached by its text. The rules that look across requests (duplicate ids, `after:` references, preservations, INTERPOL alone, fresh ids for a split) run on the cached summaries; when the ids, actions, channels and holders are as before, their earlier findings stand. Anything the outline cannot vouch for (a syntax error, anchors and aliases, tabs, CRLF, keys after the list, a flow-style list) is checked whole. A test (`test/unit/incremental.test.ts`) compares its findings with a whole-file check after random edits.',
    '- yaml-language-server re-parses and re-validates the whole document on every version.',
    '',
    '## Legal bases: coverage of the world',
    '',
    ...coverageLines(),
    '',
    '## The case plan',
    '',
    ...planLines,
    '',
    '## Memory',
    '',
    '| requests | heap held by one whole-file check | heap held by the incremental cache |',
    '|---|---|---|',
    ...mem,
    '',
    `- bundles: extension ${size('extension.js')} KB, CLI ${size('cli.js')} KB (minified; the activation bundle's limit is 450 KB, a unit test), and the knowledge base beside them as data, dist/knowledge.json ${size('knowledge.json')} KB (read with JSON.parse at activation)`,
    `- loading the extension bundle (require, in a fresh Node process): median ${loads[2].toFixed(1)} ms (${loads[0].toFixed(1)}–${loads[4].toFixed(1)}); no schema is compiled at activation, the validators are compiled ahead of time`,
    '',
    ...(await draftFigures()),
    // In a process of its own, as a user runs `which-channel agenda` (the heap this run has built
    // by now, the yaml-language-server and 10,000-request caches, would otherwise weigh on it).
    ...execFileSync(process.execPath, ['--expose-gc', __filename, '--agenda-only'], { encoding: 'utf8', maxBuffer: 1 << 24 }).trimEnd().split('\n'),
    '',
  ];
  console.log(out.join('\n'));
  writeFileSync(join(ROOT, 'docs', 'performance.md'), out.join('\n'));
}

void main();
