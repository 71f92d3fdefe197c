// preservation-lapse: a preservation holds for a period (the provider's, else the channel's),
// while the production that builds on it may take months (an MLAT: 6 to 24 months). When the hold
// ends before the earliest answer of a `produce` request that builds on it (`after:` it, or the
// same holder), the data the preservation was meant to keep is lost. The fix adds the date
// 7 days before the lapse to `extended:`, so the plan shows when to send the extension.
import type { RequestView } from '../core/case';
import { label } from '../core/fixes';
import { addDays } from '../core/dates';
import { Hold, holdContinues, preservationHold } from '../core/preservation';
import type { Rule, RuleContext } from '../core/rule';
import type { Report } from '../core/types';
import { earliestDays, findProvider } from '../knowledge';
import { holderKey } from './util';

/** Days before the end of a hold that an extension is sent (X asks for at least 7). */
const EXTEND_BEFORE = 7;


interface Answer { date: string; r: RequestView }
interface Answers { byAfter: Map<string, Answer>; byHolder: Map<string, Answer> }

const indexes = new WeakMap<readonly RequestView[], Answers>();

/**
 * The earliest answers of the file's productions, indexed once per check: by the id they are
 * `after:`, and by holder (a large file has many requests; no scan per preservation).
 */
function answers(ctx: RuleContext): Answers {
  let idx = indexes.get(ctx.all);
  if (idx) return idx;
  idx = { byAfter: new Map(), byHolder: new Map() };
  for (const r of ctx.all) {
    if (r.action !== 'produce' || !r.channel) continue;
    const days = earliestDays(ctx.knowledge, r.channel, 'produce', ctx.caseView.urgency);
    if (days === undefined) continue;
    const a = { date: addDays(r.date, days), r };
    if (r.after !== undefined) {
      const prev = idx.byAfter.get(r.after);
      if (!prev || a.date > prev.date) idx.byAfter.set(r.after, a);
    }
    const key = holderKey(ctx, r.holder);
    if (key !== undefined) {
      const prev = idx.byHolder.get(key);
      if (!prev || a.date > prev.date) idx.byHolder.set(key, a);
    }
  }
  indexes.set(ctx.all, idx);
  return idx;
}

/** The latest earliest answer among the productions that build on `p` (`after:` it, or the same holder). */
function latestAnswer(ctx: RuleContext, p: RequestView): Answer | undefined {
  const idx = answers(ctx);
  let best = p.id !== undefined ? idx.byAfter.get(p.id) : undefined;
  const key = holderKey(ctx, p.holder);
  const same = key !== undefined ? idx.byHolder.get(key) : undefined;
  if (same && (!best || same.date > best.date)) best = same;
  return best;
}

function describeHold(h: Hold, who: string): string {
  const base = h.source === 'provider' ? `${who} holds a preservation ${h.days} days` : `a preservation on this channel holds ${h.days} days (no period of ${who} is known)`;
  const ext = h.extensionsUsed ? `, plus ${h.extensionsUsed} extension${h.extensionsUsed > 1 ? 's' : ''} of ${h.extensionDays} days` : '';
  return `${base}${ext}`;
}

export const preservationLapse: Rule = {
  meta: { id: 'preservation-lapse', severity: 'warning', kind: 'channel', summary: 'A preservation ends before the earliest answer of the request it waits for.' },
  check(ctx) {
    const out: Report[] = [];
    for (const p of ctx.caseView.requests) {
      if (p.action !== 'preserve') continue;
      const hold = preservationHold(ctx.knowledge, p);
      if (!hold) continue;
      const answer = latestAnswer(ctx, p);
      if (!answer || hold.end >= answer.date) continue;
      // The 24/7 network keeps the data once the request for assistance arrives within the hold.
      if (holdContinues(ctx.knowledge, p, hold, answer.r)) continue;
      const who = p.holder?.name ?? 'the holder';
      const room = hold.maxExtensions === undefined || hold.extensionsUsed < hold.maxExtensions;
      const send = addDays(hold.end, -EXTEND_BEFORE);
      const advice = room
        ? ` Plan an extension, sent by ${send} (${EXTEND_BEFORE} days before the lapse), as a separate request.`
        : ` ${who} grants no further extension (at most ${hold.maxExtensions}): get the production answered sooner, or ask for the data another way.`;
      const edits = !room ? [] : p.extended !== undefined && ctx.editor.seqAt([...p.path, 'extended'])
        ? ctx.editor.appendValue([...p.path, 'extended'], send)
        : ctx.editor.set(p.path, 'extended', `[${send}]`, 'sent');
      out.push({
        path: [...p.path, 'sent'],
        message: `${label(p)} lapses on ${hold.end}: ${describeHold(hold, who)} from ${hold.start}. ${label(answer.r)} ("${answer.r.channel}") is not answered before about ${answer.date}, so the data may be deleted before it arrives.${advice}`,
        fixes: edits.length ? [{ title: `Add an extension on ${send} to "extended"`, edits }] : [],
      });
    }
    return out;
  },
};
