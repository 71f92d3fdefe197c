// Calendar dates as `YYYY-MM-DD` strings (UTC arithmetic, so a day is always a day).

const DAY = 86_400_000;

/** `YYYY-MM-DD` plus a number of days. */
export function addDays(date: string, days: number): string {
  // A file asks the same few sums thousands of times: remember them (bounded).
  let byDays = sums.get(date);
  if (!byDays) {
    if (sums.size >= 4096) sums.clear();
    sums.set(date, (byDays = new Map()));
  }
  let out = byDays.get(days);
  if (out === undefined) {
    const t = Date.parse(`${date}T00:00:00Z`);
    out = Number.isNaN(t) ? date : new Date(t + days * DAY).toISOString().slice(0, 10);
    byDays.set(days, out);
  }
  return out;
}
const sums = new Map<string, Map<number, string>>();

/** Whole days from `a` to `b` (negative when `b` is earlier); NaN for a date that does not parse. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY);
}

/** A real calendar date `YYYY-MM-DD`. */
export const isDate = (s: unknown): s is string => typeof s === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;
