// Incremental checking for editing large case files. The file is cut along its outline (the
// header up to `requests:`, then one slice per request); each request is parsed and checked
// alone, behind a copy of the header, and its findings are cached by its text. An edit inside
// one request re-parses only that request; the rules that look across requests (duplicate ids,
// references, preservations, INTERPOL alone, fresh ids for a split) run again on the cached
// summaries. Anything the outline cannot vouch for (a syntax error, anchors and aliases, tabs,
// CRLF, keys after the list, a flow-style list) is checked whole, as `lint` does: the findings
// are the same either way, which the equivalence test checks after random edits.
import type { CaseView, RequestView } from '../core/case';
import { isPlatformHeld } from '../core/case';
import { parseText, ParsedDocument } from '../core/parse';
import type { Rule, RuleContext } from '../core/rule';
import type { Finding } from '../core/types';
import { Knowledge, SHIPPED } from '../knowledge';
import { RULES } from '../rules';
import { finishFindings, lintDocument, LintOptions, makeContext, runRules } from './engine';

/**
 * Each request is parsed alone under this one line, with the header's value put in beside it:
 * parsing the header again for every request would double the cost of opening a large file.
 */
const STUB = 'requests:\n';

/** Rules whose findings on one request depend on the others. */
const CROSS = new Set(['content-via-lers', 'preserve-first', 'duplicate-request-id', 'unknown-request-ref', 'interpol-alone', 'preservation-lapse', 'emergency-available', 'missing-element', 'preservation-expiring']);
const LOCAL_RULES = RULES.filter((r) => !CROSS.has(r.meta.id));
const CROSS_RULES = new Map(RULES.filter((r) => CROSS.has(r.meta.id)).map((r) => [r.meta.id, r] as const));

interface Slice {
  start: number;
  end: number;
  /** Zero-based line of `start` in the file. */
  line: number;
}

interface Outline {
  header: string;
  headerLines: number;
  items: Slice[];
  /** The indentation of the list's dashes. */
  indent: number;
}

/** Anchors, aliases and tags (`&a`, `*a`, `!tag`) tie requests together: check whole. */
function hasNodeProps(text: string): boolean {
  for (const ch of ['&', '*', '!']) {
    for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) {
      const before = i === 0 ? '\n' : text[i - 1];
      const after = text[i + 1] ?? ' ';
      if (/[\s[{,]/.test(before) && !/[\s,\]}]/.test(after)) return true;
    }
  }
  return false;
}

/** Cut a file along its outline, or say it cannot (then it is checked whole). */
export function outline(text: string): Outline | undefined {
  if (text.includes('\t') || text.includes('\r') || /^(---|\.\.\.)/m.test(text) || hasNodeProps(text)) return undefined;
  const m = /^requests:[ ]*(#.*)?$/m.exec(text);
  if (!m) return undefined;
  const bodyStart = m.index + m[0].length + 1;
  if (bodyStart > text.length) return undefined;
  // Nothing at column 0 after the list but comments: a key after the list is checked whole.
  const topLevel = /^[^ \n#]/gm;
  topLevel.lastIndex = bodyStart;
  if (topLevel.exec(text)) return undefined;
  const dash = /^( *)- /gm;
  dash.lastIndex = bodyStart;
  const starts: number[] = [];
  let indent = -1;
  for (let d = dash.exec(text); d; d = dash.exec(text)) {
    const n = d[1].length;
    if (indent < 0) {
      if (n === 0) return undefined;
      indent = n;
    }
    if (n === indent) starts.push(d.index);
    else if (n < indent) return undefined;
  }
  if (starts.length === 0) return undefined;
  // Comment lines right above a request belong to it (a disable comment must stay with its line).
  const own = starts.map((st) => {
    let at = st;
    for (;;) {
      if (at <= bodyStart) break;
      const prev = text.lastIndexOf('\n', at - 2) + 1;
      if (prev < bodyStart || !/^ *#/.test(text.slice(prev, at))) break;
      at = prev;
    }
    return at;
  });
  // Line numbers, counted between consecutive starts.
  let line = 0;
  let pos = 0;
  const lines = own.map((st) => {
    for (let i = text.indexOf('\n', pos); i >= 0 && i < st; i = text.indexOf('\n', i + 1)) line++;
    pos = st;
    return line;
  });
  const items = own.map((st, i) => ({ start: st, end: i + 1 < own.length ? own[i + 1] : text.length, line: lines[i] }));
  return { header: text.slice(0, own[0]), headerLines: lines[0], items, indent };
}

interface Entry {
  parsed: ParsedDocument;
  context: RuleContext;
  local: Finding[];
  view?: RequestView;
  ids: string[];
  broken: boolean;
}

export interface IncrementalResult {
  findings: Finding[];
  /** Whether the outline was used (false: checked whole). */
  incremental: boolean;
  /** Requests parsed and checked again in this call. */
  rechecked: number;
  reused: number;
}

const knowledgeIds = new WeakMap<Knowledge, number>();
let nextKnowledgeId = 1;
const knowledgeKey = (k: Knowledge | undefined) => {
  if (!k) return 0;
  let id = knowledgeIds.get(k);
  if (id === undefined) knowledgeIds.set(k, (id = nextKnowledgeId++));
  return id;
};

/** The length of the common prefix of two strings, compared a block at a time. */
function commonPrefix(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let i = 0;
  for (let step = 4096; step >= 1; step >>= 4) while (i + step <= max && a.substr(i, step) === b.substr(i, step)) i += step;
  while (i < max && a[i] === b[i]) i++;
  return i;
}

function commonSuffix(a: string, b: string, max: number): number {
  let i = 0;
  for (let step = 4096; step >= 1; step >>= 4) while (i + step <= max && a.substr(a.length - i - step, step) === b.substr(b.length - i - step, step)) i += step;
  while (i < max && a[a.length - 1 - i] === b[b.length - 1 - i]) i++;
  return i;
}

const countLines = (t: string, from: number, to: number) => {
  let n = 0;
  for (let i = t.indexOf('\n', from); i >= 0 && i < to; i = t.indexOf('\n', i + 1)) n++;
  return n;
};

/** What a request contributes to the rules that look across requests. */
const summary = (e: Entry | undefined) => (e?.view ? `${e.view.id}|${e.view.action}|${e.view.channel}|${e.view.holder?.name}|${e.view.holder?.entity}|${e.view.after}|${e.view.date}|${e.view.emergency}|${e.view.answered}|${e.view.partial}|${e.view.refused?.on}|${e.view.withdrawn}` : '-');

interface Previous {
  text: string;
  o: Outline;
  entries: Entry[];
  optionsKey: string;
  all: RequestView[];
  ids: Set<string>;
  cross: Finding[][];
}

interface Diff {
  o: Outline;
  /** Entries still good, by new index (undefined: look up or check again). */
  reuse: (Entry | undefined)[];
  /** New indexes [from, to) of the requests whose text changed. */
  from: number;
  to: number;
  /** Whether the ids, actions, channels and holders of every request are as before. */
  sameGlobal: boolean;
}

/** A checker for one document that keeps what it can between versions. */
export class IncrementalChecker {
  private cache = new Map<string, Entry>();
  private headerKey = '';
  private headerFindings: Finding[] = [];
  private headerValue: Record<string, unknown> = {};
  private prev?: Previous;
  private headerView?: CaseView;
  private lastView?: CaseView;

  /** The engine's view of the case as of the last check (the plan reads it). */
  caseView(): CaseView | undefined {
    return this.lastView;
  }

  /** What the cache holds (for the benchmark's memory figures). */
  get size(): number {
    return this.cache.size;
  }

  /**
   * Compare with the previous version: the requests before and after the changed text keep their
   * entries; only the changed span is cut again. Undefined when the change reaches the header or
   * the outline around it (then the whole outline is cut again).
   */
  private diff(text: string, optionsKey: string): Diff | undefined {
    const prev = this.prev;
    if (!prev || prev.optionsKey !== optionsKey) return undefined;
    const old = prev.text;
    const items = prev.o.items;
    const p = commonPrefix(old, text);
    if (p === old.length && p === text.length) return { o: prev.o, reuse: prev.entries.slice(), from: 0, to: 0, sameGlobal: true };
    const q = commonSuffix(old, text, Math.min(old.length, text.length) - p);
    if (p <= prev.o.header.length) return undefined;
    const delta = text.length - old.length;
    const oldEnd = old.length - q;
    let i0 = items.findIndex((it) => it.end > p);
    if (i0 < 0) i0 = items.length;
    let i1 = i0 - 1;
    while (i1 + 1 < items.length && items[i1 + 1].start < oldEnd) i1++;
    if (i1 < i0 && i0 < items.length) i1 = i0; // a pure insertion inside request i0
    const r0 = i0 < items.length ? items[i0].start : old.length;
    const r1 = i1 >= i0 ? items[i1].end : r0;
    const seg = text.slice(r0, r1 + delta);
    if (seg.includes('\t') || seg.includes('\r') || /^[^ \n#]/m.test(seg) || /^(---|\.\.\.)/m.test(seg) || hasNodeProps(seg)) return undefined;
    // Cut the changed span: dashes at the list's indentation, comments above a dash with it.
    const starts: number[] = [];
    let pending = -1;
    let pos = 0;
    let sawContent = false;
    while (pos < seg.length) {
      const nl = seg.indexOf('\n', pos);
      const end = nl < 0 ? seg.length : nl;
      const line = seg.slice(pos, end);
      if (/^ *#/.test(line)) {
        if (pending < 0) pending = pos;
      } else if (/^ *$/.test(line)) {
        pending = -1;
      } else {
        const d = /^( *)- /.exec(line);
        if (d && d[1].length < prev.o.indent) return undefined;
        if (d && d[1].length === prev.o.indent) starts.push(pending >= 0 ? pending : pos);
        else if (!sawContent) return undefined; // the span would join the request before it
        sawContent = true;
        pending = -1;
      }
      pos = end + 1;
    }
    if (starts.length && starts[0] !== 0) return undefined;
    if (pending >= 0 && i1 + 1 < items.length) return undefined; // trailing comments would move to the next request
    if (!sawContent && seg.length > 0) return undefined;
    const firstLine = i0 < items.length ? items[i0].line : prev.o.headerLines + countLines(old, prev.o.header.length, old.length) + (old.endsWith('\n') ? 0 : 1);
    const newItems: Slice[] = [];
    let line = firstLine;
    let last = 0;
    for (let k = 0; k < starts.length; k++) {
      line += countLines(seg, last, starts[k]);
      last = starts[k];
      newItems.push({ start: r0 + starts[k], end: k + 1 < starts.length ? r0 + starts[k + 1] : r1 + delta, line });
    }
    const lineDelta = countLines(seg, 0, seg.length) - countLines(old, r0, r1);
    const after = items.slice(i1 + 1).map((it) => ({ start: it.start + delta, end: it.end + delta, line: it.line + lineDelta }));
    const o: Outline = { header: prev.o.header, headerLines: prev.o.headerLines, indent: prev.o.indent, items: [...items.slice(0, i0), ...newItems, ...after] };
    const shift = newItems.length - (i1 - i0 + 1);
    const reuse: (Entry | undefined)[] = [
      ...prev.entries.slice(0, i0),
      ...newItems.map(() => undefined),
      ...prev.entries.slice(i1 + 1).map((e) => (shift === 0 || e.view?.id ? e : undefined)),
    ];
    return { o, reuse, from: i0, to: i0 + newItems.length, sameGlobal: shift === 0 && (o.items.length === prev.entries.length) };
  }

  check(text: string, options: LintOptions = {}): IncrementalResult {
    const optionsKey = `${options.today}|${options.dueSoonDays}|${JSON.stringify(options.severities ?? {})}|${knowledgeKey(options.knowledge)}`;
    const d = this.diff(text, optionsKey);
    const o = d?.o ?? outline(text);
    if (!o) return this.whole(text, options);
    const key = `${optionsKey}|${o.header}`;
    if (key !== this.headerKey) {
      this.cache.clear();
      this.prev = undefined;
      this.headerKey = key;
      const res = lintDocument(`${o.header}  []\n`, options);
      if (res.parsed.syntaxErrors.length) return this.whole(text, options);
      this.headerFindings = res.findings.filter((f) => f.range.startOffset < o.header.length);
      this.headerView = res.context.caseView;
      const v = res.parsed.value;
      this.headerValue = v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
    }
    let rechecked = 0;
    const entries: Entry[] = new Array(o.items.length);
    const looked = new Map<string, Entry>();
    for (let i = 0; i < o.items.length; i++) {
      let e = d?.reuse[i];
      if (!e) {
        const s = o.items[i];
        const slice = text.slice(s.start, s.end);
        // A request with no valid id is named by its place in messages: cached at that place only.
        const at = `${i}\u0000${slice}`;
        e = looked.get(slice) ?? this.cache.get(slice) ?? looked.get(at) ?? this.cache.get(at);
        if (!e) {
          e = this.checkItem(slice, options, i);
          rechecked++;
        }
        if (e.broken) return this.whole(text, options);
        const k = e.view?.id ? slice : at;
        looked.set(k, e);
        this.cache.set(k, e);
      }
      entries[i] = e;
    }
    if (!d) this.pruneCache(text, o);

    // Did the ids, actions, channels or holders change? If not, the other requests' cross findings stand.
    const prev = this.prev;
    let sameGlobal = !!d?.sameGlobal && !!prev;
    if (sameGlobal) for (let i = d!.from; i < d!.to && sameGlobal; i++) sameGlobal = summary(entries[i]) === summary(prev!.entries[i]);

    let all: RequestView[];
    let ids: Set<string>;
    if (sameGlobal) {
      all = prev!.all.slice();
      for (let i = d!.from; i < d!.to; i++) all[i] = { ...(entries[i].view ?? ({ path: ['requests', 0], date: '' } as RequestView)), index: i };
      ids = prev!.ids;
    } else {
      all = entries.map((e, i) => ({ ...(e.view ?? ({ path: ['requests', 0], date: '' } as RequestView)), index: i }));
      ids = new Set<string>();
      for (const e of entries) for (const id of e.ids) ids.add(id);
    }
    const firstOfId = new Map<string, number>();
    const firstInterpol = all.findIndex((r) => r.channel === 'interpol');
    let evidence = false;
    if (!sameGlobal) {
      all.forEach((r, i) => { if (r.id && !firstOfId.has(r.id)) firstOfId.set(r.id, i); });
      evidence = all.some((r) => r.channel && r.channel !== 'interpol' && (r.action === 'preserve' || r.action === 'produce' || r.action === 'testimony'));
    }
    const cross: Finding[][] = new Array(entries.length);
    const findings: Finding[] = [...this.headerFindings];
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      if (sameGlobal && (i < d!.from || i >= d!.to)) {
        cross[i] = prev!.cross[i];
      } else {
        const r = all[i];
        const due: Rule[] = [];
        if (e.view) {
          if (r.channel === 'lers' && r.action === 'produce' && r.data?.includes('content')) due.push(CROSS_RULES.get('content-via-lers')!);
          if (r.action === 'produce' && isPlatformHeld(r.holder)) due.push(CROSS_RULES.get('preserve-first')!);
          if (r.id && (sameGlobal ? true : firstOfId.get(r.id) !== i)) due.push(CROSS_RULES.get('duplicate-request-id')!);
          if (r.after && !ids.has(r.after)) due.push(CROSS_RULES.get('unknown-request-ref')!);
          if (sameGlobal || (i === firstInterpol && !evidence)) due.push(CROSS_RULES.get('interpol-alone')!);
          if (r.action === 'preserve') due.push(CROSS_RULES.get('preservation-lapse')!, CROSS_RULES.get('preservation-expiring')!);
          if (r.action === 'produce') due.push(CROSS_RULES.get('emergency-available')!);
          // missing-element looks for the disclosure that follows a preservation (`after:`).
          if (r.id && r.channel && r.action) due.push(CROSS_RULES.get('missing-element')!);
        }
        cross[i] = due.length ? runRules({ ...e.context, caseView: { ...e.context.caseView, requests: [{ ...r, path: ['requests', 0] }] }, all, ids }, due, options) : [];
      }
      if (e.local.length === 0 && cross[i].length === 0) continue;
      const s = o.items[i];
      const delta = s.start - STUB.length;
      const lineDelta = s.line - 1;
      for (const f of e.local.length ? [...e.local, ...cross[i]] : cross[i]) {
        // Findings on the header's values (put in beside each request) come from the header check.
        if (f.requestIndex === undefined) continue;
        findings.push({
          ...f,
          requestIndex: f.requestIndex === undefined ? undefined : i,
          range: {
            start: { line: f.range.start.line + lineDelta, character: f.range.start.character },
            end: { line: f.range.end.line + lineDelta, character: f.range.end.character },
            startOffset: f.range.startOffset + delta,
            endOffset: f.range.endOffset + delta,
          },
          fixes: f.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((ed) => ({ ...ed, start: ed.start + delta, end: ed.end + delta })) })),
        });
      }
    }
    this.prev = { text, o, entries, optionsKey, all, ids, cross };
    this.lastView = { ...(this.headerView ?? { requests: [], requestCount: 0 }), requests: all.filter((_, i) => entries[i].view !== undefined), requestCount: entries.length };
    return { findings: finishFindings(findings, all, options.knowledge ?? SHIPPED), incremental: true, rechecked, reused: o.items.length - rechecked };
  }

  /**
   * The request of the last checked version that holds `offset`, parsed alone behind the header,
   * with the offset mappings: hover and completion on a large file read it instead of parsing
   * the whole file again. Undefined when the last check was not incremental.
   */
  around(offset: number): { parsed: ParsedDocument; text: string; ids: string[]; toLocal(o: number): number; toGlobal(o: number): number } | undefined {
    const prev = this.prev;
    if (!prev || prev.entries.length === 0 || offset < prev.o.header.length) return undefined;
    const items = prev.o.items;
    let i = items.findIndex((it) => offset >= it.start && offset < it.end);
    if (i < 0) i = items.length - 1;
    const e = prev.entries[i];
    const delta = items[i].start - STUB.length;
    return { parsed: e.parsed, text: e.parsed.text, ids: [...prev.ids], toLocal: (o) => o - delta, toGlobal: (o) => o + delta };
  }

  /** After a full cut, keep only the entries this version uses (the cache never outgrows the file). */
  private pruneCache(text: string, o: Outline): void {
    const keep = new Set<string>();
    o.items.forEach((s, i) => { const slice = text.slice(s.start, s.end); keep.add(slice); keep.add(`${i}\u0000${slice}`); });
    for (const k of this.cache.keys()) if (!keep.has(k)) this.cache.delete(k);
  }

  private checkItem(slice: string, options: LintOptions, index: number): Entry {
    const parsed = parseText(STUB + slice);
    const own = (parsed.value as { requests?: unknown } | null)?.requests;
    parsed.value = { ...this.headerValue, requests: own };
    const context = makeContext(parsed, options, () => index);
    const local = runRules(context, LOCAL_RULES, options);
    const reqs = (parsed.value as { requests?: unknown } | null)?.requests;
    const broken = parsed.syntaxErrors.length > 0 || !Array.isArray(reqs) || reqs.length !== 1;
    const id = Array.isArray(reqs) ? (reqs[0] as { id?: unknown } | null)?.id : undefined;
    return { parsed, context, local, view: context.caseView.requests[0], ids: typeof id === 'string' ? [id] : [], broken };
  }

  private whole(text: string, options: LintOptions): IncrementalResult {
    // The cache stays: it is keyed by text, and the next good version will want it.
    this.prev = undefined;
    const res = lintDocument(text, options);
    this.lastView = res.context.caseView;
    return { findings: res.findings, incremental: false, rechecked: 0, reused: 0 };
  }
}

/**
 * The request of `text` that holds `offset`, parsed alone and not checked (or the header, when
 * the offset is above the list), with the offset mappings of `IncrementalChecker.around`: hover
 * and completion on a file checked on save only read it between saves. Undefined when the file
 * cannot be cut along its outline.
 */
export function parseAround(text: string, offset: number): { parsed: ParsedDocument; text: string; toLocal(o: number): number; toGlobal(o: number): number } | undefined {
  const o = outline(text);
  if (!o) return undefined;
  if (offset < o.header.length) {
    const parsed = parseText(o.header);
    return { parsed, text: o.header, toLocal: (x) => x, toGlobal: (x) => x };
  }
  let i = o.items.findIndex((it) => offset >= it.start && offset < it.end);
  if (i < 0) i = o.items.length - 1;
  const parsed = parseText(STUB + text.slice(o.items[i].start, o.items[i].end));
  const delta = o.items[i].start - STUB.length;
  return { parsed, text: parsed.text, toLocal: (x) => x - delta, toGlobal: (x) => x + delta };
}
