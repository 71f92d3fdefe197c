// Text edits that change one thing in a YAML file and keep the rest of it (comments, key order,
// indentation, quoting, line breaks) as it was. Rules build their fixes from these, so a fix is
// a list of offsets and strings that the CLI, the tests and the editor apply the same way.
import { Document, isCollection, isMap, isSeq, Node, Pair, YAMLMap, YAMLSeq } from 'yaml';
import { keyOf, locate, ParsedDocument } from './parse';
import type { TextEdit, YamlPath } from './types';

/** Apply edits to a text. Edits must not overlap; they are applied from last to first. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let limit = Infinity;
  for (const e of sorted) {
    if (e.end > limit) throw new Error('overlapping edits');
    out = out.slice(0, e.start) + e.newText + out.slice(e.end);
    limit = e.start;
  }
  return out;
}

/** Whether two edit lists touch the same text (an insertion at another's edge does not count). */
export function editsOverlap(a: readonly TextEdit[], b: readonly TextEdit[]): boolean {
  return a.some((x) => b.some((y) => x.start < y.end && y.start < x.end || (x.start === y.start && (x.start === x.end || y.start === y.end))));
}

/**
 * Render a value as YAML that is safe in flow context (quoted where a comma, colon or brace
 * would break it), in the style of the examples: `{ name: x, type: y }` and `[a, b]`.
 */
export function flowText(value: unknown): string {
  if (value instanceof Verbatim) return value.text;
  if (Array.isArray(value)) return `[${value.map(flowText).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const pairs = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return pairs.length ? `{ ${pairs.map(([k, v]) => `${flowText(k)}: ${flowText(v)}`).join(', ')} }` : '{}';
  }
  // A word (a channel, an action, a request id) is written as it is: the `yaml` library writes
  // these plain, which a test checks against it. Words the library would quote (`null`, `True`)
  // and everything else go through it.
  if (typeof value === 'string' && WORD.test(value) && !RESERVED.test(value)) return value;
  return scalarText(value);
}

const WORD = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const RESERVED = /^(?:true|false|null|yes|no|on|off|y|n|nan|inf|infinity)$/i;

/** A scalar inside a one-item flow list, quoted exactly as flow context needs (by the `yaml` library). */
export function scalarText(value: unknown): string {
  const d = new Document([value]);
  (d.contents as YAMLSeq).flow = true;
  return d.toString({ lineWidth: 0, flowCollectionPadding: false }).trim().slice(1, -1);
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset of the line break that ends the line holding `offset` (text length at the end). */
function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  if (nl < 0) return text.length;
  return text[nl - 1] === '\r' ? nl - 1 : nl;
}

/** Start of the next line after the one holding `offset` (text length at the end). */
function nextLineStart(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

/** Where a node's content ends, stepping back over the line breaks a block scalar keeps. */
function contentEnd(text: string, node: Node | null | undefined, fallback: number): number {
  let end = node?.range ? node.range[1] : fallback;
  while (end > 0 && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  return end;
}

function onlySpaceBefore(text: string, offset: number): boolean {
  return /^[ \t]*$/.test(text.slice(lineStart(text, offset), offset));
}

function column(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/** YAML source to insert as it is (a copy of the user's own text, quoting and all). */
export class Verbatim {
  constructor(readonly text: string) {}
}

/** Builds edits against one parsed document. */
export class Editor {
  constructor(readonly p: ParsedDocument) {}

  private get text(): string {
    return this.p.text;
  }

  mapAt(path: YamlPath): YAMLMap<Node, Node | null> | undefined {
    const loc = locate(this.p.doc, path);
    return loc.depth === path.length && isMap(loc.node) ? (loc.node as YAMLMap<Node, Node | null>) : undefined;
  }

  seqAt(path: YamlPath): YAMLSeq<Node> | undefined {
    const loc = locate(this.p.doc, path);
    return loc.depth === path.length && isSeq(loc.node) ? (loc.node as YAMLSeq<Node>) : undefined;
  }

  pairOf(map: YAMLMap<Node, Node | null>, key: string): Pair<Node, Node | null> | undefined {
    return map.items.find((it) => keyOf(it) === key);
  }

  /**
   * A copy of the value at `path` for a new request: the user's own source where it is one
   * line (a flow map, a scalar), item by item for a block list, else the plain value.
   */
  copyOf(path: YamlPath): unknown {
    const loc = locate(this.p.doc, path);
    if (loc.depth !== path.length || !loc.node) return undefined;
    const one = (n: Node): unknown => {
      const src = n.range ? this.text.slice(n.range[0], contentEnd(this.text, n, n.range[1])) : '';
      if (src && !src.includes('\n') && (!isCollection(n) || n.flow)) return new Verbatim(src);
      return n.toJSON();
    };
    const node = loc.node;
    if (isSeq(node) && !node.flow) return node.items.map((it) => one(it as Node));
    return one(node);
  }

  /**
   * Set `key` in the map at `mapPath` to `valueText` (YAML source): replace the value where the
   * key exists, else insert the pair after `afterKey` (or after the last pair).
   */
  set(mapPath: YamlPath, key: string, valueText: string, afterKey?: string): TextEdit[] {
    const map = this.mapAt(mapPath);
    if (!map) return [];
    const pair = this.pairOf(map, key);
    if (pair) {
      const k = pair.key as Node;
      const v = pair.value;
      if (v && v.range && v.range[1] > v.range[0]) return [{ start: v.range[0], end: contentEnd(this.text, v, v.range[1]), newText: valueText }];
      const colon = this.text.indexOf(':', k.range![1]);
      return [{ start: k.range![0], end: colon + 1, newText: `${key}: ${valueText}` }];
    }
    return this.insertPair(map, key, valueText, afterKey);
  }

  private insertPair(map: YAMLMap<Node, Node | null>, key: string, valueText: string, afterKey?: string): TextEdit[] {
    const text = this.text;
    const anchor = (afterKey && this.pairOf(map, afterKey)) || map.items[map.items.length - 1];
    if (map.flow) {
      if (!anchor) {
        const open = text.indexOf('{', map.range![0]);
        return [{ start: open + 1, end: open + 1, newText: ` ${key}: ${valueText} ` }];
      }
      const end = anchor.value?.range ? anchor.value.range[1] : (anchor.key as Node).range![1];
      return [{ start: end, end, newText: `, ${key}: ${valueText}` }];
    }
    if (!anchor) return [];
    const firstKey = map.items[0].key as Node;
    const indent = ' '.repeat(column(text, firstKey.range![0]));
    const end = lineEnd(text, contentEnd(text, anchor.value, (anchor.key as Node).range![1]));
    return [{ start: end, end, newText: `${this.p.eol}${indent}${key}: ${valueText}` }];
  }

  /** Remove `key` (and its value, however many lines) from the map at `mapPath`. */
  remove(mapPath: YamlPath, key: string): TextEdit[] {
    const map = this.mapAt(mapPath);
    const pair = map && this.pairOf(map, key);
    if (!map || !pair) return [];
    const items = map.items;
    const i = items.indexOf(pair);
    const kStart = (pair.key as Node).range![0];
    const vEnd = contentEnd(this.text, pair.value, (pair.key as Node).range![1]);
    return [this.removeItem(map.flow ?? false, items.map((it) => [(it.key as Node).range![0], contentEnd(this.text, it.value, (it.key as Node).range![1])]), i, kStart, vEnd, map)];
  }

  /** Remove the scalar `value` from the sequence at `seqPath`. */
  removeValue(seqPath: YamlPath, value: string): TextEdit[] {
    const seq = this.seqAt(seqPath);
    if (!seq) return [];
    const i = seq.items.findIndex((it) => (it as { value?: unknown }).value === value);
    if (i < 0) return [];
    const spans = seq.items.map((it) => [it.range![0], contentEnd(this.text, it, it.range![1])] as [number, number]);
    return [this.removeItem(seq.flow ?? false, spans, i, spans[i][0], spans[i][1], seq)];
  }

  private removeItem(flow: boolean, spans: [number, number][], i: number, start: number, end: number, coll: Node): TextEdit {
    const text = this.text;
    if (flow) {
      if (i + 1 < spans.length) return { start, end: spans[i + 1][0], newText: '' };
      if (i > 0) return { start: spans[i - 1][1], end, newText: '' };
      return { start, end, newText: '' };
    }
    // Block: a pair or item that starts its own line goes with its whole lines; one that shares
    // its line with a "- " (the first key of a sequence item) gives its place to the next one.
    const isSeqItem = isSeq(coll);
    const lineOwner = isSeqItem ? lineStart(text, start) : start;
    if (isSeqItem || onlySpaceBefore(text, start)) {
      if (spans.length === 1 && !isSeqItem) return { start, end, newText: '{}' };
      return { start: lineStart(text, lineOwner), end: nextLineStart(text, end), newText: '' };
    }
    if (i + 1 < spans.length) return { start, end: spans[i + 1][0], newText: '' };
    return { start, end, newText: '{}' };
  }

  /** Append a scalar to the sequence at `seqPath`. */
  appendValue(seqPath: YamlPath, valueText: string): TextEdit[] {
    const seq = this.seqAt(seqPath);
    if (!seq) return [];
    const last = seq.items[seq.items.length - 1];
    if (seq.flow || !last) {
      if (!last) {
        const open = this.text.indexOf('[', seq.range![0]);
        return [{ start: open + 1, end: open + 1, newText: valueText }];
      }
      const end = last.range![1];
      return [{ start: end, end, newText: `, ${valueText}` }];
    }
    const dash = lineStart(this.text, last.range![0]);
    const prefix = this.text.slice(dash, last.range![0]);
    const end = lineEnd(this.text, contentEnd(this.text, last, last.range![1]));
    return [{ start: end, end, newText: `${this.p.eol}${prefix}${valueText}` }];
  }

  /**
   * Insert a new request (a plain object) into `requests`, before or after the item at `index`,
   * in the style of the list: block items in block style with flow maps and lists inside.
   */
  insertRequest(index: number, where: 'before' | 'after', request: Record<string, unknown>): TextEdit[] {
    const seq = this.seqAt(['requests']);
    const item = seq?.items[index];
    if (!seq || !item || !item.range) return [];
    const text = this.text;
    if (seq.flow) {
      const body = flowText(request);
      return where === 'before'
        ? [{ start: item.range[0], end: item.range[0], newText: `${body}, ` }]
        : [{ start: item.range[1], end: item.range[1], newText: `, ${body}` }];
    }
    const dashAt = lineStart(text, item.range[0]);
    const dashCol = text.slice(dashAt, item.range[0]).indexOf('-');
    const pad = ' '.repeat(Math.max(0, dashCol));
    const lines = renderBlockRequest(request);
    const block = lines.map((l, n) => `${pad}${n === 0 ? '- ' : '  '}${l}`).join(this.p.eol);
    if (where === 'before') return [{ start: dashAt, end: dashAt, newText: `${block}${this.p.eol}` }];
    const end = lineEnd(text, contentEnd(text, item, item.range[1]));
    return [{ start: end, end, newText: `${this.p.eol}${block}` }];
  }
}

/** One line per key; maps and lists in flow style so the new request reads like the examples. */
function renderBlockRequest(request: Record<string, unknown>): string[] {
  const lines: string[] = [];
  for (const [k, v] of Object.entries(request)) {
    if (v === undefined) continue;
    if (Array.isArray(v) && v.some((x) => typeof x === 'object' && x !== null && !(x instanceof Verbatim && !x.text.startsWith('{')))) {
      lines.push(`${k}:`);
      for (const x of v) lines.push(`  - ${flowText(x)}`);
    } else lines.push(`${k}: ${flowText(v)}`);
  }
  return lines;
}

/**
 * Edits that add a request at the end of `requests`, creating the list where it is absent or
 * empty (`requests: []`), so a command can draft into any case file.
 */
export function appendRequestEdits(p: ParsedDocument, request: Record<string, unknown>): TextEdit[] {
  const e = new Editor(p);
  const seq = e.seqAt(['requests']);
  if (seq && seq.items.length > 0) return e.insertRequest(seq.items.length - 1, 'after', request);
  const block = renderBlockRequest(request).map((l, n) => `  ${n === 0 ? '- ' : '  '}${l}`).join(p.eol);
  const root = e.mapAt([]);
  const pair = root && e.pairOf(root, 'requests');
  if (pair) {
    const k = pair.key as Node;
    const end = pair.value?.range ? pair.value.range[1] : k.range![1];
    return [{ start: k.range![0], end, newText: `requests:${p.eol}${block}` }];
  }
  const text = p.text;
  const sep = text.length === 0 || text.endsWith('\n') ? '' : p.eol;
  return [{ start: text.length, end: text.length, newText: `${sep}requests:${p.eol}${block}${p.eol}` }];
}
