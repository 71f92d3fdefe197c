// Hover cards: on a channel, action, notice, data or country value, what the guide and the
// knowledge base say (what it delivers and compels, typical speed, limits, sources); on a key,
// its schema description.
import { isMap, isPair, isScalar, isSeq, Node, Pair } from 'yaml';
import { Knowledge } from '../knowledge';
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

const sourceLine = (s: { source?: string; as_of?: string; verify?: boolean }) =>
  s.source ? `\n\n*Source: ${s.source}${s.as_of ? ` (as of ${s.as_of})` : ''}.${s.verify ? ' **Verify**: from general knowledge, not yet checked against a primary text.' : ''}*` : '';

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
  return lines.join('\n').trim() + sourceLine(c);
}

export function hoverAt(p: ParsedDocument, offset: number, k: Knowledge): Hover | undefined {
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
  if (last === 'channel') markdown = channelCard(k, value);
  else if (last === 'name' && parent === 'holder') {
    const h = valueAt(p.value, hit.path.slice(0, -1)) as { entity?: unknown } | undefined;
    markdown = providerCard(k, { name: value, entity: typeof h?.entity === 'string' ? h.entity : undefined });
  }
  else if (last === 'notice') {
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
  }
  return markdown ? { markdown, start, end } : undefined;
}
