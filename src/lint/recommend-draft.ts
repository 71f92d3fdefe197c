// "Recommend a channel" into a case text: the drafted request appended to the file and, when the
// preserve-first rule would fire on it, the preservation request that rule's own fix adds before
// it, so the extension never warns about its own draft.
import { appendRequestEdits, applyEdits, Editor } from '../core/edits';
import { parseText } from '../core/parse';
import { recommend, RecommendAnswers, Recommendation } from '../core/recommend';
import type { Knowledge } from '../knowledge';
import { lint, LintOptions } from './engine';

export interface Drafted {
  rec: Recommendation;
  /** The case text with the draft (and its preservation) in it; the input when no channel fits. */
  output: string;
  /** The ids of the requests added, in file order. */
  added: string[];
}

/** The ids of the requests of a case text. */
export function requestIds(text: string): string[] {
  const value = parseText(text).value as { requests?: { id?: unknown }[] } | null;
  return Array.isArray(value?.requests) ? value!.requests.map((r) => r?.id).filter((x): x is string => typeof x === 'string') : [];
}

/** A fact the user answered in Recommend, written into the case (`case.organised_crime`, a corruption offence). */
export interface CaseFactAnswer { organised_crime?: boolean; corruption?: boolean }

/**
 * Write the answered facts into the case: `organised_crime` after `requesting_state`; a corruption
 * offence only where the case lists no offences (an existing offence's category is the user's to set).
 */
export function writeCaseFacts(text: string, facts: CaseFactAnswer): string {
  let out = text;
  const write = (key: string, value: string, when: (c: Record<string, unknown>) => boolean) => {
    const p = parseText(out);
    const c = (p.value as { case?: Record<string, unknown> } | null)?.case;
    if (!c || typeof c !== 'object' || !when(c)) return;
    const edits = new Editor(p).set(['case'], key, value, 'requesting_state');
    if (edits.length) out = applyEdits(out, edits);
  };
  if (facts.organised_crime !== undefined) write('organised_crime', String(facts.organised_crime), () => true);
  if (facts.corruption) write('offences', '[{ name: corruption, category: corruption }]', (c) => c.offences === undefined);
  return out;
}

export function draftInto(text: string, knowledge: Knowledge, answers: Omit<RecommendAnswers, 'takenIds'>, options: LintOptions = {}): Drafted {
  const before = requestIds(text);
  const rec = recommend(knowledge, { ...answers, takenIds: before });
  if (!rec.request) return { rec, output: text, added: [] };
  if (rec.parts) return draftParts(text, knowledge, answers, rec, before, options);
  const edits = appendRequestEdits(parseText(text), rec.request);
  let output = applyEdits(text, edits);
  const from = Math.min(...edits.map((e) => e.start));
  // The text after the last edit is unchanged: the draft lies between `from` and `to` of the output.
  const to = output.length - (text.length - Math.max(...edits.map((e) => e.end)));
  const opts = { ...options, knowledge };
  const preserve = lint(output, opts).find((f) => f.ruleId === 'preserve-first' && f.range.startOffset >= from && f.range.startOffset < to && f.fixes.length > 0);
  if (preserve) output = applyEdits(output, preserve.fixes[0].edits);
  const after = requestIds(output);
  return { rec, output, added: after.filter((id) => !before.includes(id)) };
}

/** Append requests one after the other. */
function appendAll(text: string, requests: Record<string, unknown>[]): string {
  return requests.reduce((out, r) => applyEdits(out, appendRequestEdits(parseText(out), r)), text);
}

/**
 * A request split by route: its parts, and before them, when preserve-first would fire on one,
 * one preservation of all their data (the route a preservation takes for that holder) that
 * every part names in `after:`.
 */
function draftParts(text: string, knowledge: Knowledge, answers: Omit<RecommendAnswers, 'takenIds'>, rec: Recommendation, before: string[], options: LintOptions): Drafted {
  const parts = rec.parts!.map((p) => p.request);
  let output = appendAll(text, parts);
  // The parts are the last requests of the output: a finding after the first one's id is on them.
  const from = output.lastIndexOf(`id: ${String(parts[0].id)}`);
  const unpreserved = lint(output, { ...options, knowledge }).some((f) => f.ruleId === 'preserve-first' && f.range.startOffset >= from);
  if (unpreserved) {
    const keep = recommend(knowledge, { ...answers, action: 'preserve', takenIds: [...before, ...parts.map((p) => String(p.id))] }).request;
    if (keep) output = appendAll(text, [keep, ...parts.map((p) => withAfter(p, String(keep.id)))]);
  }
  const after = requestIds(output);
  return { rec, output, added: after.filter((id) => !before.includes(id)) };
}

/** The request with `after:` set, placed after its `action` as the preserve-first fix places it. */
function withAfter(request: Record<string, unknown>, id: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(request)) {
    out[key] = value;
    if (key === 'action') out.after = id;
  }
  return out;
}
