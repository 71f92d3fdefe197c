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
import type { Finding, Fix, FollowUp, TextEdit } from './types';
import { Knowledge, sameHolderKey } from '../knowledge';

/** Whether a request is a record: sent on or before `today` (a later `sent:` is a plan). */
export const isRecord = (r: Pick<RequestView, 'sent'>, today: string): boolean => r.sent !== undefined && r.sent <= today;

/** The spans (offsets, the request's map from its first key to its last value) of the records among `requests`. */
export function recordSpans(parsed: ParsedDocument, requests: readonly RequestView[], today: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const r of requests) {
    if (!isRecord(r, today)) continue;
    const range = (locate(parsed.doc, r.path).node as { range?: [number, number, number] } | undefined)?.range;
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

/** Whether a fix may be offered with these records in the file: it changes none of them, or only as `sparesRecord` allows. */
export const sparesRecords = (fix: Fix, spans: readonly [number, number][]): boolean => fix.sparesRecord === true || !fix.edits.some((e) => spans.some((sp) => inside(e, sp)));

/** Whether `r` is the follow-up `fu` describes. */
export function answers(k: Knowledge, fu: FollowUp, r: RequestView): boolean {
  if (r.channel !== fu.channel || r.action !== fu.action) return false;
  if (sameHolderKey(k, r.holder) !== fu.holder) return false;
  if (fu.requestedState !== undefined && r.requestedState !== fu.requestedState) return false;
  return (fu.data ?? []).every((d) => r.data?.includes(d as never));
}

/**
 * Drop the findings on a record that a follow-up in the file already answers: a finding whose
 * fixes include a follow-up (only a record's do) and some other request of `all` is that follow-up.
 */
export function dropAnswered(findings: Finding[], all: readonly RequestView[], k: Knowledge): Finding[] {
  if (!findings.some((f) => f.fixes.some((x) => x.followUp))) return findings;
  return findings.filter((f) => {
    const fu = f.fixes.find((x) => x.followUp)?.followUp;
    return !fu || !all.some((r) => r.index !== f.requestIndex && answers(k, fu, r));
  });
}
