// Hover cards: on a channel, action, notice, data or country value, what the guide and the
// knowledge base say (what it delivers and compels, typical speed, limits, sources); on a key,
// its schema description.
import { isMap, isPair, isScalar, isSeq, Node, Pair } from 'yaml';
import { acceptedLanguages, BindingInstrument, budapestParty, eioBound, fromWorkspace, Knowledge, languageNames, markdownSafe, mlaAuthority, mlaBasis, mlaInstruments, point247, WORKSPACE_MARK } from '../knowledge';
import { offenceFactsOf } from './legal-basis';
import { providerCard } from './hover-providers';
import { keyOf, ParsedDocument, valueAt } from './parse';
import { countryName, describe, valuesFor } from './schema-info';
import type { YamlPath } from './types';

export interface Hover {
  markdown: string;
  start: number;
  end: number;
}

interface Hit { path: YamlPath; node: Node; onKey: boolean }

/** The scalar (key or value) under an offset, with its path. */
export function nodeAtOffset(p: ParsedDocument, offset: number): Hit | undefined {
  const inside = (n: Node | null | undefined) => !!n?.range && offset >= n.range[0] && offset <= n.range[1];
  const walk = (node: Node | null | undefined, path: YamlPath): Hit | undefined => {
    if (isMap(node)) {
      for (const it of node.items as Pair<Node, Node | null>[]) {
        if (!isPair(it)) continue;
        const k = keyOf(it);
        if (k === undefined) continue;
        if (isScalar(it.key) && inside(it.key)) return { path: [...path, k], node: it.key, onKey: true };
        if (inside(it.value)) return walk(it.value, [...path, k]);
      }
      return undefined;
    }
    if (isSeq(node)) {
      for (let i = 0; i < node.items.length; i++) if (inside(node.items[i] as Node)) return walk(node.items[i] as Node, [...path, i]);
      return undefined;
    }
    if (isScalar(node) && inside(node)) return { path, node, onKey: false };
    return undefined;
  };
  return walk(p.doc.contents as Node, []);
}

/** " (**from this workspace's knowledge file**)" after a fact the workspace file gave, else nothing. */
export const workspaceNote = (entry: object, field?: string) => (fromWorkspace(entry, field) ? ` (**${WORKSPACE_MARK}**)` : '');

const sourceLine = (s: { source?: string; as_of?: string; verify?: boolean }) =>
  s.source ? `\n\n*Source: ${s.source}${s.as_of ? ` (as of ${s.as_of})` : ''}.${s.verify ? ' **Verify**: from general knowledge, not yet checked against a primary text.' : ''}*${fromWorkspace(s) ? ` **From this workspace's knowledge file: check it.**` : ''}` : '';

export function channelCard(k: Knowledge, channel: string): string | undefined {
  const c = k.channels[channel];
  if (!c) return undefined;
  const lines = [`**${c.title ?? channel}** (\`${channel}\`)`, ''];
  if (c.delivers) lines.push(`**Delivers:** ${c.delivers}`, '');
  if (c.cannot) lines.push(`**Cannot:** ${c.cannot}`, '');
  if (c.compels) lines.push(`**Compels:** ${c.compels}`, '');
  if (c.speed) lines.push(`**Typical speed:** ${c.speed}`, '');
  if (c.limits) lines.push(`**Limits:** ${c.limits}`, '');
  if (channel === 'cloud_act') {
    lines.push(`**Agreements with the US:** ${k.cloud_act_agreements.map((a) => `${a.state} (in force ${a.in_force ?? 'not yet'}${a.verify ? ', verify' : ''})`).join('; ') || 'none known'}.`, '');
  }
  if (channel === 'eu_production_order' || channel === 'eu_preservation_order') {
    const e = k.e_evidence;
    lines.push(`**Applies from** ${e.applies_from}; binds ${(e.members ?? []).filter((m) => !(e.not_bound ?? []).includes(m)).join(' ')} (not ${(e.not_bound ?? []).join(', ')}).${sourceLine(e)}`, '');
  }
  if (channel === 'lers' && k.content_wall) lines.push(`**The content wall:** ${k.content_wall.summary}`, '');
  if (channel === 'eio' && k.eio) {
    const e = k.eio;
    lines.push(`**Binds** ${(e.bound ?? []).join(' ')} from ${e.applies_from} (not ${(e.not_bound ?? []).join(', ')}). Between them it **replaces** mutual legal assistance (Art. 34).${e.time_limits?.provisional_hours ? ` Provisional measures: decided within ${e.time_limits.provisional_hours} hours where practicable (Art. 32${e.time_limits.provisional_verify ? ', **verify**' : ''}).` : ''}${sourceLine(e)}`, '');
  }
  if (channel === 'network_24_7' && k.conventions?.budapest) {
    const b = k.conventions.budapest;
    lines.push(`**Parties:** ${(b.parties ?? []).length} recorded${b.complete ? '' : ' (the list is incomplete: a state not on it is unknown, not a non-party)'}; preservation for at least ${b.preservation_days ?? 60} days, no dual criminality (Art. 29).`, '');
  }
  if (channel === 'network_24_7' || channel === 'lers') {
    const sap = secondProtocolLine(k);
    if (sap) lines.push(sap, '');
  }
  return lines.join('\n').trim() + sourceLine(c);
}

/** The Second Additional Protocol (CETS 224): direct subscriber-information orders, not yet available. */
function secondProtocolLine(k: Knowledge): string | undefined {
  const f = k.facts?.second_additional_protocol;
  if (!f) return undefined;
  if (f.in_force && f.in_force !== true) return undefined;
  const count = f.ratifications ? ` (${f.ratifications.length} of ${f.needed ?? 5} ratifications)` : '';
  return `**Not yet available:** direct orders to a provider in another party for subscriber information (Second Additional Protocol, Art. 7): the Protocol is not in force${count}.${sourceLine(f)}`;
}

/** Where hover reads the request's pair: the requesting state, and today for a request with no `sent`. */
export interface HoverContext { today?: string }

const localDate = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

const upper = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

/** On a channel value: the legal basis for this request's pair of states, or why it is unknown. */
export function basisCard(k: Knowledge, channel: string, value: unknown, requestPath: YamlPath, today: string): string | undefined {
  if (!['mlat', 'letter_rogatory', 'eio', 'network_24_7'].includes(channel)) return undefined;
  const root = (value ?? {}) as Record<string, unknown>;
  const S = str(valueAt(root.case, ['requesting_state']));
  const r = (valueAt(value, requestPath) ?? {}) as Record<string, unknown>;
  const holder = (r.holder ?? {}) as Record<string, unknown>;
  const T = str(r.requested_state) ?? str(holder.country);
  const date = str(r.sent) ?? today;
  const action = str(r.action);
  const data = Array.isArray(r.data) ? r.data.filter((d): d is string => typeof d === 'string') : undefined;
  if (!S || !T) return `**For this request:** the ${!S ? 'requesting' : 'requested'} state is unknown, so the basis cannot be told.`;
  const head = `**For this request** (${S} to ${T}, on ${date}):`;
  if (channel === 'eio') {
    const a = eioBound(k, S, date);
    const b = eioBound(k, T, date);
    if (S === T) return `${head} the same state: an EIO goes to another member state.`;
    if (a && b) return `${head} both are bound by the European Investigation Order (since ${k.eio?.applies_from}).`;
    const not = [a === false ? S : undefined, b === false ? T : undefined].filter(Boolean);
    return not.length ? `${head} ${not.join(' and ')} ${not.length > 1 ? 'are' : 'is'} not bound by the EIO on that date.` : `${head} whether both are bound by the EIO on that date is unknown.`;
  }
  if (channel === 'network_24_7') {
    const name = k.conventions?.budapest?.short ?? 'the Budapest Convention';
    const a = budapestParty(k, S, date);
    const b = budapestParty(k, T, date);
    const basis = mlaBasis(k, S, T, date, { action: 'preserve', data });
    const point = point247(k, T);
    const pts = point ? ` The 24/7 point of ${T}: ${point.name}${workspaceNote(point, 'name')}.` : '';
    if (a && b && basis.status === 'in_force' && basis.instrument.id === 'budapest') return `${head} ${basis.instrument.sentence}.${pts}`;
    const unsure = [a !== true ? S : undefined, b !== true ? T : undefined].filter(Boolean);
    return `${head} whether ${unsure.join(' and ')} ${unsure.length > 1 ? 'are parties' : 'is a party'} to ${name} on that date is ${a === false || b === false ? 'no: not a party' : 'unknown (the list of parties is incomplete)'}.${pts}`;
  }
  const lines: string[] = [];
  if (eioBound(k, S, date) && eioBound(k, T, date) && S !== T && (action === 'produce' || action === 'testimony')) {
    lines.push(`${head} both are bound by the European Investigation Order, which **replaces** mutual legal assistance between them: use \`eio\`.`);
  }
  const request = { action, data, ...offenceFactsOf(root.case) };
  const basis = mlaBasis(k, S, T, date, request);
  const prefix = lines.length ? '**MLA basis:**' : head;
  if (basis.status === 'in_force') lines.push(`${prefix} ${basis.instrument.sentence}.`);
  else if (basis.status === 'conditional') {
    const c = k.conventions?.[basis.instrument.id];
    lines.push(`${prefix} conditional: ${c?.short ?? basis.instrument.title}${basis.instrument.article ? ` (${basis.instrument.article})` : ''} binds ${S} and ${T} ${basis.why}: state \`${basis.key}\`.`);
  } else if (basis.status === 'none') lines.push(`${prefix} no treaty is in force between ${S} and ${T} (knowledge base); a letter rogatory is the fallback.`);
  else lines.push(`${prefix} unknown: ${basis.why}.`);
  // A scheme to show, never a basis: where no instrument is in force, between Commonwealth countries it may guide the request.
  const harare = k.facts?.harare_scheme;
  if (channel === 'mlat' && harare && (basis.status === 'none' || basis.status === 'unknown')) lines.push(`*${harare.title}: ${harare.note ?? 'not a legal basis'}*`);
  if (channel === 'mlat') {
    // Every instrument binding the pair on the date: a request often cites a treaty and a convention together.
    const all = mlaInstruments(k, S, T, date, request);
    if (all.length > 0) {
      const covers = (b: BindingInstrument) => (b.covers === 'in_force' ? '' : b.covers === 'conditional' ? ` (turns on \`${b.key}\`)` : ' (not this request)');
      lines.push(`**Instruments binding ${S} and ${T} on ${date}:**\n\n${all.map((b) => `- ${upper(b.instrument.sentence)}. Covers: ${b.scope}${covers(b)}.`).join('\n')}`);
    }
    const ca = mlaAuthority(k, S, T, date);
    lines.push(ca ? `Central authority of ${T}: ${ca.name}${workspaceNote(ca, 'name')}.` : `Central authority of ${T}: unknown; verify it.`);
  }
  return lines.join('\n\n');
}

/** On a channel value: the languages the addressee accepts, where the knowledge base knows them. */
function languagesLine(k: Knowledge, channel: string, value: unknown, requestPath: YamlPath): string | undefined {
  const root = (value ?? {}) as Record<string, unknown>;
  const r = (valueAt(value, requestPath) ?? {}) as Record<string, unknown>;
  const holder = (r.holder ?? {}) as Record<string, unknown>;
  const accepted = acceptedLanguages(k, { channel, requestingState: str(valueAt(root.case, ['requesting_state'])), requestedState: str(r.requested_state) ?? str(holder.country), holder: { name: str(holder.name), entity: str(holder.entity) } });
  return accepted ? `**Languages accepted by ${accepted.by}:** ${languageNames(accepted.languages)}${accepted.note ? ` (${accepted.note})` : ''}.${sourceLine(accepted.entry as Parameters<typeof sourceLine>[0])}` : undefined;
}

export function hoverAt(p: ParsedDocument, offset: number, knowledge: Knowledge, ctx: HoverContext = {}): Hover | undefined {
  // Every card reads the knowledge with its strings made inert for Markdown: a workspace knowledge
  // file can never put a link, an image or HTML into a card.
  const k = markdownSafe(knowledge);
  const hit = nodeAtOffset(p, offset);
  if (!hit || !hit.node.range) return undefined;
  const [start, end] = hit.node.range;
  const last = hit.path[hit.path.length - 1];
  const parent = hit.path[hit.path.length - 2];
  const schemaPath = hit.path.map((s) => (typeof s === 'number' ? 0 : s));
  if (hit.onKey) {
    const d = describe(schemaPath);
    return d ? { markdown: `**\`${String(last)}\`**: ${d}`, start, end } : undefined;
  }
  const value = String((hit.node as { value?: unknown }).value);
  let markdown: string | undefined;
  if (last === 'channel') {
    markdown = channelCard(k, value);
    const basis = markdown && hit.path.length === 3 && hit.path[0] === 'requests' ? basisCard(k, value, p.value, hit.path.slice(0, 2), ctx.today ?? localDate()) : undefined;
    if (basis) markdown = `${markdown}\n\n${basis}`;
    const langs = markdown && hit.path.length === 3 && hit.path[0] === 'requests' ? languagesLine(k, value, p.value, hit.path.slice(0, 2)) : undefined;
    if (langs) markdown = `${markdown}\n\n${langs}`;
  } else if (last === 'name' && parent === 'holder') {
    const h = valueAt(p.value, hit.path.slice(0, -1)) as { entity?: unknown } | undefined;
    markdown = providerCard(k, { name: value, entity: typeof h?.entity === 'string' ? h.entity : undefined });
  } else if (last === 'notice') {
    const n = k.notices[value];
    markdown = n ? `**INTERPOL ${value === 'diffusion' ? 'diffusion' : `${value} notice`}**\n\n${n.purpose}${n.fits ? `\n\nFits: ${n.fits.map((a) => `\`${a}\``).join(', ')}.` : ''}\n\nINTERPOL cannot compel evidence or arrests; each country decides under its own law.${k.notices_source ? sourceLine(k.notices_source) : ''}` : undefined;
  } else if (last === 'action' || (typeof last === 'number' && parent === 'data') || ['type', 'urgency'].includes(String(last))) {
    const info = valuesFor(schemaPath).find((v) => v.value === value);
    if (info) {
      markdown = `**\`${value}\`**: ${info.description}`;
      if (value === 'content' && k.content_wall) markdown += `\n\n${k.content_wall.summary}${sourceLine(k.content_wall)}`;
    }
  } else if (['country', 'requesting_state', 'requested_state', 'nationality'].includes(String(last))) {
    const name = countryName(value);
    if (name) markdown = `**${value}**: ${name}`;
    const own = last === 'requesting_state' ? (k.outgoing ?? []).find((o) => o.state === value) : undefined;
    if (markdown && own) markdown += `\n\n**Outgoing MLA requests:** ${own.transmits}${own.channel ? `; ${own.channel}` : ''}.${own.court_issues_letters_rogatory === true ? ' A letter rogatory is issued by a court.' : ''}${sourceLine(own)}`;
  }
  return markdown ? { markdown, start, end } : undefined;
}
