// Calendar dates as `YYYY-MM-DD` strings (UTC arithmetic, so a day is always a day).

const DAY = 86_400_000;

/** `YYYY-MM-DD` plus a number of days. */
export function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(t) ? date : new Date(t + days * DAY).toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (negative when `b` is earlier); NaN for a date that does not parse. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY);
}

/** A real calendar date `YYYY-MM-DD`. */
export const isDate = (s: unknown): s is string => typeof s === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;
