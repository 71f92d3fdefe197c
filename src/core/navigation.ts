// Navigation in a case file: the outline (the case and one entry per request), and request ids
// as symbols: `after:` values go to the `id:` they name, references list both, rename changes an
// id and every `after:` that names it. Offsets in, offsets out; the extension turns them into
// ranges. Reads the parsed document only (no rules run).
import { isMap, isPair, isScalar, isSeq, Node, Pair, Scalar } from 'yaml';
import { keyOf, ParsedDocument } from './parse';
import type { TextEdit } from './types';

export type Span = [number, number];

export interface RequestEntry {
  index: number;
  id?: string;
  /** The `id:` value, quotes excluded. */
  idSpan?: Span;
  after?: string;
  afterSpan?: Span;
  channel?: string;
  action?: string;
  holder?: string;
  /** The whole request (its map), and its first line for the editor to reveal. */
  span: Span;
}

export interface CaseOutline {
  caseId?: string;
  /** The `case:` pair (key to the end of its value). */
  caseSpan?: Span;
  caseKeySpan?: Span;
  requests: RequestEntry[];
}

export interface OutlineSymbol {
  name: string;
  detail: string;
  kind: 'case' | 'request';
  span: Span;
  selection: Span;
  /** For a request: its index in `requests:`. */
  index?: number;
}

const str = (n: unknown): string | undefined => (isScalar(n) && typeof n.value === 'string' ? n.value : isScalar(n) && typeof n.value === 'number' ? String(n.value) : undefined);

/** A scalar's text without its quotes. */
function innerSpan(n: Scalar): Span | undefined {
  if (!n.range) return undefined;
  const quoted = n.type === 'QUOTE_DOUBLE' || n.type === 'QUOTE_SINGLE';
  return quoted ? [n.range[0] + 1, n.range[1] - 1] : [n.range[0], n.range[1]];
}

function pairOf(map: Node, key: string): Pair<Node, Node | null> | undefined {
  if (!isMap(map)) return undefined;
  return map.items.find((it) => isPair(it) && keyOf(it) === key) as Pair<Node, Node | null> | undefined;
}

/** The case and its requests, with the places of their ids and `after:` values. */
export function caseOutline(p: ParsedDocument): CaseOutline {
  const root = p.doc.contents as Node | null;
  const out: CaseOutline = { requests: [] };
  if (!root || !isMap(root)) return out;
  const c = pairOf(root, 'case');
  if (c) {
    const k = (c.key as Node | null)?.range;
    const v = (c.value as Node | null)?.range;
    if (k) {
      out.caseKeySpan = [k[0], k[1]];
      out.caseSpan = [k[0], v ? v[1] : k[1]];
    }
    const id = c.value && isMap(c.value) ? pairOf(c.value, 'id') : undefined;
    out.caseId = str(id?.value);
  }
  const reqs = pairOf(root, 'requests')?.value;
  if (!reqs || !isSeq(reqs)) return out;
  reqs.items.forEach((item, index) => {
    const node = item as Node | null;
    if (!node || !isMap(node) || !node.range) return;
    const e: RequestEntry = { index, span: [node.range[0], node.range[1]] };
    const id = pairOf(node, 'id')?.value;
    if (isScalar(id) && str(id) !== undefined) { e.id = str(id); e.idSpan = innerSpan(id); }
    const after = pairOf(node, 'after')?.value;
    if (isScalar(after) && str(after) !== undefined) { e.after = str(after); e.afterSpan = innerSpan(after); }
    e.channel = str(pairOf(node, 'channel')?.value);
    e.action = str(pairOf(node, 'action')?.value);
    const h = pairOf(node, 'holder')?.value;
    e.holder = h && isMap(h) ? str(pairOf(h, 'name')?.value) : undefined;
    out.requests.push(e);
  });
  return out;
}

/** The Outline: the case, then one symbol per request (`id`, with `channel action holder`). */
export function documentSymbols(p: ParsedDocument): OutlineSymbol[] {
  const o = caseOutline(p);
  const out: OutlineSymbol[] = [];
  if (o.caseSpan && o.caseKeySpan) out.push({ name: o.caseId ?? 'case', detail: 'case', kind: 'case', span: o.caseSpan, selection: o.caseKeySpan });
  for (const r of o.requests) {
    out.push({
      name: r.id ?? `request ${r.index + 1}`,
      detail: [r.channel, r.action, r.holder].filter(Boolean).join(' '),
      kind: 'request',
      span: r.span,
      selection: r.idSpan ?? [r.span[0], r.span[0]],
      index: r.index,
    });
  }
  return out;
}

export interface IdAt {
  id: string;
  /** Where the cursor is: on an `id:` value or on an `after:` value. */
  role: 'id' | 'after';
  span: Span;
  /** The request it is written in. */
  index: number;
}

const within = (s: Span | undefined, offset: number) => s !== undefined && offset >= s[0] && offset <= s[1];

/** The request id under an offset, on an `id:` or an `after:` value. */
export function idAt(o: CaseOutline, offset: number): IdAt | undefined {
  for (const r of o.requests) {
    if (r.id !== undefined && within(r.idSpan, offset)) return { id: r.id, role: 'id', span: r.idSpan!, index: r.index };
    if (r.after !== undefined && within(r.afterSpan, offset)) return { id: r.after, role: 'after', span: r.afterSpan!, index: r.index };
  }
  return undefined;
}

/** Where the id under an offset is defined: the `id:` values with that id (the first is the one that counts). */
export function definitionAt(p: ParsedDocument, offset: number): Span[] {
  const o = caseOutline(p);
  const at = idAt(o, offset);
  if (!at) return [];
  return o.requests.filter((r) => r.id === at.id && r.idSpan).map((r) => r.idSpan!);
}

/** Every place that names the id under an offset: `id:` values (with `includeDeclaration`) and `after:` values. */
export function referencesAt(p: ParsedDocument, offset: number, includeDeclaration = true): Span[] {
  const o = caseOutline(p);
  const at = idAt(o, offset);
  if (!at) return [];
  const out: Span[] = [];
  for (const r of o.requests) {
    if (includeDeclaration && r.id === at.id && r.idSpan) out.push(r.idSpan);
    if (r.after === at.id && r.afterSpan) out.push(r.afterSpan);
  }
  return out.sort((a, b) => a[0] - b[0]);
}

export type PrepareRename = { span: Span; placeholder: string } | { error: string };

/** Whether the id under an offset can be renamed: an id, or an `after:` that names a request. */
export function prepareRenameAt(p: ParsedDocument, offset: number): PrepareRename {
  const o = caseOutline(p);
  const at = idAt(o, offset);
  if (!at) return { error: 'Only a request id (an "id:" or "after:" value) can be renamed here.' };
  if (at.role === 'after' && !o.requests.some((r) => r.id === at.id)) return { error: `No request has the id "${at.id}": there is nothing to rename.` };
  return { span: at.span, placeholder: at.id };
}

export type RenameResult = { edits: TextEdit[] } | { error: string };

/** The text of an id as a YAML value: plain where it can be, else double-quoted. */
function idText(name: string, quoted: 'double' | 'single' | undefined): string {
  if (quoted === 'double') return JSON.stringify(name).slice(1, -1);
  if (quoted === 'single') return name.replace(/'/g, "''");
  const plain = /^[A-Za-z0-9_][A-Za-z0-9_.\-/]*$/.test(name) && !/^(true|false|null|yes|no|on|off|~)$/i.test(name) && !/^[-+]?[0-9.]+(e[-+]?\d+)?$/i.test(name);
  return plain ? name : JSON.stringify(name);
}

/**
 * Rename the request id under an offset and every `after:` that names it. Refused when the new
 * name is empty, spans lines, or is already the id of another request.
 */
export function renameAt(p: ParsedDocument, offset: number, newName: string): RenameResult {
  const prep = prepareRenameAt(p, offset);
  if ('error' in prep) return prep;
  const old = prep.placeholder;
  const name = newName.trim();
  if (name.length === 0) return { error: 'A request id cannot be empty.' };
  if (/[\r\n]/.test(name)) return { error: 'A request id is one line.' };
  if (name === old) return { edits: [] };
  const o = caseOutline(p);
  if (o.requests.some((r) => r.id === name)) return { error: `The id "${name}" is already used by another request: choose another name.` };
  const edits: TextEdit[] = [];
  const quoting = (s: Span): 'double' | 'single' | undefined => (p.text[s[0] - 1] === '"' && p.text[s[1]] === '"' ? 'double' : p.text[s[0] - 1] === "'" && p.text[s[1]] === "'" ? 'single' : undefined);
  for (const r of o.requests) {
    for (const s of [r.id === old ? r.idSpan : undefined, r.after === old ? r.afterSpan : undefined]) {
      if (s) edits.push({ start: s[0], end: s[1], newText: idText(name, quoting(s)) });
    }
  }
  return { edits: edits.sort((a, b) => a.start - b.start) };
}
