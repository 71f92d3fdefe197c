// A case file is a record. A request with a `sent:` date on or before today went out as it is
// written: no fix may change what it says (its channel, holder, data, addressee, `after:`...).
// Where a sent request went the wrong way, the fix adds a new request on the right route and
// leaves the record alone; once such a follow-up exists, the finding on the record has been
// answered and does not repeat.
//
// "Such a follow-up exists" is matched on what the request asks, not on how it is linked: another
// request with the follow-up's channel and action, the same holder (`sameHolderKey`: a registry
// provider or, else, the name with case and punctuation ignored; no holder on both sides counts),
// the same requested state where the follow-up's channel takes one, and data covering the data
// the follow-up asks for. It need not say `after:` the record (a request written by hand on the
// right route answers the finding too), and it may itself be sent or not.
import type { RequestView } from './case';
import { locate, ParsedDocument } from './parse';
import type { Finding, Fix, TextEdit } from './types';
import { Knowledge, sameHolderKey } from '../knowledge';

/** Whether a request is a record: sent on or before `today` (a later `sent:` is a plan). */
export const isRecord = (r: Pick<RequestView, 'sent'>, today: string): boolean => r.sent !== undefined && r.sent <= today;

/** The spans (offsets, the request's map from its first key to its last value) of the records among `requests`. */
export function recordSpans(parsed: ParsedDocument, requests: readonly RequestView[], today: string): [number, number][] {
  const spans: [number, number][] = [];
  // The list is found once; each request's node is its item (a request's path is `['requests', i]`).
  let items: unknown[] | undefined;
  for (const r of requests) {
    if (!isRecord(r, today)) continue;
    items ??= ((locate(parsed.doc, ['requests']).node as { items?: unknown[] } | undefined)?.items ?? []);
    const node = r.path.length === 2 && r.path[0] === 'requests' && typeof r.path[1] === 'number' ? items[r.path[1]] : locate(parsed.doc, r.path).node;
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (!range) continue;
    // The node's end may take in the line break and the next line's indent: the request ends at its last character.
    let end = range[1];
    while (end > range[0] && /\s/.test(parsed.text[end - 1])) end--;
    spans.push([range[0], end]);
  }
  return spans;
}

/** Whether an edit changes text inside a span (an insertion at either end does not). */
const inside = (e: TextEdit, [s, end]: [number, number]) => (e.start === e.end ? e.start > s && e.start < end : e.start < end && e.end > s);

/**
 * Whether an edit changes a record. The spans are disjoint and in document order, so only the
 * last span that starts before the edit ends can hold it: a binary search, not a scan (a file of
 * 10,000 sent requests has as many spans, and every fix of every finding is checked).
 */
function hitsRecord(e: TextEdit, spans: readonly [number, number][]): boolean {
  const limit = e.start === e.end ? e.start : e.end;
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid][0] < limit) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found >= 0 && inside(e, spans[found]);
}

/** Whether a fix may be offered with these records in the file (spans in document order): it changes none of them, or only as `sparesRecord` allows. */
export const sparesRecords = (fix: Fix, spans: readonly [number, number][]): boolean => fix.sparesRecord === true || !fix.edits.some((e) => hitsRecord(e, spans));

const keyOf = (channel: string | undefined, action: string | undefined, holder: string | undefined) => `${channel}\u0000${action}\u0000${holder ?? ''}`;

/**
 * Drop the findings on a record that a follow-up in the file already answers: a finding whose
 * fixes include a follow-up (only a record's do) and some other request of `all` is that follow-up
 * (the same channel, action and holder; the requested state where the follow-up names one; data
 * covering the follow-up's). The requests are indexed once by channel, action and holder.
 */
export function dropAnswered(findings: Finding[], all: readonly RequestView[], k: Knowledge): Finding[] {
  // The follow-up each finding offers, where one does (one pass; most findings have none).
  const followUps = new Map<Finding, NonNullable<Fix['followUp']>>();
  const wanted = new Map<string | undefined, Set<string | undefined>>();
  for (const f of findings) {
    for (const x of f.fixes) {
      if (!x.followUp) continue;
      followUps.set(f, x.followUp);
      const actions = wanted.get(x.followUp.channel);
      if (actions) actions.add(x.followUp.action);
      else wanted.set(x.followUp.channel, new Set([x.followUp.action]));
      break;
    }
  }
  if (followUps.size === 0) return findings;
  // Only requests with the channel and action of some follow-up can be one: the holder's key (a
  // registry lookup) is computed for those alone.
  const byKey = new Map<string, RequestView[]>();
  for (const r of all) {
    if (!wanted.get(r.channel)?.has(r.action)) continue;
    const key = keyOf(r.channel, r.action, sameHolderKey(k, r.holder));
    const list = byKey.get(key);
    if (list) list.push(r);
    else byKey.set(key, [r]);
  }
  // Records that went the same wrong way ask the same question: its answer (the first two
  // requests that are such a follow-up; one of them is not the record itself) is found once.
  const answers = new Map<string, number[]>();
  return findings.filter((f) => {
    const fu = followUps.get(f);
    if (!fu) return true;
    const question = `${keyOf(fu.channel, fu.action, fu.holder)}\u0000${fu.requestedState}\u0000${fu.data?.join('\u0001')}`;
    let found = answers.get(question);
    if (!found) {
      found = [];
      for (const r of byKey.get(keyOf(fu.channel, fu.action, fu.holder)) ?? []) {
        if ((fu.requestedState === undefined || r.requestedState === fu.requestedState) && (fu.data ?? []).every((d) => r.data?.includes(d as never))) found.push(r.index);
        if (found.length === 2) break;
      }
      answers.set(question, found);
    }
    return !found.some((i) => i !== f.requestIndex);
  });
}
