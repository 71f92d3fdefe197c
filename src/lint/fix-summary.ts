// What "Fix all problems in this case file" says when it is done: how many fixes it applied and
// how many problems remain, or why nothing was fixed. Plain text (a notification).
import type { FixResult } from './engine';

const problems = (n: number) => `${n} problem${n === 1 ? '' : 's'}`;

export function fixAllSummary(res: Pick<FixResult, 'applied' | 'remaining' | 'refused'>): string {
  const left = res.remaining.length;
  if (res.refused) return `Nothing was fixed: ${res.refused}. Correct the syntax error first.`;
  if (res.applied === 0) return left === 0 ? 'No which-channel problems in this file: nothing to fix.' : `Nothing was fixable automatically; ${problems(left)} remain${left === 1 ? 's' : ''} (see the Problems panel).`;
  return `Fixed ${problems(res.applied)}; ${left === 0 ? 'none remain' : `${left} remain${left === 1 ? 's' : ''}`}.`;
}
