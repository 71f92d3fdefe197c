// The hover card on a holder's name (spec providers.md): the provider registry's entry, with
// every fact's source, date and confidence. Facts that are not primary say "verify".
import { findProvider, fromWorkspace, HolderRef, Knowledge, ProviderFact, WORKSPACE_MARK } from '../knowledge';

// The card is built from `markdownSafe` knowledge (hover.ts): its strings are already inert.

/**
 * "(source, checked 2025-11-19, primary)" or the same with **verify** for the others; a fact from
 * the workspace knowledge file says so first, whatever confidence it claims.
 */
function cite(f: ProviderFact): string {
  const how = f.confidence === 'primary' ? 'primary' : `${f.confidence}: **verify**`;
  return `${fromWorkspace(f) ? `**${WORKSPACE_MARK}** ` : ''}*(${how}; checked ${f.checked_on}; source: ${f.source})*`;
}

/** The registry card for the provider a holder names, or undefined when it names none. */
export function providerCard(k: Knowledge, holder: HolderRef): string | undefined {
  const m = findProvider(k, holder);
  if (!m) return undefined;
  const p = m.provider;
  const title = p.entities?.find((e) => e.region === 'default')?.name ?? p.names?.[0] ?? m.id;
  const lines: string[] = [`**${title}** (provider registry: \`${m.id}\`)${fromWorkspace(p, 'names') ? ` (**${WORKSPACE_MARK}**)` : ''}`, ''];
  if (p.names?.length) lines.push(`Also known as: ${p.names.join(', ')}.`, '');
  if (p.type) lines.push(`**Type:** ${p.type.value} ${cite(p.type)}`, '');
  if (p.entities?.length) {
    lines.push('**Who answers** (by where the account holder lives):', '', '| region | entity | country | EU services | confidence |', '|---|---|---|---|---|');
    for (const e of p.entities) {
      lines.push(`| ${e.region} | ${e.name}${e === m.entity ? ' (this one)' : ''} | ${e.country ?? '?'} | ${e.eu_services === undefined ? '?' : e.eu_services ? 'yes' : 'no'} | ${fromWorkspace(e) ? 'workspace file, check it; ' : ''}${e.confidence === 'primary' ? 'primary' : `${e.confidence}, verify`} |`);
    }
    lines.push('');
    const addressed = p.entities.filter((e) => e.address);
    if (addressed.length) {
      lines.push('**Addresses:**', '');
      for (const e of addressed) lines.push(`- ${e.name}: ${e.address}${fromWorkspace(e) ? ` (**${WORKSPACE_MARK}**)` : ''}${e.confidence === 'primary' ? '' : ` (${e.confidence}, verify)`}`);
      lines.push('');
    }
    const sources = [...new Set(p.entities.map((e) => `${e.source} (checked ${e.checked_on})`))];
    lines.push(`*Entities: ${sources.join('; ')}.*`, '');
  }
  if (p.entities_note) lines.push(`*${p.entities_note}.*`, '');
  if (p.portal) {
    const what = p.portal.none ? `none: the provider runs no law-enforcement portal${p.portal.contact ? `; contact: ${p.portal.contact}` : ''}` : `${p.portal.name ?? 'yes'}${p.portal.address ? `, ${p.portal.address}` : ''}`;
    lines.push(`**Portal:** ${what}.${p.portal.note ? ` ${p.portal.note}.` : ''} ${cite(p.portal)}`, '');
  }
  if (p.preservation) {
    const x = p.preservation;
    const period = x.days !== undefined
      ? `${x.days} days${x.extension_days !== undefined ? `, extended by ${x.extension_days} days` : ''}${x.max_extensions !== undefined ? ` at most ${x.max_extensions} time${x.max_extensions === 1 ? '' : 's'}` : ''}`
      : x.accepts ? 'accepted; period not stated' : 'not stated';
    lines.push(`**Preservation:** ${period}.${x.note ? ` ${x.note}.` : ''} ${cite(x)}`, '');
  }
  if (p.emergency) {
    const e = p.emergency;
    lines.push(`**Emergency requests:** ${e.accepts === true ? 'answered' : e.accepts === false ? 'not answered' : 'not stated'}${e.how ? `: ${e.how}` : ''}. ${cite(e)}`, '');
  }
  if (p.content) lines.push(`**Content needs:** ${p.content.needs} ${cite(p.content)}`, '');
  if (p.identifiers?.length) {
    lines.push('**Identifiers accepted:**', '');
    for (const i of p.identifiers) lines.push(`- ${i.type}${i.description ? `: ${i.description}` : ''}${i.format ? ` (format: ${i.format})` : ''} ${cite(i)}`);
    lines.push('');
  }
  lines.push('Rules act only on primary facts; check the others before relying on them.');
  return lines.join('\n').trim();
}
