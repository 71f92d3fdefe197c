// preservation-lapse: a preservation holds for a period (the provider's, else the channel's),
// while the production that builds on it may take months (an MLAT: 6 to 24 months). When the hold
// ends before the earliest answer of a `produce` request that builds on it (`after:` it, or the
// same holder), the data the preservation was meant to keep is lost. The fix adds the date
// 7 days before the lapse to `planned_extensions:`, so the plan shows when to send the extension;
// `extended:` records extensions sent, and a fix never writes what has not happened.
import type { RequestView } from '../core/case';
import { label } from '../core/fixes';
import { addDays } from '../core/dates';
import { Hold, preservationLapses } from '../core/preservation';
import type { Rule, RuleContext } from '../core/rule';
import type { Report } from '../core/types';

/** Days before the end of a hold that an extension is sent (X asks for at least 7). */
const EXTEND_BEFORE = 7;


type LapseOf = ReturnType<typeof preservationLapses>;
const byFile = new WeakMap<readonly RequestView[], LapseOf>();

/** The file's productions indexed once per check (per `ctx.all`), for every preservation. */
function lapseOf(ctx: RuleContext): LapseOf {
  let of = byFile.get(ctx.all);
  if (!of) byFile.set(ctx.all, (of = preservationLapses(ctx.knowledge, ctx.all, ctx.caseView.urgency)));
  return of;
}

function describeHold(h: Hold, who: string): string {
  const base = h.source === 'provider' ? `${who} holds a preservation ${h.days} days` : `a preservation on this channel holds ${h.days} days (no period of ${who} is known)`;
  const sent = h.extensionsUsed - h.extensionsPlanned;
  const plural = (n: number) => (n > 1 ? 's' : '');
  const parts = [sent ? `${sent} extension${plural(sent)}` : '', h.extensionsPlanned ? `${h.extensionsPlanned} planned extension${plural(h.extensionsPlanned)}` : ''].filter(Boolean);
  const ext = parts.length ? `, plus ${parts.join(' and ')} of ${h.extensionDays} days` : '';
  return `${base}${ext}`;
}

export const preservationLapse: Rule = {
  meta: { id: 'preservation-lapse', severity: 'warning', kind: 'channel', summary: 'A preservation ends before the earliest answer of the request it waits for.' },
  check(ctx) {
    const out: Report[] = [];
    for (const p of ctx.caseView.requests) {
      if (p.action !== 'preserve') continue;
      const lapse = lapseOf(ctx)(p);
      if (!lapse?.lapses || !lapse.answer) continue;
      const { hold } = lapse;
      const answer = lapse.answer;
      const who = p.holder?.name ?? 'the holder';
      const room = hold.maxExtensions === undefined || hold.extensionsUsed < hold.maxExtensions;
      const send = addDays(hold.end, -EXTEND_BEFORE);
      const advice = room
        ? ` Plan an extension, sent by ${send} (${EXTEND_BEFORE} days before the lapse), as a separate request.`
        : ` ${who} grants no further extension (at most ${hold.maxExtensions}): get the production answered sooner, or ask for the data another way.`;
      const planned = [...p.path, 'planned_extensions'];
      const edits = !room ? [] : p.planned_extensions !== undefined && ctx.editor.seqAt(planned)
        ? ctx.editor.appendValue(planned, send)
        : ctx.editor.set(p.path, 'planned_extensions', `[${send}]`, p.extended !== undefined ? 'extended' : 'sent');
      out.push({
        path: [...p.path, 'sent'],
        message: `${label(p)} lapses on ${hold.end}: ${describeHold(hold, who)} from ${hold.start}. ${label(answer.r)} ("${answer.r.channel}") is not answered before about ${answer.date}, so the data may be deleted before it arrives.${advice}`,
        fixes: edits.length ? [{ title: `Plan an extension, to send by ${send} ("planned_extensions")`, edits, sparesRecord: true }] : [],
      });
    }
    return out;
  },
};
