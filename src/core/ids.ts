// Request ids, for the rules and for the core alike: a slug to build a fresh id from a holder's
// name, and the ids a document already uses (valid or not).

/** A slug for ids: `Meta Platforms, Inc.` → `meta-platforms-inc`. */
export const slug = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'holder';

/** Every request id written in a document's value, valid or not. */
export function idsOf(value: unknown): string[] {
  const reqs = (value as { requests?: unknown } | null)?.requests;
  return Array.isArray(reqs) ? reqs.map((r) => (r && typeof r === 'object' ? (r as Record<string, unknown>).id : undefined)).filter((id): id is string => typeof id === 'string') : [];
}

/** `base`, or `base-2`, `base-3`… : the first that `taken` does not hold. */
export function freshId(taken: ReadonlySet<string>, base: string): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
