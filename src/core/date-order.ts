// Impossible orders of a request's dates (register.md): a request is acknowledged, answered,
// refused, withdrawn, reminded of or extended only after it is sent. JSON Schema cannot compare
// two values, so the schema check runs this after the compiled validator and reports each in
// the `schema` rule's name, on the later date, in plain words; the refused date is then treated
// as absent like any value the schema refused.
import type { Report } from './types';

type Json = Record<string, unknown>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const obj = (v: unknown): Json | undefined => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined);

/** What a date field records, as the message says it ("a request cannot be <verb> before it is sent"). */
const VERBS: Record<string, string> = {
  acknowledged: 'acknowledged',
  answered: 'answered',
  refused: 'refused',
  withdrawn: 'withdrawn',
  reminders: 'reminded of',
  extended: 'extended',
};

/** The keys whose dates follow `sent`. */
const LATER = Object.keys(VERBS);

/**
 * The date-order findings of a parsed case value, each with the JSON pointer of the date it
 * refuses. Dates the schema already refused (`bad`) and requests with no valid `sent` are skipped.
 */
export function checkDateOrder(value: unknown, bad: ReadonlySet<string>): { report: Report; pointer: string }[] {
  const out: { report: Report; pointer: string }[] = [];
  const items = obj(value)?.requests;
  if (!Array.isArray(items)) return out;
  for (let i = 0; i < items.length; i++) {
    const r = obj(items[i]);
    // Most requests have none of the dates that follow `sent`: nothing is built for them.
    if (!r || typeof r.sent !== 'string' || !LATER.some((key) => r[key] !== undefined)) continue;
    const base = `/requests/${i}`;
    if (!DATE.test(r.sent) || bad.has(base) || bad.has(`${base}/sent`)) continue;
    const sent = r.sent;
    const check = (date: unknown, path: (string | number)[], key: string) => {
      if (typeof date !== 'string' || date >= sent || !DATE.test(date)) return;
      const pointer = `${base}/${path.join('/')}`;
      if (bad.has(pointer)) return;
      const what = path.length > 1 && typeof path[1] === 'number' ? `A date in "${key}"` : `"${path.join('.')}"`;
      out.push({
        pointer,
        report: { path: ['requests', i, ...path], message: `${what} (${date}) is before "sent" (${sent}): a request cannot be ${VERBS[key]} before it is sent.` },
      });
    };
    for (const key of ['acknowledged', 'answered', 'withdrawn']) if (r[key] !== undefined) check(r[key], [key], key);
    const refused = obj(r.refused);
    if (refused && !bad.has(`${base}/refused`)) check(refused.on, ['refused', 'on'], 'refused');
    for (const key of ['reminders', 'extended']) {
      const list = r[key];
      if (Array.isArray(list) && !bad.has(`${base}/${key}`)) list.forEach((d, j) => check(d, [key, j], key));
    }
  }
  return out;
}
