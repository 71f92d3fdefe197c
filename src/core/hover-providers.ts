// The hover card on a holder's name (spec providers.md): the provider registry's entry, with
// each fact citing its source by number; the sources, with their dates, listed once at the end.
// Facts that are not primary say "verify".
import { findProvider, fromWorkspace, HolderRef, Knowledge, ProviderFact, WORKSPACE_MARK } from '../knowledge';

// The card is built from `markdownSafe` knowledge (hover.ts): its strings are already inert
// (Markdown characters, table bars included, escaped; line breaks made spaces).

/** The sources a card cites, each once, numbered in the order of first use; listed at the end. */
class Sources {
  private readonly list: string[] = [];
  /** " [n]" for a fact, with its confidence when it is not primary. */
  cite(f: ProviderFact): string {
    const n = this.ref(f.source, f.checked_on);
    // A fact from the workspace knowledge file says so, whatever confidence it claims.
    const ws = fromWorkspace(f) ? ` (**${WORKSPACE_MARK}**)` : '';
    return f.confidence === 'primary' ? `${ws} [${n}]` : `${ws} *(${f.confidence}: **verify**)* [${n}]`;
  }
  ref(source: string, checked: string): number {
    const entry = `${source} (checked ${checked})`;
    const i = this.list.indexOf(entry);
    return i >= 0 ? i + 1 : this.list.push(entry);
  }
  render(): string[] {
    return this.list.length ? ['---', '', ...this.list.map((s, i) => `*[${i + 1}] ${s}*`).flatMap((l) => [l, ''])] : [];
  }
}

/**
 * The registry card for the provider a holder names, or undefined when it names none. What an
 * investigator acts on comes first (portal, preservation, emergency, content, who answers,
 * identifiers); each fact cites a numbered source, and the sources are listed once, at the end.
 */
export function providerCard(k: Knowledge, holder: HolderRef): string | undefined {
  const m = findProvider(k, holder);
  if (!m) return undefined;
  const p = m.provider;
  const src = new Sources();
  const title = p.entities?.find((e) => e.region === 'default')?.name ?? p.names?.[0] ?? m.id;
  const lines: string[] = [`**${title}**${p.type ? ` (${p.type.value}${src.cite(p.type)})` : ''}, provider registry: \`${m.id}\`${fromWorkspace(p, 'names') ? ` (**${WORKSPACE_MARK}**)` : ''}`, ''];
  if (p.portal) {
    const what = p.portal.none ? `none: the provider runs no law-enforcement portal${p.portal.contact ? `; contact: ${p.portal.contact}` : ''}` : `${p.portal.name ?? 'yes'}${p.portal.address ? `, ${p.portal.address}` : ''}`;
    lines.push(`**Portal:** ${what}.${p.portal.note ? ` ${sentence(p.portal.note)}.` : ''}${src.cite(p.portal)}`, '');
  }
  if (p.preservation) {
    const x = p.preservation;
    const period = x.days !== undefined
      ? `${x.days} days${x.extension_days !== undefined ? `, extended by ${x.extension_days} days` : ''}${x.max_extensions !== undefined ? ` at most ${x.max_extensions} time${x.max_extensions === 1 ? '' : 's'}` : ''}`
      : x.accepts ? 'accepted; period not stated' : 'not stated';
    lines.push(`**Preservation:** ${period}.${x.note ? ` ${sentence(x.note)}.` : ''}${src.cite(x)}`, '');
  }
  if (p.emergency) {
    const e = p.emergency;
    lines.push(`**Emergency requests:** ${e.accepts === true ? 'answered' : e.accepts === false ? 'not answered' : 'not stated'}${e.how ? `: ${e.how}` : ''}.${src.cite(e)}`, '');
  }
  if (p.content) lines.push(`**Content needs:** ${p.content.needs}${src.cite(p.content)}`, '');
  if (p.entities?.length) {
    lines.push('**Who answers** (by where the account holder lives):', '', '| region | entity | country | EU services | confidence |', '|---|---|---|---|---|');
    for (const e of p.entities) {
      const n = src.ref(e.source, e.checked_on);
      lines.push(`| ${e.region} | ${e.name}${e === m.entity ? ' (this one)' : ''} | ${e.country ?? '?'} | ${e.eu_services === undefined ? '?' : e.eu_services ? 'yes' : 'no'} | ${fromWorkspace(e) ? 'workspace file, check it; ' : ''}${e.confidence === 'primary' ? 'primary' : `${e.confidence}, verify`} [${n}] |`);
    }
    lines.push('');
    const addressed = p.entities.filter((e) => e.address);
    if (addressed.length) {
      lines.push('**Addresses:**', '');
      for (const e of addressed) lines.push(`- ${e.name}: ${e.address}${fromWorkspace(e) ? ` (**${WORKSPACE_MARK}**)` : ''}${e.confidence === 'primary' ? '' : ` (${e.confidence}, verify)`}`);
      lines.push('');
    }
  }
  if (p.entities_note) lines.push(`*${p.entities_note}.*`, '');
  if (p.identifiers?.length) {
    lines.push('**Identifiers accepted:**', '');
    for (const i of p.identifiers) lines.push(`- ${i.type}${i.description ? `: ${i.description}` : ''}${i.format ? ` (format: ${i.format})` : ''}${src.cite(i)}`);
    lines.push('');
  }
  if (p.names?.length) lines.push(`Also known as: ${p.names.join(', ')}.`, '');
  lines.push('Rules act only on primary facts; check the others before relying on them.', '', ...src.render());
  return lines.join('\n').trim();
}

/** A note as a sentence of its own ("a government-issued email ..." → "A government-issued email ..."). */
const sentence = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
