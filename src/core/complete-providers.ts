// Completion of `holder.name` from the provider registry (spec providers.md): one item per
// provider for its default entity, and one per other regional entity ("Meta Platforms Ireland
// Ltd, for users in the EU"). Choosing one writes the entity's name and fills the holder's
// `type`, `country` and `eu_services`: keys that are missing are written after the name, keys
// that are there get their values replaced (additional edits). Text-based, so it works on a
// half-typed line.
import { fromWorkspace, type Knowledge, markdownText, Provider, ProviderEntity, WORKSPACE_MARK } from '../knowledge';
import { flowText } from './edits';
import type { TextEdit } from './types';

export interface ProviderCompletion {
  label: string;
  detail: string;
  documentation: string;
  /** Text the fuzzy filter matches on: the entity and every name and brand of the provider. */
  filterText: string;
  insertText: string;
  /** Replacements of values already in the holder, as offsets into the completed text. */
  additionalEdits: TextEdit[];
  sortText: string;
  /** The provider's name or brand the typed text matched, when the label does not show it ("Instagram"). */
  labelDetail?: string;
}

const FILLED = ['type', 'country', 'eu_services'] as const;
type Filled = typeof FILLED[number];

/** Where each of the holder's filled keys already sits: the span of its value. */
type Present = Partial<Record<Filled, [number, number]>>;

/** The filled keys of a flow map `{ … }` that holds `offset` on its line. */
function presentInFlow(text: string, lineStart: number, offset: number): Present | undefined {
  const lineEnd = text.indexOf('\n', offset) < 0 ? text.length : text.indexOf('\n', offset);
  const open = text.lastIndexOf('{', offset);
  if (open < lineStart) return undefined;
  const close = text.indexOf('}', offset);
  const end = close >= 0 && close < lineEnd ? close : lineEnd;
  const out: Present = {};
  const re = /(?:^|[{,])\s*(type|country|eu_services)\s*:[ \t]*([^,}\n]*)/g;
  const body = text.slice(open, end);
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const value = m[2].replace(/\s+$/, '');
    const s = open + m.index + m[0].length - m[2].length;
    out[m[1] as Filled] = [s, s + value.length];
  }
  return out;
}

/** The filled keys of the block map whose key `name` starts at column `col` on the line at `lineStart`. */
function presentInBlock(text: string, lineStart: number, col: number): Present {
  const out: Present = {};
  const lines: [number, string][] = [];
  // Lines after the name, then before it, while they stay in the same map (indent ≥ col).
  for (let at = text.indexOf('\n', lineStart); at >= 0 && at < text.length;) {
    const next = text.indexOf('\n', at + 1);
    const line = text.slice(at + 1, next < 0 ? text.length : next);
    if (line.trim() !== '' && !line.trim().startsWith('#')) {
      const indent = line.length - line.trimStart().length;
      if (indent < col || (indent === col && line.trimStart().startsWith('- '))) break;
      if (indent === col) lines.push([at + 1, line]);
    }
    if (next < 0) break;
    at = next;
  }
  for (let end = lineStart - 1; end > 0;) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (line.trim() !== '' && !line.trim().startsWith('#')) {
      const stripped = line.replace(/^(\s*)- /, '$1  ');
      const indent = stripped.length - stripped.trimStart().length;
      if (indent !== col) break;
      lines.push([start, stripped]);
      if (line.trimStart().startsWith('- ')) break;
    }
    end = start - 1;
  }
  for (const [start, line] of lines) {
    const m = /^(\s*)(type|country|eu_services):[ \t]*([^#\n]*?)[ \t]*(#.*)?$/.exec(line);
    if (m) {
      const s = start + /^\s*\w+:[ \t]*/.exec(line)![0].length;
      out[m[2] as Filled] = [s, s + m[3].length];
    }
  }
  return out;
}

const regionWords = (e: ProviderEntity) => (e.region === 'default' ? 'for users elsewhere' : `for users in the ${e.region.toUpperCase()}`);

function values(p: Provider, e: ProviderEntity): Partial<Record<Filled, string>> {
  return {
    type: p.type?.value,
    country: e.country,
    eu_services: e.eu_services === undefined ? undefined : String(e.eu_services),
  };
}

const confidenceWord = (c: string) => (c === 'primary' ? 'the provider\'s own text' : `${c}: verify`);

/**
 * The name of a provider that the typed text matches best, and how well: 0 a name starting with
 * it, 1 a word of a name starting with it; undefined when none does (nothing typed: the entity's name).
 */
function matchName(names: readonly string[], typed: string): { name: string; tier: number } | undefined {
  const t = typed.toLowerCase();
  if (!t) return { name: names[0], tier: 0 };
  const starts = names.find((n) => n.toLowerCase().startsWith(t));
  if (starts) return { name: starts, tier: 0 };
  const word = names.find((n) => n.toLowerCase().split(/[\s.,()-]+/).some((w) => w.startsWith(t)));
  return word ? { name: word, tier: 1 } : undefined;
}

/**
 * Items for a `holder.name` value at `offset`. `flow`: inside `{ … }` on this line; else a block
 * map whose `name` key starts at column `col`. `typed`: the value typed so far (quotes included):
 * only providers one of whose names matches it are offered, ranked by that match, each showing
 * the name matched when it is a brand ("Instagram" beside "Meta Platforms, Inc.").
 */
export function holderNameItems(k: Knowledge, text: string, offset: number, flow: boolean, col: number, typed = ''): ProviderCompletion[] {
  const bare = typed.replace(/^["']/, '').replace(/["']$/, '').trim();
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const present = (flow ? presentInFlow(text, lineStart, offset) : presentInBlock(text, lineStart, col)) ?? {};
  const indent = ' '.repeat(col);
  const out: ProviderCompletion[] = [];
  for (const { id, provider: p, entity: e, n, label, facts, holder: v } of registryEntities(k)) {
    const match = matchName([e.name, ...(p.names ?? [])], bare);
    if (!match) continue;
    let insertText = flowText(e.name);
    const additionalEdits: TextEdit[] = [];
    for (const key of FILLED) {
      const value = v[key];
      if (value === undefined) continue;
      const span = present[key];
      if (span) {
        if (text.slice(span[0], span[1]) !== value) additionalEdits.push({ start: span[0], end: span[1], newText: value });
      } else insertText += flow ? `, ${key}: ${value}` : `\n${indent}${key}: ${value}`;
    }
    out.push({
      label,
      detail: `${facts} (registry: ${id})`,
      // Markdown: the registry's words (a workspace file's too) are shown as text, never as markup.
      documentation: `**${markdownText(e.name)}** (${e.country ?? 'country not stated'}), ${regionWords(e)}.${e.note ? ` ${markdownText(e.note)}.` : ''}\n\n*Source: ${markdownText(e.source)} (checked ${e.checked_on}; ${confidenceWord(e.confidence)}${fromWorkspace(e) ? `; ${WORKSPACE_MARK}` : ''}).*`,
      // The matched name alone: VS Code's fuzzy filter then ranks on it, not on a brand deep in a list.
      filterText: bare ? match.name : [e.name, ...(p.names ?? [])].join(' '),
      insertText,
      additionalEdits,
      sortText: `${match.tier}-${match.name.toLowerCase()}-${id}-${n}`,
      ...(bare && !e.name.toLowerCase().includes(match.name.toLowerCase()) ? { labelDetail: ` (${match.name})` } : {}),
    });
  }
  return out;
}

/** One entity of the provider registry, as completion and Recommend offer it. */
export interface RegistryEntity {
  id: string;
  provider: Provider;
  entity: ProviderEntity;
  /** Its place among the provider's entities (the default one first). */
  n: number;
  /** "Meta Platforms, Inc.", or "Meta Platforms Ireland Ltd, for users in the EU". */
  label: string;
  /** The holder's facts the registry gives: type, country, eu_services. */
  holder: Partial<Record<Filled, string>>;
  /** Those facts in words: "platform, US, eu_services: true". */
  facts: string;
}

/** Every entity of the registry, each provider's default entity first. */
export function registryEntities(k: Knowledge): RegistryEntity[] {
  const out: RegistryEntity[] = [];
  for (const [id, p] of Object.entries(k.providers ?? {})) {
    const entities = [...(p.entities ?? [])].sort((a, b) => Number(b.region === 'default') - Number(a.region === 'default'));
    entities.forEach((e, n) => {
      const v = values(p, e);
      const facts = [v.type, v.country, v.eu_services === undefined ? undefined : `eu_services: ${v.eu_services}`].filter(Boolean).join(', ');
      out.push({ id, provider: p, entity: e, n, label: n === 0 && e.region === 'default' ? e.name : `${e.name}, ${regionWords(e)}`, holder: v, facts });
    });
  }
  return out;
}
