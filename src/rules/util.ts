// Small helpers the rules share: raw values for copying into a new request, fresh ids, dates.
// Helpers the core needs too (`slug`, `idsOf`) live in src/core/ids.ts.
import type { RuleContext } from '../core/rule';
import { valueAt } from '../core/parse';
import type { YamlPath } from '../core/types';
import { findProvider } from '../knowledge';

/** The plain value at a path, as written (for copying a holder or identifiers into a new request). */
export function rawValue(ctx: RuleContext, path: YamlPath): unknown {
  return valueAt(ctx.parsed.value, path);
}


/** `base`, or `base-2`, `base-3`… : the first that no request uses. */
export function uniqueId(ctx: RuleContext, base: string): string {
  const taken = ctx.ids;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** A holder name for matching: case and punctuation ignored. */
export const nameKey = (a: string) => a.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** `YYYY-MM-DD` plus a number of days (UTC calendar arithmetic). */
export function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(t) ? date : new Date(t + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A holder's key for "the same holder": the provider registry id where the holder names a
 * provider (so "Instagram" and "Meta Platforms, Inc." are one holder), else its name with case
 * and punctuation ignored.
 */
export function holderKey(ctx: RuleContext, h: { name?: string; entity?: string } | undefined): string | undefined {
  if (!h?.name && !h?.entity) return undefined;
  const m = findProvider(ctx.knowledge, h);
  return m ? `#${m.id}` : h.name ? nameKey(h.name) : undefined;
}
