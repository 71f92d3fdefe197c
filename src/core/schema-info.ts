// What the case schema says about a path: its description, its keys, its values. Hover and
// completion read it, so the editor explains each key in the schema's own words.
import caseSchema from '../../schemas/case.schema.json';
import type { YamlPath } from './types';

type Json = Record<string, unknown>;

const root = caseSchema as unknown as Json;
const defs = root.definitions as Json;

function deref(node: Json | undefined): Json | undefined {
  if (node && typeof node.$ref === 'string') {
    const target = defs[(node.$ref as string).replace('#/definitions/', '')] as Json;
    return { ...target, ...node, $ref: undefined };
  }
  // A value that is a string or a map (`case.offences` items): the map's keys, the union's description.
  if (node && !node.properties && Array.isArray(node.anyOf)) {
    const map = (node.anyOf as Json[]).find((b) => b.properties);
    if (map) return { ...map, description: node.description ?? map.description };
  }
  return node;
}

/** The schema node for a path (sequence indexes step into `items`). */
export function schemaFor(path: YamlPath): Json | undefined {
  let node: Json | undefined = root;
  for (const seg of path) {
    node = deref(node);
    if (!node) return undefined;
    if (typeof seg === 'number') node = deref(node.items as Json | undefined);
    else node = deref((node.properties as Json | undefined)?.[seg] as Json | undefined);
  }
  return deref(node);
}

export interface KeyInfo { key: string; description: string; required: boolean }

/** The keys a map at `path` takes, with their descriptions. */
export function keysFor(path: YamlPath): KeyInfo[] {
  const node = schemaFor(path);
  const props = (node?.properties as Record<string, Json> | undefined) ?? {};
  const required = new Set((node?.required as string[] | undefined) ?? []);
  return Object.entries(props).map(([key, v]) => ({ key, description: String(deref(v)?.description ?? ''), required: required.has(key) }));
}

export interface ValueInfo { value: string; description: string }

/** The enum values at `path`, with their descriptions. */
export function valuesFor(path: YamlPath): ValueInfo[] {
  const node = schemaFor(path);
  const values = (node?.enum as unknown[] | undefined) ?? [];
  const docs = (node?.markdownEnumDescriptions as string[] | undefined) ?? [];
  return values.map((v, i) => ({ value: String(v), description: docs[i] ?? '' }));
}

export function describe(path: YamlPath): string | undefined {
  const node = schemaFor(path);
  return typeof node?.description === 'string' ? node.description : undefined;
}

/** The name of an ISO 3166-1 alpha-2 code, from the schema's own list. */
export function countryName(code: string): string | undefined {
  const c = defs.country as Json;
  const i = (c.enum as string[]).indexOf(code);
  return i >= 0 ? (c.markdownEnumDescriptions as string[])[i] : undefined;
}
