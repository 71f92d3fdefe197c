// The renderers: the SVG parsed and checked structurally (well-formed, a row per request, the
// marks, no two labels overlapping, a 200-request case legible), one golden file per example;
// the Markdown table's columns and verdicts; the plan CLI; the task's problem matcher.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lint } from '../../../src/lint/engine';
import { COLUMNS, planText, renderHtml, renderMarkdown, renderSvg } from '../../../src/plan';
import { LAYOUT, rowNote } from '../../../src/plan/svg';
import { cells } from '../../../src/plan/table';
import { stylish } from '../../../src/cli/formatters';
import { caseText } from '../../support/generate';
import { ROOT, TODAY } from '../harness';

interface El { name: string; attrs: Record<string, string>; text: string; children: El[] }

/** A small XML reader: enough to prove the SVG well-formed and to walk it. Throws on a mismatched tag. */
export function parseXml(xml: string): El {
  const root: El = { name: '#root', attrs: {}, text: '', children: [] };
  const stack: El[] = [root];
  const re = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (m[0].startsWith('<!--')) continue;
    if (m[6]) throw new Error(`stray "<" at ${m.index}`);
    if (m[5] !== undefined) { stack[stack.length - 1].text += m[5]; continue; }
    const [, close, name, rawAttrs, selfClose] = m;
    if (close) {
      const open = stack.pop()!;
      if (open.name !== name) throw new Error(`</${name}> closes <${open.name}> at ${m.index}`);
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of rawAttrs.matchAll(/([\w:-]+)="([^"]*)"/g)) attrs[a[1]] = a[2];
    const el: El = { name, attrs, text: '', children: [] };
    stack[stack.length - 1].children.push(el);
    if (!selfClose) stack.push(el);
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack[stack.length - 1].name}>`);
  assert.equal(root.children.length, 1, 'one root element');
  return root.children[0];
}

const all = (e: El): El[] => [e, ...e.children.flatMap(all)];
const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** The boxes of every visible text (its own x and y within its translated group). */
function textBoxes(svg: El): { text: string; x0: number; x1: number; y0: number; y1: number }[] {
  const out: { text: string; x0: number; x1: number; y0: number; y1: number }[] = [];
  const walk = (e: El, dx: number, dy: number) => {
    const t = /translate\(([-\d.]+),([-\d.]+)\)/.exec(e.attrs.transform ?? '');
    const ox = dx + (t ? Number(t[1]) : 0);
    const oy = dy + (t ? Number(t[2]) : 0);
    if (e.name === 'text') {
      const text = unescape(e.text);
      const w = text.length * LAYOUT.charWidth;
      const x = ox + Number(e.attrs.x);
      const x0 = e.attrs['text-anchor'] === 'middle' ? x - w / 2 : x;
      const y = oy + Number(e.attrs.y);
      out.push({ text, x0, x1: x0 + w, y0: y - LAYOUT.fontSize + 2, y1: y + 2 });
    }
    if (e.name !== 'title' && e.name !== 'defs' && e.name !== 'style') for (const c of e.children) walk(c, ox, oy);
  };
  walk(svg, 0, 0);
  return out;
}

function overlaps(svg: El): string[] {
  const boxes = textBoxes(svg).sort((a, b) => a.y0 - b.y0);
  const bad: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length && boxes[j].y0 < boxes[i].y1; j++) {
      const a = boxes[i];
      const b = boxes[j];
      if (a.x0 < b.x1 && b.x0 < a.x1) bad.push(`"${a.text}" / "${b.text}"`);
    }
  }
  return bad;
}

const EXAMPLES = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.case.yaml')).sort();
const GOLDEN = join(ROOT, 'test', 'unit', 'plan', 'golden');

describe('plan renderers', () => {
  it('the SVG of a case: well-formed, a row per request, the marks and a legend', () => {
    const text = readFileSync(join(ROOT, 'examples', 'in-sextortion.case.yaml'), 'utf8');
    const plan = planText(text, { today: TODAY }).plan!;
    const svg = parseXml(renderSvg(plan));
    assert.equal(svg.name, 'svg');
    assert.equal(svg.attrs.xmlns, 'http://www.w3.org/2000/svg');
    const els = all(svg);
    const rows = els.filter((e) => e.attrs.class === 'row');
    assert.deepEqual(rows.map((r) => r.attrs['data-index']), ['0', '1', '2', '3']);
    const cls = (c: string) => els.filter((e) => (e.attrs.class ?? '').split(' ').includes(c));
    assert.equal(cls('bar').length, 3, 'a bar for each request with a known speed');
    assert.equal(cls('start-only').length, 1, 'INTERPOL: a start mark, no window');
    assert.equal(cls('hold').length, 2, 'one hold (and its legend swatch)');
    assert.equal(cls('lapse').length, 1);
    assert.equal(cls('needed-by').length, 1);
    assert.equal(cls('arrow').length, 2 + 1, 'two after: arrows and the legend swatch');
    assert.equal(cls('today').length, 2, 'the today line and its legend swatch');
    const legend = els.find((e) => e.attrs.class === 'legend')!;
    const words = all(legend).filter((e) => e.name === 'text').map((e) => unescape(e.text));
    for (const w of ['LERS portal', 'MLAT', 'INTERPOL', 'needed by (too late)', 'preservation hold', 'hold lapses', 'today', 'waits on (after:)']) assert.ok(words.includes(w), `legend: ${w}`);
    const axis = cls('axis-label').map((e) => e.text);
    assert.ok(axis.includes('2026-11') && axis.length >= 3, `axis: ${axis}`);
    assert.deepEqual(overlaps(svg), []);
    // Every colour used is also named in the legend (a channel) or is a theme variable.
    const fills = new Set(els.map((e) => e.attrs.fill).filter((f): f is string => !!f && f.startsWith('#')));
    assert.ok(fills.size >= 3);
  });

  it('a 200-request case stays legible: 200 rows, no overlapping labels, long labels cut', () => {
    const plan = planText(caseText(200), { today: TODAY }).plan!;
    const svg = parseXml(renderSvg(plan));
    assert.equal(all(svg).filter((e) => e.attrs.class === 'row').length, 200);
    assert.equal(Number(svg.attrs.height) >= 200 * LAYOUT.rowHeight, true);
    assert.deepEqual(overlaps(svg), []);
    const labels = all(svg).filter((e) => e.attrs.class === 'row-label');
    assert.ok(labels.every((l) => unescape(l.text).length * LAYOUT.charWidth <= 0.3 * Number(svg.attrs.width) - 6));
  });

  describe('fits the view it is shown in (issue 22, item 6)', () => {
    const plan = () => planText(readFileSync(join(ROOT, 'examples', 'in-sextortion.case.yaml'), 'utf8').replace('needed_by: 2027-01-15', 'needed_by: 2026-11-25'), { today: TODAY }).plan!;
    for (const width of [1100, 700, 560, 480]) {
      it(`${width} px: no text past the right edge, every note whole, no overlap`, () => {
        const svg = parseXml(renderSvg(plan(), { width }));
        assert.equal(Number(svg.attrs.width), width);
        const boxes = textBoxes(svg);
        const over = boxes.filter((b) => b.x1 > width + 1 && !/^today /.test(b.text));
        assert.deepEqual(over.map((b) => `${b.text} ends at ${b.x1}`), []);
        const notes = all(svg).filter((e) => (e.attrs.class ?? '').startsWith('row-note')).map((e) => unescape(e.text));
        assert.ok(!notes.some((n) => n.endsWith('…')), `cut notes: ${notes.join(' | ')}`);
        assert.ok(notes.join(' ').includes('hold lapses 2027-08-18') && notes.join(' ').includes('too late for 2026-11-25'), notes.join(' | '));
        assert.deepEqual(overlaps(svg), []);
      });
    }
    it('narrower than its layout, the page scales it down (and for print)', () => {
      assert.equal(Number(parseXml(renderSvg(plan(), { width: 300 })).attrs.width), 480);
      assert.match(renderHtml(plan()), /\.wc-scroll > svg \{ display: block; max-width: 100%; height: auto; \}/);
      assert.match(renderHtml(plan()), /@media print/);
      // The table: one block per request where nine columns do not fit, each value named by its column.
      assert.match(renderHtml(plan()), /@media \(max-width: 640px\)/);
      assert.match(renderHtml(plan()), /<td data-label="channel">lers<\/td>/);
    });
  });

  it('a label with markup characters is escaped', () => {
    const res = planText('version: 1\ncase: { id: "<x>", requesting_state: IN }\nrequests:\n  - { id: "a&b<script>", channel: lers, action: preserve, holder: { name: "Q\\"R", type: platform, country: US }, data: [subscriber] }\n', { today: TODAY });
    const out = renderSvg(res.plan!);
    assert.ok(!out.includes('<script>'));
    parseXml(out);
  });

  for (const f of EXAMPLES) {
    it(`golden: ${f}`, () => {
      const plan = planText(readFileSync(join(ROOT, 'examples', f), 'utf8'), { today: TODAY }).plan!;
      const svg = renderSvg(plan);
      const file = join(GOLDEN, f.replace(/\.case\.yaml$/, '.svg'));
      if (process.env.UPDATE_GOLDEN) writeFileSync(file, svg);
      assert.ok(existsSync(file), `${file} is missing: run the tests with UPDATE_GOLDEN=1 to write it`);
      assert.equal(svg, readFileSync(file, 'utf8'), `${f}: the picture changed; if on purpose, run the tests with UPDATE_GOLDEN=1`);
      parseXml(svg);
      assert.deepEqual(overlaps(parseXml(svg)), []);
    });
  }

  it('status: an answered bar ends at its answer, a refused one is struck, an overdue one says so', () => {
    const base = readFileSync(join(ROOT, 'examples', 'in-sextortion.case.yaml'), 'utf8');
    const status = (text: string, id: string) => planText(text, { today: TODAY }).plan!.rows.find((r) => r.id === id)!;
    const answered = status(base.replace('sent: 2026-11-21\n', 'sent: 2026-11-21\n    answered: 2026-11-23\n'), 'preserve-instagram');
    assert.deepEqual([answered.status, answered.closedOn, cells(answered)[9]], ['answered', '2026-11-23', 'answered 2026-11-23']);
    const svgAnswered = renderSvg(planText(base.replace('sent: 2026-11-21\n', 'sent: 2026-11-21\n    answered: 2026-11-23\n'), { today: TODAY }).plan!);
    assert.match(svgAnswered, /class="bar answered"[^>]*><title>2026-11-21 to answered 2026-11-23</);
    const refusedText = base.replace('sent: 2026-11-21\n', 'sent: 2026-11-21\n    refused: { on: 2026-11-24, reason: x }\n');
    assert.equal(status(refusedText, 'preserve-instagram').status, 'refused');
    assert.match(renderSvg(planText(refusedText, { today: TODAY }).plan!), /class="struck"/);
    const overdue = status(base, 'preserve-instagram');
    const later = planText(base, { today: '2026-11-29' }).plan!.rows.find((r) => r.id === 'preserve-instagram')!;
    assert.deepEqual([overdue.status, later.status, rowNote(later).endsWith('overdue: no answer by 2026-11-28')], ['sent', 'overdue', true]);
  });

  it('md: the columns of the spec, one row per request, the verdicts', () => {
    const text = readFileSync(join(ROOT, 'examples', 'in-sextortion.case.yaml'), 'utf8').replace('sent: 2026-11-24\n    notes', 'sent: 2026-11-24\n    needed_by: 2027-03-01\n    notes');
    const md = renderMarkdown(planText(text, { today: TODAY }).plan!);
    const lines = md.split('\n').filter((l) => l.startsWith('|'));
    assert.equal(lines[0], '| request | channel | action | start | earliest answer | latest answer | needed by | verdict | preservation lapse | status |');
    assert.deepEqual([...COLUMNS], ['request', 'channel', 'action', 'start', 'earliest answer', 'latest answer', 'needed by', 'verdict', 'preservation lapse', 'status']);
    const rows = lines.slice(2).map((l) => l.slice(2, -2).split(' | '));
    assert.equal(rows.length, 4);
    const by = Object.fromEntries(rows.map((r) => [r[0], r]));
    assert.deepEqual(by['preserve-instagram'], ['preserve-instagram', 'lers', 'preserve', '2026-11-21', '2026-11-22', '2026-11-28', '', '', '2027-08-18', 'sent']);
    assert.equal(by['subscriber-instagram'][7], 'on time');
    assert.equal(by['content-instagram'][7], 'too late');
    assert.equal(by['locate-suspect'][4], 'variable');
    assert.equal(by['locate-suspect'][7], '');
  });

  it('html: self-contained (no script, no remote content), the picture and the table', () => {
    const html = renderHtml(planText(readFileSync(join(ROOT, 'examples', 'in-sextortion.case.yaml'), 'utf8'), { today: TODAY }).plan!);
    assert.ok(!/<script|https?:\/\/(?!www\.w3\.org)/i.test(html));
    assert.match(html, /<svg [^>]*class="wc-plan"/);
    assert.equal((html.match(/<tr data-index=/g) ?? []).length, 4);
  });
});

describe('which-channel plan (CLI)', () => {
  const BIN = join(ROOT, 'bin', 'which-channel.js');
  const cli = (args: string[], cwd = ROOT) => {
    const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'which-channel-plan-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('svg by default, md and html on request, --out writes a file; exit 0', () => {
    const svg = cli(['plan', 'examples/in-sextortion.case.yaml', '--today', TODAY]);
    assert.equal(svg.code, 0, svg.err);
    assert.equal(svg.out, readFileSync(join(GOLDEN, 'in-sextortion.svg'), 'utf8'));
    const md = cli(['plan', '--format', 'md', '--today', TODAY, 'examples/in-sextortion.case.yaml']);
    assert.equal(md.code, 0);
    assert.match(md.out, /\| request \| channel \|/);
    const out = join(dir, 'plan.html');
    const html = cli(['plan', '--format', 'html', '--out', out, 'examples/in-sextortion.case.yaml']);
    assert.equal(html.code, 0);
    assert.equal(html.out, '');
    assert.match(readFileSync(out, 'utf8'), /^<!DOCTYPE html>/);
  });

  it('usage and I/O errors: one line, exit 2', () => {
    for (const args of [['plan'], ['plan', '--format', 'png', 'examples/in-sextortion.case.yaml'], ['plan', '--today', '2026-02-30', 'examples/in-sextortion.case.yaml'], ['plan', 'nope.case.yaml'], ['plan', 'a', 'b']]) {
      const r = cli(args);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
      assert.match(r.err.split('\n')[0], /^which-channel: /);
      assert.equal(r.out, '');
    }
  });

  it('a file that does not parse: the syntax finding on stderr, no picture, exit 1', () => {
    const f = join(dir, 'broken.case.yaml');
    writeFileSync(f, 'version: 1\ncase: [\nrequests: []\n');
    const r = cli(['plan', f]);
    assert.equal(r.code, 1);
    assert.equal(r.out, '');
    assert.match(r.err, /yaml-syntax/);
  });
});

describe('the lint-workspace task', () => {
  it('its problem matcher reads the stylish output: file, line, column, severity, message, rule', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const m = pkg.contributes.problemMatchers.find((x: { name: string }) => x.name === 'which-channel');
    const [filePat, linePat] = m.pattern.map((p: { regexp: string }) => new RegExp(p.regexp));
    const text = readFileSync(join(ROOT, 'examples', 'wrong-channels.case.yaml'), 'utf8');
    const all = lint(text, { today: TODAY });
    // The task runs without --hints: the hints stay out of the output and of the Problems it reads.
    const findings = all.filter((f) => f.severity !== 'hint');
    assert.ok(findings.length > 0 && findings.length < all.length);
    const out = stylish([{ filePath: 'examples/wrong-channels.case.yaml', findings: all }], false).split('\n');
    assert.equal(filePat.exec(out[0])?.[1], 'examples/wrong-channels.case.yaml');
    const matched = out.slice(1).map((l) => linePat.exec(l)).filter((x): x is RegExpExecArray => x !== null);
    assert.equal(matched.length, findings.length);
    matched.forEach((x, i) => {
      const f = findings[i];
      assert.deepEqual([Number(x[1]), Number(x[2]), x[3], x[4], x[5]], [f.range.start.line + 1, f.range.start.character + 1, f.severity, f.message, f.ruleId]);
    });
    assert.equal(m.pattern[1].loop, true);
    assert.ok(pkg.contributes.taskDefinitions.some((d: { type: string }) => d.type === 'which-channel'));
  });
});
