// Completion of keys and values from the schema, country codes with their names, and `after:`
// with the ids of the other requests. Works on half-typed YAML: the context comes from the
// line and the indentation above it, the parse only tells which keys already exist.
import { isMap } from 'yaml';
import type { Knowledge } from '../knowledge';
import { holderNameItems } from './complete-providers';
import { keyOf, locate, ParsedDocument } from './parse';
import { keysFor, valuesFor } from './schema-info';
import type { TextEdit, YamlPath } from './types';

export interface CompletionData {
  label: string;
  kind: 'key' | 'value';
  detail?: string;
  documentation?: string;
  insertText: string;
  /** Where the label alone would not find it (a provider's brands). */
  filterText?: string;
  sortText?: string;
  /** Edits elsewhere in the text (offsets into the completed text), applied with the item. */
  additionalEdits?: TextEdit[];
  /**
   * What a value item replaces: the whole scalar the cursor is in, quotes included, so a value
   * chosen inside `"Platform name"` or before the rest of a word never leaves half of the old one.
   */
  replace?: { start: number; end: number };
  /** Shown beside the label: the name the typed text matched ("Instagram" for Meta). */
  labelDetail?: string;
  /** A key whose value completes (enum values, request ids, the registry): the editor reopens the list after it. */
  reopen?: boolean;
}

const KEY_LINE = /^(\s*)(- )?([A-Za-z_][\w-]*)?$/;
const ITEM_LINE = /^(\s*)- ([^\s#:{[]*)$/;

/** The map path that a key at column `col` on line `idx` belongs to (sequence items as 0). */
function blockPath(lines: string[], idx: number, col: number): YamlPath {
  const path: (string | number)[] = [];
  let c = col;
  for (let i = idx - 1; i >= 0 && c > 0; i--) {
    const line = lines[i];
    if (/^\s*(#|$)/.test(line)) continue;
    const m = /^(\s*)(- )?(?:([A-Za-z_][\w-]*)\s*:\s*(.*))?$/.exec(line);
    if (!m) continue;
    const indent = m[1].length;
    const content = indent + (m[2] ? 2 : 0);
    if (m[2] && content === c) {
      path.unshift(0);
      c = indent;
    } else if (indent < c && m[3]) {
      if (m[2]) {
        // `- key:` above with a nested map under `key` (`- holder:` then deeper keys).
        path.unshift(m[3]);
        path.unshift(0);
        c = indent;
      } else {
        path.unshift(m[3]);
        c = indent;
      }
    }
  }
  return path;
}

function existingKeys(p: ParsedDocument | undefined, path: YamlPath): Set<string> {
  if (!p) return new Set();
  const concrete = path.map((s) => s);
  const loc = locate(p.doc, concrete);
  return loc.depth === concrete.length && isMap(loc.node) ? new Set(loc.node.items.map((it) => keyOf(it) ?? '')) : new Set();
}

function requestIds(p: ParsedDocument | undefined, ids?: readonly string[]): string[] {
  if (ids) return [...ids];
  const reqs = (p?.value as { requests?: unknown } | null)?.requests;
  return Array.isArray(reqs) ? reqs.map((r) => (r as { id?: unknown })?.id).filter((x): x is string => typeof x === 'string') : [];
}

/** Whether a value at `path` has something to complete: enum values, request ids, true/false, the registry. */
function valueCompletes(path: YamlPath): boolean {
  const last = path[path.length - 1];
  if (last === 'after' || last === 'eu_services') return true;
  if (last === 'name' && path[path.length - 2] === 'holder') return true;
  return valuesFor(schemaPath(path)).length > 0;
}

function keyItems(path: YamlPath, have: Set<string>): CompletionData[] {
  return keysFor(path).filter((k) => !have.has(k.key)).map((k) => ({ label: k.key, kind: 'key', detail: k.required ? 'required' : undefined, documentation: k.description, insertText: `${k.key}: `, reopen: valueCompletes([...path, k.key]) }));
}

function valueItems(path: YamlPath, p: ParsedDocument | undefined, ids?: readonly string[]): CompletionData[] {
  const last = path[path.length - 1];
  if (last === 'after') return requestIds(p, ids).map((id) => ({ label: id, kind: 'value', detail: REQUEST_ID, insertText: id }));
  if (last === 'eu_services') return ['true', 'false'].map((v) => ({ label: v, kind: 'value', insertText: v }));
  const isCountry = ['country', 'requesting_state', 'requested_state', 'nationality'].includes(String(last));
  return valuesFor(path).map((v) => ({ label: v.value, kind: 'value', detail: isCountry ? v.description : undefined, documentation: isCountry ? undefined : v.description, insertText: v.value }));
}

/** Normalise a path for schema lookups (every sequence index is 0). */
const schemaPath = (path: YamlPath) => path.map((s) => (typeof s === 'number' ? 0 : s));

/**
 * Completion items at an offset. `ids` gives the file's request ids when `text` and `p` are only
 * the slice around the cursor (a large file, checked incrementally).
 */
const REQUEST_ID = 'request id';

/**
 * The `id:` of the request whose key the cursor's line holds: the sibling `id:` line at the same
 * column, searched up to the item's `- ` and down to the next item.
 */
function ownRequestId(text: string, offset: number): string | undefined {
  const lines = text.split('\n');
  const idx = text.slice(0, offset).split('\n').length - 1;
  const m = /^(\s*)(- )?/.exec(lines[idx]);
  const col = m![1].length + (m![2] ? 2 : 0);
  const at = (i: number) => /^(\s*)(- )?(?:id:\s*["']?([^\s"'#]+))?/.exec(lines[i])!;
  for (let i = idx; i >= 0; i--) {
    const x = at(i);
    const c = x[1].length + (x[2] ? 2 : 0);
    if (/^\s*(#|$)/.test(lines[i])) continue;
    if (c === col && x[3]) return x[3];
    if (c < col || (x[2] && c === col)) break;
  }
  for (let i = idx + 1; i < lines.length; i++) {
    if (/^\s*(#|$)/.test(lines[i])) continue;
    const x = at(i);
    const c = x[1].length + (x[2] ? 2 : 0);
    if (c < col || x[2]) break;
    if (c === col && x[3]) return x[3];
  }
  return undefined;
}

export function completeAt(text: string, offset: number, p?: ParsedDocument, ids?: readonly string[], k?: Knowledge): CompletionData[] {
  const { items: raw, valueStart, flow } = completeRaw(text, offset, p, ids, k);
  let items = raw;
  if (valueStart !== undefined) {
    // Value items replace the whole scalar under the cursor; a quoted one is matched with its quote.
    const replace = { start: valueStart, end: scalarEnd(text, valueStart, offset, flow) };
    const quote = /^["']/.exec(text.slice(valueStart, offset))?.[0] ?? '';
    items = items.map((i) => (i.kind === 'value' ? { ...i, replace, ...(quote ? { filterText: quote + (i.filterText ?? i.label) } : {}) } : i));
  }
  // `after:` never offers the request's own id: a request cannot build on itself.
  if (!items.some((i) => i.detail === REQUEST_ID)) return items;
  const own = ownRequestId(text, offset);
  return items.filter((i) => i.label !== own);
}

/**
 * Where the scalar that starts at `start` ends on its line (never before the cursor `offset`): after
 * its closing quote, or, plain, before a comment, the end of the line or, in flow, the next `,`/`]`/`}`.
 */
export function scalarEnd(text: string, start: number, offset: number, flow: boolean): number {
  const nl = text.indexOf('\n', start);
  const lineEnd = nl < 0 ? text.length : nl;
  const q = text[start];
  let end = lineEnd;
  if (q === '"' || q === "'") {
    for (let i = start + 1; i < lineEnd; i++) {
      if (q === '"' && text[i] === '\\') i++;
      else if (text[i] === q && q === "'" && text[i + 1] === "'") i++;
      else if (text[i] === q) { end = i + 1; break; }
    }
  } else {
    for (let i = start; i < lineEnd; i++) {
      if ((flow && /[,\]}]/.test(text[i])) || (text[i] === '#' && i > start && /\s/.test(text[i - 1]))) { end = i; break; }
    }
    while (end > start && /\s/.test(text[end - 1])) end--;
  }
  return Math.max(end, offset);
}

interface OpenFlow { ch: '{' | '['; key?: string; at: number }

/** The flow collections still open at the end of a line's prefix, outermost first (quoted text skipped). */
function openFlows(prefix: string): OpenFlow[] {
  const stack: OpenFlow[] = [];
  let q = '';
  for (let i = 0; i < prefix.length; i++) {
    const c = prefix[i];
    if (q) {
      if (q === '"' && c === '\\') i++;
      else if (c === q) q = '';
      continue;
    }
    if ((c === '"' || c === "'") && /(^|[\s{[,:])$/.test(prefix.slice(0, i))) q = c;
    else if (c === '{' || c === '[') stack.push({ ch: c, key: /([A-Za-z_][\w-]*):\s*$/.exec(prefix.slice(0, i))?.[1], at: i });
    else if (c === '}' || c === ']') stack.pop();
  }
  return stack;
}

/** The text after the last comma at the top level of a flow collection's body. */
function lastSegment(body: string): string {
  let depth = 0;
  let q = '';
  let from = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (q) {
      if (q === '"' && c === '\\') i++;
      else if (c === q) q = '';
    } else if (c === '"' || c === "'") q = c;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
    else if (c === ',' && depth === 0) from = i + 1;
  }
  return body.slice(from);
}

/** A value typed so far: a quoted scalar (spaces allowed, closing quote optional) or a plain word. */
const TYPED = String.raw`("[^"]*"?|'[^']*'?|[^\s#]*)`;
const VALUE_LINE = new RegExp(String.raw`^(\s*)(- )?([A-Za-z_][\w-]*):[ \t]*` + TYPED + '$');

interface Raw { items: CompletionData[]; valueStart?: number; flow: boolean }

function completeRaw(text: string, offset: number, p?: ParsedDocument, ids?: readonly string[], k?: Knowledge): Raw {
  const providers = (flow: boolean, col: number, typed: string): CompletionData[] =>
    k ? holderNameItems(k, text, offset, flow, col, typed).map((c) => ({ ...c, kind: 'value' as const })) : [];
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const prefix = text.slice(lineStart, offset);
  const lines = text.slice(0, lineStart).split('\n');
  const idx = lines.length - 1;
  const all = [...lines.slice(0, idx), prefix];
  const none: Raw = { items: [], flow: false };

  // Flow context on this line: `holder: { name: x, type: `, `data: [subscriber, ` or `offences: [{ name: x, `.
  const stack = openFlows(prefix);
  if (stack.length) {
    const before = prefix.slice(0, stack[0].at);
    const owner = /(?:^(\s*)(- )?|[{,]\s*)([A-Za-z_][\w-]*):\s*$/.exec(before);
    const dash = /^(\s*)- \s*$/.exec(before);
    let base: (string | number)[] | undefined;
    if (owner) {
      const m = /^(\s*)(- )?/.exec(before)!;
      const col = m[1].length + (m[2] ? 2 : 0);
      base = [...blockPath(all, idx, col), ...(m[2] ? [0] : []), owner[3]];
    } else if (dash) {
      base = [...blockPath(all, idx, dash[1].length), 0];
    }
    if (!base) return none;
    // Each nested collection: an item of the list around it, or the value of a key of the map around it.
    for (let j = 1; j < stack.length && base; j++) {
      if (stack[j - 1].ch === '[') base.push(0);
      else if (stack[j].key) base.push(stack[j].key!);
      else base = undefined;
    }
    if (!base) return none;
    const inner = stack[stack.length - 1];
    const segment = lastSegment(prefix.slice(inner.at + 1));
    if (inner.ch === '[') {
      if (/[{[]/.test(segment)) return none;
      const typed = segment.replace(/^\s*/, '');
      return { items: valueItems(schemaPath([...base, 0]), p, ids), valueStart: offset - typed.length, flow: true };
    }
    const kv = new RegExp(String.raw`^\s*([A-Za-z_][\w-]*):\s*` + TYPED + '$').exec(segment);
    if (kv) {
      const valueStart = offset - kv[2].length;
      if (kv[1] === 'name' && base[base.length - 1] === 'holder') return { items: providers(true, 0, kv[2]), valueStart, flow: true };
      return { items: valueItems(schemaPath([...base, kv[1]]), p, ids), valueStart, flow: true };
    }
    if (/^\s*[A-Za-z_]*$/.test(segment)) {
      const have = new Set([...prefix.slice(inner.at + 1).matchAll(/([A-Za-z_][\w-]*)\s*:/g)].map((x) => x[1]));
      return { items: keyItems(schemaPath(base), have).map((k) => ({ ...k, insertText: `${k.label}: ` })), flow: true };
    }
    return none;
  }

  let m = VALUE_LINE.exec(prefix);
  if (m) {
    const col = m[1].length + (m[2] ? 2 : 0);
    const parent = blockPath(all, idx, col);
    const valueStart = offset - m[4].length;
    if (m[3] === 'name' && !m[2] && parent[parent.length - 1] === 'holder') return { items: providers(false, col, m[4]), valueStart, flow: false };
    return { items: valueItems(schemaPath([...(m[2] ? [...blockPath(all, idx, m[1].length), 0] : parent), m[3]]), p, ids), valueStart, flow: false };
  }
  m = ITEM_LINE.exec(prefix);
  if (m) {
    const parent = blockPath(all, idx, m[1].length);
    const items = valueItems(schemaPath([...parent, 0]), p, ids);
    if (items.length) return { items, valueStart: offset - m[2].length, flow: false };
  }
  m = KEY_LINE.exec(prefix);
  if (m) {
    const col = m[1].length + (m[2] ? 2 : 0);
    const path = m[2] ? [...blockPath(all, idx, m[1].length), 0] : blockPath(all, idx, col);
    return { items: keyItems(schemaPath(path), m[2] ? new Set() : existingKeys(p, resolveIndexes(path, p, text, lineStart))), flow: false };
  }
  return none;
}

/** Turn the 0s of a block path into the real index of the sequence item that holds `at`. */
function resolveIndexes(path: YamlPath, p: ParsedDocument | undefined, _text: string, at: number): YamlPath {
  if (!p) return path;
  const out: (string | number)[] = [];
  for (const seg of path) {
    if (typeof seg === 'number') {
      const loc = locate(p.doc, out);
      const seq = loc.node as { items?: { range?: [number, number, number] }[] } | undefined;
      const i = seq?.items?.findIndex((it) => it.range && at >= it.range[0] && at <= it.range[2]) ?? -1;
      out.push(i >= 0 ? i : (seq?.items?.length ?? 1) - 1);
    } else out.push(seg);
  }
  return out;
}
