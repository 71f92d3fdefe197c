// The one line a CodeLens shows above a request: when its answer can come, and whether its
// deadline can be met ("answer 2027-05 to 2028-11 · needed by 2027-01-15: too late").
import { daysBetween } from '../core/dates';
import type { PlanRow } from './model';

/** Dates of a short window in days, a long one in months. */
function windowText(r: PlanRow): string | undefined {
  if (!r.earliest || !r.latest) return undefined;
  const long = daysBetween(r.start, r.latest) > 62;
  const d = (s: string) => (long ? s.slice(0, 7) : s);
  const more = r.openEnded ? ' or later' : '';
  return r.earliest === r.latest ? `answer about ${d(r.earliest)}${more}` : `answer ${d(r.earliest)} to ${d(r.latest)}${more}`;
}

export function lensText(r: PlanRow): string | undefined {
  const parts: string[] = [];
  const w = windowText(r);
  if (w) parts.push(w);
  else if (r.channel && r.action) parts.push(r.speed ? `answer: ${r.speed.toLowerCase()}` : 'answer: no typical speed known');
  else return undefined;
  if (r.neededBy) parts.push(r.verdict ? `needed by ${r.neededBy}: ${r.verdict}` : `needed by ${r.neededBy}`);
  if (r.hold) parts.push(`hold lapses ${r.hold.end}${r.hold.lapsesBeforeAnswer ? ', before an answer it protects' : ''}`);
  return parts.join(' · ');
}
