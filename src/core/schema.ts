// Schema findings: run the ahead-of-time compiled validator (no schema compilation at run time)
// and turn each ajv error into one finding on the narrowest node, in words a user reads, with
// the nearest valid keys or values as quick fixes.
import type { ErrorObject } from 'ajv';
import { isMap, isScalar, Node, Pair, Scalar } from 'yaml';
import caseSchema from '../../schemas/case.schema.json';
import { validateCase } from '../generated/validators';
import { checkDateOrder } from './date-order';
import { Editor, flowText } from './edits';
import { keyOf, locate, ParsedDocument, valueAt } from './parse';
import { nearest } from './suggest';
import type { Fix, Report, YamlPath } from './types';

export interface SchemaResult {
  reports: Report[];
  /** JSON pointers of the values the schema refused: the rules treat them as absent. */
  bad: Set<string>;
}

type Json = Record<string, unknown>;

/**
 * Resolve a `#/a/b` schema path inside the case schema. Paths of errors under a `$ref` are
 * relative to the referenced definition (the request), so that is tried second.
 */
function schemaAt(pointer: string, instancePath = ''): unknown {
  const inRequest = /^\/requests\/\d+(\/|$)/.test(instancePath);
  return schemaIn(inRequest ? (caseSchema.definitions as Json).request : caseSchema, pointer);
}

function schemaIn(root: unknown, pointer: string): unknown {
  let node: unknown = root;
  for (const raw of pointer.replace(/^#\/?/, '').split('/').filter(Boolean)) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Json)[seg];
  }
  return node;
}

/** The description of the if/then branch an error came from, if it came from one. */
function branchOf(schemaPath: string, instancePath: string): string | undefined {
  const m = /^(.*\/allOf\/\d+\/then)\//.exec(schemaPath);
  const then = m ? (schemaAt(m[1], instancePath) as Json | undefined) : undefined;
  return typeof then?.description === 'string' ? then.description : undefined;
}

/**
 * An error from an if/then branch chosen on a value that is itself wrong (`channel: intepol`
 * picks "a channel other than interpol") is a cascade of that one mistake: drop it.
 */
function branchOnBadValue(e: ErrorObject, all: readonly ErrorObject[]): boolean {
  const m = /^(.*\/allOf\/\d+)\/then\//.exec(e.schemaPath);
  if (!m) return false;
  const cond = schemaAt(`${m[1]}/if`, e.instancePath) as Json | undefined;
  const keys = Object.keys((cond?.properties as Json | undefined) ?? {});
  const base = e.keyword === 'required' ? e.instancePath : e.instancePath.slice(0, e.instancePath.lastIndexOf('/'));
  return keys.some((k) => all.some((o) => o !== e && o.keyword !== 'if' && o.instancePath === `${base}/${k}`));
}

/**
 * The errors of an `anyOf` (an offence: text, or a map) that repeat one mistake: ajv reports every
 * branch, so an empty item says "expected text", "expected a map" and "needs a name". Keep the
 * errors of the branch whose type the value has (an unknown key in an offence map is that, not
 * "should be text"); with no such branch (an empty or a wrongly typed item) keep only the anyOf's
 * own error. One mistake, one finding.
 */
function anyOfCascade(all: readonly ErrorObject[], data: unknown): { drop: Set<ErrorObject>; keep: Set<ErrorObject> } {
  const drop = new Set<ErrorObject>();
  const keep = new Set<ErrorObject>();
  for (const e of all) {
    if (e.keyword !== 'anyOf') continue;
    const prefix = `${e.schemaPath}/`;
    const branches = all.filter((o) => o.schemaPath.startsWith(prefix) && (o.instancePath === e.instancePath || o.instancePath.startsWith(`${e.instancePath}/`)));
    // A branch the value's type fails reports a `type` error at the value itself.
    const typeFailed = new Set(branches.filter((o) => o.keyword === 'type' && o.instancePath === e.instancePath).map((o) => o.schemaPath.slice(prefix.length).split('/')[0]));
    const value = valueAt(data, pointerToPath(e.instancePath, data));
    const fitting = branches.filter((o) => !typeFailed.has(o.schemaPath.slice(prefix.length).split('/')[0]));
    if (typeFailed.size === 0) continue; // branches told apart by their keys (a person: a name or a description): the anyOf says it
    if (value !== null && fitting.length > 0) {
      branches.filter((o) => !fitting.includes(o)).forEach((o) => drop.add(o));
      fitting.forEach((o) => keep.add(o)); // a key the fitting branch requires ("name" of an offence map)
      drop.add(e);
    } else branches.forEach((o) => drop.add(o));
  }
  return { drop, keep };
}

/** A JSON pointer to a YAML path, with indexes as numbers where the data is a list. */
export function pointerToPath(pointer: string, data: unknown): YamlPath {
  const path: (string | number)[] = [];
  let node = data;
  for (const raw of pointer.split('/').slice(1)) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) {
      path.push(Number(seg));
      node = node[Number(seg)];
    } else {
      path.push(seg);
      node = node !== null && typeof node === 'object' ? (node as Json)[seg] : undefined;
    }
  }
  return path;
}

const NAMES: Record<string, string> = {
  channel: 'channel', action: 'action', type: 'type', notice: 'notice', urgency: 'urgency',
  country: 'country code', requesting_state: 'country code', requested_state: 'country code', nationality: 'country code',
};

function describeValue(path: YamlPath): string {
  const last = path[path.length - 1];
  if (typeof last === 'number') return path[path.length - 2] === 'data' ? 'data category' : 'value';
  return NAMES[String(last)] ?? `value for "${String(last)}"`;
}

const shown = (v: unknown) => (typeof v === 'string' ? `"${v}"` : v === null ? 'an empty value' : `"${JSON.stringify(v)}"`);

/** The assigned code a reserved one stands for (UK → GB), from the enum's own descriptions. */
function reservedAlias(value: string, allowed: string[]): string | undefined {
  const names = (schemaAt('#/definitions/country') as Json).markdownEnumDescriptions as string[];
  const reserved: Record<string, string> = { UK: 'United Kingdom', EL: 'Greece' };
  const name = reserved[value.toUpperCase()];
  const i = name ? names.findIndex((n) => n.startsWith(name)) : -1;
  return i >= 0 ? allowed[i] : undefined;
}

export function checkSchema(p: ParsedDocument): SchemaResult {
  const reports: Report[] = [];
  const bad = new Set<string>();
  if (validateCase(p.value)) return withDateOrder(p, { reports, bad });
  const editor = new Editor(p);
  const all = validateCase.errors ?? [];
  const cascade = anyOfCascade(all, p.value);
  const errors = all.filter((e) => e.keyword !== 'if' && !(e.keyword === 'required' && /\/anyOf\/\d+\/required$/.test(e.schemaPath) && !cascade.keep.has(e)) && !branchOnBadValue(e, all) && !cascade.drop.has(e));
  // Parents first, so that an error below a refused node is dropped (one mistake, one finding).
  errors.sort((a, b) => a.instancePath.length - b.instancePath.length);
  const refused: string[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    const ptr = e.keyword === 'additionalProperties' ? `${e.instancePath}/${(e.params as Json).additionalProperty}` : e.instancePath;
    if (refused.some((r) => ptr.startsWith(`${r}/`))) continue;
    const report = toReport(e, ptr, p, editor);
    const dedupe = `${ptr}|${report.message}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    reports.push(report);
    if (!['required', 'anyOf'].includes(e.keyword)) {
      bad.add(ptr);
      if (e.keyword !== 'minItems' && e.keyword !== 'uniqueItems') refused.push(ptr);
    }
  }
  return withDateOrder(p, { reports, bad });
}

/** Add the impossible orders of dates (after the compiled validator: JSON Schema cannot compare two values). */
function withDateOrder(p: ParsedDocument, result: SchemaResult): SchemaResult {
  for (const { report, pointer } of checkDateOrder(p.value, result.bad)) {
    result.reports.push(report);
    result.bad.add(pointer);
  }
  return result;
}

/** What an item of a list is called in messages (`offence 1`), by the list's key. */
const ITEM: Record<string, string> = { offences: 'offence', requests: 'request', identifiers: 'identifier', data: 'data category', persons: 'person', extended: 'extension date', planned_extensions: 'planned extension date' };

function toReport(e: ErrorObject, ptr: string, p: ParsedDocument, editor: Editor): Report {
  const path = pointerToPath(ptr, p.value);
  const last = path[path.length - 1];
  const name = typeof last === 'number' ? `${ITEM[String(path[path.length - 2])] ?? 'item'} ${last + 1}` : String(last ?? 'document');
  const branch = branchOf(e.schemaPath, e.instancePath);
  const params = e.params as Json;
  switch (e.keyword) {
    case 'additionalProperties': {
      const trap = flowCommaTrap(p, path);
      if (trap) return trap;
      const parentSchema = schemaAt(e.schemaPath.replace(/\/additionalProperties$/, ''), e.instancePath) as Json | undefined;
      // A key the map already has is no suggestion: renaming to it would duplicate it.
      const present = valueAt(p.value, path.slice(0, -1));
      const have = present && typeof present === 'object' ? Object.keys(present) : [];
      const known = Object.keys((parentSchema?.properties as Json | undefined) ?? {}).filter((k) => !have.includes(k));
      const near = nearest(name, known);
      const fixes = near.map((k) => renameKey(p, path, k)).filter((f): f is Fix => f !== undefined);
      return { path, target: 'key', message: `Unknown key "${name}".${near.length ? ` Did you mean ${near.map((k) => `"${k}"`).join(' or ')}?` : ''}`, fixes };
    }
    case 'false schema': {
      const parent = path.slice(0, -1);
      return { path, target: 'key', message: `"${name}" is not taken by ${branch ?? 'this request'}.`, fixes: [{ title: `Remove "${name}"`, edits: editor.remove(parent, name) }] };
    }
    case 'required': {
      const missing = String(params.missingProperty);
      return { path, target: 'key', message: `Missing required key "${missing}"${branch ? ` for ${branch}` : ''}.` };
    }
    case 'anyOf': {
      const value = valueAt(p.value, path);
      const kinds = ((schemaAt(e.schemaPath, e.instancePath) as Json[] | undefined) ?? []).map((b) => b.type).filter((t): t is string => typeof t === 'string');
      // An offence (text or a map) left empty or of another type: say what it may be, once.
      if (kinds.length > 0 && (value === null || typeof value !== 'object' || Array.isArray(value))) {
        const may = kinds.map((t) => ({ object: 'a map', string: 'text', array: 'a list', number: 'a number' } as Json)[t] ?? t).join(' or ');
        return { path, message: value === null ? `"${name}" is empty: write it as ${may}.` : `"${name}" should be ${may}.` };
      }
      return { path, target: 'key', message: `"${name}" needs at least a "name" or a "description".` };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const value = valueAt(p.value, path);
      const what = describeValue(path);
      const alias = typeof value === 'string' ? reservedAlias(value, allowed) : undefined;
      const near = alias && what === 'country code' ? [alias] : typeof value === 'string' ? nearest(value, allowed) : [];
      const list = allowed.length <= 12 ? ` Valid: ${allowed.map((a) => `"${a}"`).join(', ')}.` : '';
      const dym = near.length ? ` Did you mean ${near.map((a) => `"${a}"`).join(' or ')}?` : list;
      const fixes = near.map((v) => ({ title: `Change to "${v}"`, edits: replaceValue(p, path, v), sparesRecord: true }));
      const label = what === 'country code' ? 'an ISO 3166-1 alpha-2 country code' : `a known ${what}`;
      return { path, message: `${shown(value)} is not ${label}.${dym}`, fixes };
    }
    case 'const':
      return { path, message: `"${name}" must be ${JSON.stringify(params.allowedValue)}.`, fixes: [{ title: `Set "${name}" to ${JSON.stringify(params.allowedValue)}`, edits: replaceValue(p, path, JSON.stringify(params.allowedValue), true) }] };
    case 'type': {
      const value = valueAt(p.value, path);
      const expected = ({ object: 'a map', array: 'a list', string: 'text', number: 'a number', boolean: 'true or false' } as Json)[String(params.type)] ?? String(params.type);
      return { path, message: value === null ? `"${name}" is empty: expected ${expected}.` : `"${name}" should be ${expected}.` };
    }
    case 'format':
      return { path, message: `${shown(valueAt(p.value, path))} is not a valid date: write "YYYY-MM-DD".` };
    case 'minItems':
      return { path, message: `"${name}" needs at least one value.` };
    case 'minLength':
      return { path, message: `"${name}" must not be empty.` };
    case 'uniqueItems':
      return { path, message: `"${name}" lists the same value twice.` };
    case 'minimum':
      return { path, message: `"${name}" must be at least ${params.limit}.` };
    default:
      return { path, message: `"${name}" ${e.message ?? 'is not valid'}.` };
  }
}

/** Replace the value at a path by a string value (quoted as needed), or by YAML source with `raw`. */
function replaceValue(p: ParsedDocument, path: YamlPath, value: string, raw = false) {
  const loc = locate(p.doc, path);
  const r = loc.depth === path.length ? loc.node?.range : undefined;
  return r ? [{ start: r[0], end: r[1], newText: raw ? value : flowText(value) }] : [];
}

function renameKey(p: ParsedDocument, path: YamlPath, to: string): Fix | undefined {
  const loc = locate(p.doc, path);
  const r = loc.pair && (loc.pair.key as Node).range;
  return r ? { title: `Rename to "${to}"`, edits: [{ start: r[0], end: r[1], newText: to }], sparesRecord: true } : undefined;
}

/**
 * `{ name: Meta Platforms, Inc., type: platform }`: the comma ended the plain value and `Inc.`
 * became a key with no value. Recognise it and offer to quote the whole value.
 */
function flowCommaTrap(p: ParsedDocument, path: YamlPath): Report | undefined {
  const loc = locate(p.doc, path.slice(0, -1));
  if (!isMap(loc.node) || !loc.node.flow) return undefined;
  const items = loc.node.items as Pair<Node, Node | null>[];
  const i = items.findIndex((it) => keyOf(it) === String(path[path.length - 1]));
  const stray = (it: Pair<Node, Node | null> | undefined) => it && isScalar(it.key) && (it.key as Scalar).type === 'PLAIN' && (it.value === null || (isScalar(it.value) && it.value.value === null && it.value.range![0] === it.value.range![1]));
  if (i < 1 || !stray(items[i])) return undefined;
  // Walk back to the real pair whose plain value the comma cut, and forward over more strays.
  let first = i;
  while (first > 0 && stray(items[first - 1])) first--;
  const owner = items[first - 1];
  if (!owner || !isScalar(owner.value) || (owner.value as Scalar).type !== 'PLAIN' || !owner.value.range) return undefined;
  let last = i;
  while (last + 1 < items.length && stray(items[last + 1])) last++;
  const start = owner.value.range[0];
  const end = (items[last].key as Node).range![1];
  const whole = p.text.slice(start, end);
  return {
    path,
    target: 'key',
    message: `"${keyOf(items[i])}" is not a key: in a flow map a comma ends a plain value, so "${keyOf(owner)}" reads "${String((owner.value as Scalar).value)}". Quote the whole value: ${JSON.stringify(whole)}.`,
    fixes: [{ title: `Quote the whole value: ${JSON.stringify(whole)}`, edits: [{ start, end, newText: JSON.stringify(whole) }], sparesRecord: true }],
  };
}
