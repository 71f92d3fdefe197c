// The languages an addressee accepts a request in (forms.md, section 5): a requested state's, for a
// European Investigation Order (Directive 2014/41/EU Art. 5(2)) or a mutual legal assistance
// request (UNTOC Art. 18(14), its law), and a provider's, for a request sent to it directly. Facts
// come from the knowledge file; an absent or unverified one is unknown, and unknown is silent.
import type { Knowledge, LanguageEntry } from './index';
import { findProvider, HolderRef, primaryFact } from './providers';

export interface AcceptedLanguages {
  /** ISO 639-1 codes. */
  languages: string[];
  /** Who accepts them: a state code, or the provider's name. */
  by: string;
  /** `eio`, `mla` (a state) or `provider`. */
  kind: 'eio' | 'mla' | 'provider';
  source: string;
  note?: string;
  /** The knowledge entry (for provenance). */
  entry: object;
}

const PROVIDER_CHANNELS = new Set(['lers', 'cloud_act', 'eu_production_order', 'eu_preservation_order']);

function fromState(list: readonly LanguageEntry[] | undefined, kind: 'eio' | 'mla', requesting: string | undefined, requested: string): AcceptedLanguages | undefined {
  const e = (list ?? []).find((x) => x.state === requested);
  if (!e || e.verify) return undefined;
  const extra = (e.reciprocity ?? []).filter((r) => r.state === requesting).flatMap((r) => r.languages);
  return { languages: [...new Set([...e.languages, ...extra])], by: requested, kind, source: e.source, note: e.note, entry: e };
}

/**
 * The languages the addressee of a request accepts, where the knowledge says so: the requested
 * state's for `eio` and `mlat`, the provider's (a primary fact) for a request sent to a provider.
 */
export function acceptedLanguages(k: Knowledge, r: { channel?: string; requestingState?: string; requestedState?: string; holder?: HolderRef }): AcceptedLanguages | undefined {
  if (r.channel === 'eio' && r.requestedState) return fromState(k.languages?.eio, 'eio', r.requestingState, r.requestedState);
  if (r.channel === 'mlat' && r.requestedState) return fromState(k.languages?.mla, 'mla', r.requestingState, r.requestedState);
  if (r.channel && PROVIDER_CHANNELS.has(r.channel) && r.holder) {
    const m = findProvider(k, r.holder);
    const f = m ? primaryFact(m.provider.languages) : undefined;
    if (f) return { languages: f.value, by: m!.provider.names?.[0] ?? m!.id, kind: 'provider', source: f.source, note: f.note, entry: f };
  }
  return undefined;
}

const names = new Intl.DisplayNames(['en'], { type: 'language' });
/** "German", "Dutch or English": a language list in words (the runtime's own names for ISO 639-1 codes). */
export function languageNames(codes: readonly string[]): string {
  const words = codes.map((c) => names.of(c) ?? c);
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}
