// How long a preservation holds (spec providers.md, `preservation-lapse`; plan.md draws it): the
// provider's own period where the registry states it as a primary fact, else the channel's
// (`hold_days` in the knowledge base: 90 days through a portal, 60 on the 24/7 network and the
// European Preservation Order), counted from the request's date, plus the extension period for
// each `extended:` date (an extension sent) and each `planned_extensions:` date (one to send: the
// plan counts it, the record does not claim it), up to the provider's maximum. On the 24/7 network the hold continues
// once the request for assistance it waits for is received (Art. 29(7)). Whether a hold lapses
// before the answer it protects is decided here once, for the `preservation-lapse` rule and the
// plan alike. Pure: dates in, dates out.
import { earliestDays, findProvider, Knowledge, primaryPreservation, sameHolderKey } from '../knowledge';
import type { RequestView } from './case';
import { addDays } from './dates';

export interface Hold {
  start: string;
  end: string;
  days: number;
  extensionDays: number;
  /** Extensions counted, sent and planned. */
  extensionsUsed: number;
  /** Of those, the ones only planned (`planned_extensions:`). */
  extensionsPlanned: number;
  maxExtensions?: number;
  source: 'provider' | 'default';
}

/** The channels that preserve data (a treaty request never freezes data in time). */
export const PRESERVATION_CHANNELS: readonly string[] = ['lers', 'network_24_7', 'eio', 'eu_preservation_order'];

const DATE = /^\d{4}-\d{2}-\d{2}$/;


/**
 * The hold of a `preserve` request with a date: provider period (primary facts only), else the
 * channel's `hold_days` (90 on lers, 60 on network_24_7 and eu_preservation_order); each `extended:` date adds the
 * extension period (else the same period again), up to max_extensions. Undefined when it cannot
 * be known.
 *
 * Only on a channel that preserves (`lers`, `network_24_7`, `eio`, `eu_preservation_order`); an
 * `eio` has no default period (the executing state sets it).
 *
 * `end` is the last day the data is held. An extension counts only when it is dated on or before
 * the end of the hold it extends (an extension sent after the lapse preserves nothing), and only
 * up to `max_extensions`; later ones are ignored.
 */
export function preservationHold(k: Knowledge, r: RequestView): Hold | undefined {
  if (r.action !== 'preserve' || !r.sent || !DATE.test(r.sent)) return undefined;
  if (!r.channel || !PRESERVATION_CHANNELS.includes(r.channel)) return undefined;
  const match = findProvider(k, r.holder);
  const stated = match ? primaryPreservation(match.provider) : undefined;
  let days: number | undefined;
  let extensionDays: number | undefined;
  let maxExtensions: number | undefined;
  let source: Hold['source'];
  if (stated?.days !== undefined) {
    days = stated.days;
    extensionDays = stated.extension_days ?? stated.days;
    maxExtensions = stated.max_extensions;
    source = 'provider';
  } else {
    const channel = k.channels[r.channel as string];
    days = channel?.hold_days;
    extensionDays = channel?.hold_extension_days ?? days;
    source = 'default';
  }
  if (days === undefined || extensionDays === undefined) return undefined;
  let end = addDays(r.sent, days);
  let used = 0;
  let planned = 0;
  const sent = new Set((r.extended ?? []).filter((d) => DATE.test(d)));
  const dates = [...new Set([...sent, ...(r.planned_extensions ?? []).filter((d) => DATE.test(d))])].sort();
  for (const d of dates) {
    if (maxExtensions !== undefined && used >= maxExtensions) break;
    if (d > end) break;
    end = addDays(end, extensionDays);
    used++;
    if (!sent.has(d)) planned++;
  }
  return { start: r.sent, end, days, extensionDays, extensionsUsed: used, extensionsPlanned: planned, maxExtensions, source };
}

/** The channels of a request for assistance that a preservation can wait for (Budapest Art. 29(1), 31). */
const ASSISTANCE_CHANNELS: readonly string[] = ['mlat', 'letter_rogatory', 'eio'];

/**
 * Whether the hold of preservation `p` outlasts its end because `follower`, the request for
 * assistance it waits for, is sent within the hold and the channel keeps the data until that
 * request is decided (the knowledge's `hold_continues_pending_request`: Budapest Art. 29(7)).
 */
export function holdContinues(k: Knowledge, p: RequestView, hold: Hold, follower: RequestView): boolean {
  if (!p.channel || k.channels[p.channel]?.hold_continues_pending_request !== true) return false;
  if (!follower.channel || !ASSISTANCE_CHANNELS.includes(follower.channel)) return false;
  return !!follower.sent && DATE.test(follower.sent) && follower.sent <= hold.end;
}

/** The earliest answer of a production: the date and the request. */
export interface Answer { date: string; r: RequestView }

/** A preservation's hold against the latest earliest answer of the productions that build on it. */
export interface HoldLapse {
  hold: Hold;
  /** The latest earliest answer among the productions `after:` it or to the same holder. */
  answer?: Answer;
  /** The hold ends before that answer, and the 24/7 network does not keep the data for it. */
  lapses: boolean;
}

/**
 * For the requests of a file: a function that gives a preservation's hold, the latest earliest
 * answer that builds on it (a `produce` `after:` its id, or to the same holder by `sameHolderKey`)
 * and whether the hold lapses before that answer, unless `holdContinues` for it. The answers are
 * indexed once, by `after:` id and by holder, at the first preservation with a hold (a file may have thousands of
 * requests; no scan per preservation). Undefined for a request with no known hold.
 */
export function preservationLapses(k: Knowledge, all: readonly RequestView[], urgency?: string): (p: RequestView) => HoldLapse | undefined {
  let byAfter: Map<string, Answer> | undefined;
  let byHolder: Map<string, Answer> | undefined;
  const index = () => {
    byAfter = new Map();
    byHolder = new Map();
    for (const r of all) {
      if (r.action !== 'produce' || !r.channel) continue;
      const days = earliestDays(k, r.channel, 'produce', urgency);
      if (days === undefined) continue;
      const a = { date: addDays(r.date, days), r };
      if (r.after !== undefined) {
        const prev = byAfter.get(r.after);
        if (!prev || a.date > prev.date) byAfter.set(r.after, a);
      }
      const key = sameHolderKey(k, r.holder);
      if (key !== undefined) {
        const prev = byHolder.get(key);
        if (!prev || a.date > prev.date) byHolder.set(key, a);
      }
    }
  };
  return (p) => {
    const hold = preservationHold(k, p);
    if (!hold) return undefined;
    if (!byAfter || !byHolder) index();
    let answer = p.id !== undefined ? byAfter!.get(p.id) : undefined;
    const key = sameHolderKey(k, p.holder);
    const same = key !== undefined ? byHolder!.get(key) : undefined;
    if (same && (!answer || same.date > answer.date)) answer = same;
    // The 24/7 network keeps the data once the request for assistance arrives within the hold.
    const lapses = !!answer && answer.date > hold.end && !holdContinues(k, p, hold, answer.r);
    return { hold, answer, lapses };
  };
}
