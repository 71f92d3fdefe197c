// Preservation holds: how long a `preserve` request keeps the data frozen, and when it lapses.
// This version uses the default periods only; the provider registry (providers.md) gives a
// provider's own period where it states one, behind the same signature.
import type { Knowledge } from '../knowledge';
import type { RequestView } from './case';
import { addDays, isDate } from './dates';

export interface Hold { start: string; end: string; days: number; extensionDays: number; extensionsUsed: number; maxExtensions?: number; source: 'provider' | 'default' }

/** Default hold periods in days by channel (providers.md, "preservation-lapse"). */
const DEFAULT_DAYS: Readonly<Record<string, number>> = { lers: 90, network_24_7: 60, eu_preservation_order: 60 };

/** The `extended:` dates of a request, read defensively from its raw value (a list of dates). */
function extendedDates(r: RequestView): string[] {
  const raw = (r as unknown as { extended?: unknown }).extended;
  return Array.isArray(raw) ? raw.filter(isDate) : [];
}

/**
 * The hold of a `preserve` request with a date: provider period, else 90 days on lers, 60 on
 * network_24_7 and eu_preservation_order; each `extended:` date (a list of dates on the request)
 * adds the extension period up to max_extensions.
 */
export function preservationHold(k: Knowledge, r: RequestView): Hold | undefined {
  void k; // the provider registry (another branch) reads its periods from the knowledge
  if (r.action !== 'preserve' || !r.channel || !r.date) return undefined;
  const days = DEFAULT_DAYS[r.channel];
  if (days === undefined) return undefined;
  const extensionDays = days;
  const extensionsUsed = extendedDates(r).length;
  return { start: r.date, end: addDays(r.date, days + extensionsUsed * extensionDays), days, extensionDays, extensionsUsed, source: 'default' };
}
