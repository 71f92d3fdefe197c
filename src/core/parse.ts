// Parsing with positions: the `yaml` package's Document and LineCounter, and the one helper
// that maps a YAML path to the narrowest node range, for schema errors and rules alike.
import { isPlaceholder } from './placeholders';
import { Document, isMap, isPair, isScalar, isSeq, LineCounter, Node, Pair, parseDocument, YAMLMap, YAMLSeq } from 'yaml';
import type { Range, YamlPath } from './types';

export interface SyntaxProblem {
  message: string;
  start: number;
  end: number;
}

export interface ParsedDocument {
  text: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** The plain value of the document (what the parser recovered, where it had errors). */
  value: unknown;
  syntaxErrors: SyntaxProblem[];
  /** The text's line break, kept by every edit. */
  eol: string;
  /**
   * `true`: no string of `value` is a placeholder (core/placeholders.ts), seen while the value
   * was built, where each string is at hand; else unknown, and `placeholder-value` looks.
   */
  placeholderFree?: boolean;
}

/** Aliases expanded beyond this count are refused (a "billion laughs" file ends here). */
const MAX_ALIAS_COUNT = 100;

export function parseText(text: string): ParsedDocument {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, keepSourceTokens: false, uniqueKeys: true, logLevel: 'error' });
  // One finding per broken line: the parser often reports a cascade at one place (a value
  // that starts a new mapping gives "nested mappings" and "implicit keys" together).
  const syntaxErrors: SyntaxProblem[] = [];
  const seenLines = new Set<number>();
  // An unclosed bracket makes every line up to where the parser gives up read as part of it:
  // those lines' errors are the same mistake (one finding, the bracket's).
  const unclosed = doc.errors.filter((e) => e.code === 'BAD_INDENT' && /flow (map|sequence)/i.test(e.message)).map((e) => [openingBracket(text, e.pos[0]), e.pos[0]] as const);
  for (const e of doc.errors) {
    const line = lineCounter.linePos(e.pos[0]).line;
    if (seenLines.has(line)) continue;
    if (unclosed.some(([open, at]) => e.pos[0] > open && e.pos[0] < at)) continue;
    seenLines.add(line);
    syntaxErrors.push({ message: plainSyntaxMessage(e.code, e.message), start: e.pos[0], end: Math.max(e.pos[1], e.pos[0]) });
  }
  let value: unknown = null;
  let placeholderFree: boolean | undefined;
  try {
    placeholdersSeen = 0;
    value = plainValue(doc.contents);
    if (value === NOT_PLAIN) value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    else placeholderFree = placeholdersSeen === 0;
  } catch (err) {
    syntaxErrors.push({ message: `The document could not be read: ${(err as Error).message}`, start: 0, end: Math.min(text.length, firstLineEnd(text)) });
  }
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return { text, doc, lineCounter, value, syntaxErrors, eol, placeholderFree };
}

/** Placeholder strings met by `plain` since `parseText` reset it. */
let placeholdersSeen = 0;

const NOT_PLAIN = Symbol('not plain');

/**
 * The document's value, as `doc.toJS()` gives it, for the documents case files are: maps with
 * scalar keys, lists and scalars, no anchors, aliases, merge keys or YAML 1.1 types. Anything
 * else gives NOT_PLAIN and the caller asks `toJS`, which knows every case. About twice as fast
 * as `toJS` (it keeps no anchor table and resolves no tags), and the same value: a test compares
 * the two on every example and on fuzzed files.
 */
export function plainValue(node: unknown): unknown {
  try {
    return plain(node);
  } catch (err) {
    if (err === NOT_PLAIN) return NOT_PLAIN;
    throw err;
  }
}
export { NOT_PLAIN };

function plain(node: unknown): unknown {
  if (node === null || node === undefined) return node;
  if (isScalar(node)) {
    if (node.anchor) throw NOT_PLAIN;
    const v = node.value;
    if (v !== null && typeof v === 'object') throw NOT_PLAIN; // a YAML 1.1 date or binary
    if (typeof v === 'symbol') throw NOT_PLAIN;
    if (typeof v === 'string' && isPlaceholder(v)) placeholdersSeen++;
    return v;
  }
  if (node instanceof YAMLMap && node.constructor === YAMLMap && !node.anchor) {
    const out: Record<string, unknown> = {};
    for (const pair of node.items) {
      const key = pair.key;
      let name: string;
      if (key === null || key === undefined) name = '';
      else if (isScalar(key) && !key.anchor) {
        const k = key.value;
        if (k === null) name = '';
        else if (typeof k === 'string') {
          if (k === '<<') throw NOT_PLAIN; // a merge key where the schema has them
          name = k;
        } else if (typeof k === 'number' || typeof k === 'boolean' || typeof k === 'bigint') name = String(k);
        else throw NOT_PLAIN;
      } else throw NOT_PLAIN;
      const v = plain(pair.value);
      // A repeated key keeps the last value, and "__proto__" is an own key, as in toJS.
      if (name in out) Object.defineProperty(out, name, { value: v, writable: true, enumerable: true, configurable: true });
      else out[name] = v;
    }
    return out;
  }
  if (node instanceof YAMLSeq && node.constructor === YAMLSeq && !node.anchor) {
    const out: unknown[] = new Array(node.items.length);
    for (let i = 0; i < node.items.length; i++) out[i] = plain(node.items[i]);
    return out;
  }
  throw NOT_PLAIN;
}

/** The last bracket (`[` or `{`) before `at` that is still open there, quotes and comments skipped; -1 if none. */
function openingBracket(text: string, at: number): number {
  const open: number[] = [];
  let quote = '';
  for (let i = 0; i < at; i++) {
    const ch = text[i];
    if (quote) { if (ch === quote) quote = ''; else if (ch === '\n' && quote === "'") quote = ''; continue; }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '#' && (i === 0 || /\s/.test(text[i - 1]))) { const nl = text.indexOf('\n', i); i = nl < 0 ? at : nl; }
    else if (ch === '[' || ch === '{') open.push(i);
    else if ((ch === ']' || ch === '}') && open.length) open.pop();
  }
  return open.length ? open[open.length - 1] : -1;
}

/** The parser's error in plain words: what is wrong on the line and what to write instead. */
export function plainSyntaxMessage(code: string, raw: string): string {
  const first = raw.split('\n')[0];
  if (/call stack/i.test(raw)) return 'The YAML nests too deeply to be read (thousands of levels): this is not a case file.';
  switch (code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
      return 'A second "key:" on one line: a value cannot start a new mapping. Put the inner keys on their own lines, indented, or quote the value if the colon belongs to it.';
    case 'MULTILINE_IMPLICIT_KEY':
      return 'This line is not "key: value": a key needs a colon and a space after it on the same line (or a quote or bracket above is still open).';
    case 'TAB_AS_INDENT':
      return 'A tab indents this line: YAML indents with spaces only.';
    case 'DUPLICATE_KEY':
      return 'This key appears twice in the same map: YAML keeps one value per key, so remove or rename one.';
    case 'BAD_INDENT':
      return /flow (map|sequence)/i.test(first)
        ? `A bracket is not closed: a ${/map/i.test(first) ? '{ … } map' : '[ … ] list'} must end with ${/map/i.test(first) ? '}' : ']'} before the next key.`
        : 'This line is indented wrongly for where it stands: line it up with the keys of the map it belongs to.';
    case 'MISSING_CHAR':
      if (/quote/i.test(first)) return 'A quoted value is not closed: add the closing quote.';
      if (/without - indicator/i.test(first)) return 'This line is indented like a list item but has no "- " in front of it: indent it under the item above, or start a new item with "- ".';
      return `Something is missing here: ${first}.`;
    case 'UNEXPECTED_TOKEN':
      return 'Unexpected text here: the line does not fit the structure above it (check its indentation, and the "- " before a list item).';
    case 'MULTIPLE_DOCS':
      return 'The file holds more than one YAML document ("---"): a case file is one document.';
    case 'BAD_DQ_ESCAPE':
      return 'An invalid escape in a double-quoted value: write \\\\ for a backslash, or use single quotes.';
    case 'KEY_OVER_1024_CHARS':
      return 'A key longer than 1,024 characters: a key must be short, on one line.';
    default:
      return `The YAML cannot be read here: ${first.replace(/\.$/, '')}.`;
  }
}

function firstLineEnd(text: string): number {
  const i = text.indexOf('\n');
  return i < 0 ? text.length : i;
}

/** Offsets to a zero-based line/character range. */
export function toRange(p: ParsedDocument, start: number, end: number): Range {
  const s = Math.max(0, Math.min(start, p.text.length));
  const e = Math.max(s, Math.min(end, p.text.length));
  const a = p.lineCounter.linePos(s);
  const b = p.lineCounter.linePos(e);
  return { start: { line: a.line - 1, character: a.col - 1 }, end: { line: b.line - 1, character: b.col - 1 }, startOffset: s, endOffset: e };
}

export interface Located {
  /** The pair holding the node, when the last path element is a map key. */
  pair?: Pair<Node, Node | null>;
  node?: Node | null;
  /** How many path elements were found (the rest did not exist). */
  depth: number;
}

/** Walk a path through the document, as far as it exists. */
export function locate(doc: Document, path: YamlPath): Located {
  let node: Node | null | undefined = doc.contents as Node | null;
  let pair: Pair<Node, Node | null> | undefined;
  let depth = 0;
  for (const seg of path) {
    if (isMap(node)) {
      const want = String(seg);
      let found: Pair<Node, Node | null> | undefined;
      for (const it of node.items) {
        if (!isPair(it)) continue;
        // Most keys are plain strings: compared as they are, without converting each key met
        // (a check maps every finding's path to a range; 13,000 paths in a 10,000-request file).
        const v = (it.key as { value?: unknown } | null)?.value;
        if (typeof v === 'string' ? v === want : keyOf(it) === want) {
          found = it as Pair<Node, Node | null>;
          break;
        }
      }
      if (!found) break;
      pair = found;
      node = found.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg] as Node | undefined;
      if (item === undefined) break;
      pair = undefined;
      node = item;
    } else break;
    depth++;
  }
  return { pair, node, depth };
}

export function keyOf(p: Pair): string | undefined {
  const k = p.key;
  if (isScalar(k)) return String(k.value);
  if (k === null || k === undefined) return undefined;
  return String(k);
}

/** The plain value at a path of a document's value (undefined where the path does not exist). */
export function valueAt(data: unknown, path: YamlPath): unknown {
  let node = data;
  for (const seg of path) node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[seg as string] : undefined;
  return node;
}

/** A node's [start, end) offsets, without trailing comments or line breaks. */
export function nodeSpan(node: Node | null | undefined): [number, number] | undefined {
  if (!node || !node.range) return undefined;
  return [node.range[0], node.range[1]];
}

/**
 * The narrowest range for a path: the value node (or its key with `target: 'key'`); where the
 * path does not exist, its deepest existing ancestor's key, else the start of the document.
 */
export function rangeOfPath(p: ParsedDocument, path: YamlPath, target: 'key' | 'value' = 'value'): Range {
  const loc = locate(p.doc, path);
  if (loc.depth === path.length) {
    const keySpan = loc.pair ? nodeSpan(loc.pair.key as Node) : undefined;
    const valueSpan = nodeSpan(loc.node);
    const span = target === 'key' ? keySpan ?? valueSpan : valueSpan && valueSpan[1] > valueSpan[0] ? valueSpan : keySpan ?? valueSpan;
    if (span) return toRange(p, span[0], clampToLine(p.text, span[0], span[1]));
  }
  if (loc.depth > 0 && loc.depth < path.length) return rangeOfPath(p, path.slice(0, loc.depth), 'key');
  if (loc.depth === path.length && path.length > 0) return rangeOfPath(p, path.slice(0, -1), 'key');
  const start = (p.doc.contents as Node | null)?.range?.[0] ?? 0;
  return toRange(p, start, clampToLine(p.text, start, p.text.length));
}

/**
 * A multi-line node (a whole request, a block map) is marked on its first line only, so that a
 * squiggle never covers half the file.
 */
function clampToLine(text: string, start: number, end: number): number {
  const nl = text.indexOf('\n', start);
  if (nl >= 0 && nl < end) return text[nl - 1] === '\r' ? nl - 1 : nl;
  return end;
}
