// Drafting from a case file's text: parse it as the linter does (fields the schema refuses are
// absent, so they become placeholders), then build one document per request. A file that does
// not parse gives an error and no document. Writing the files is in files.ts.
import { buildCaseView, CaseView } from '../core/case';
import { parseText } from '../core/parse';
import { checkSchema } from '../core/schema';
import { Knowledge, SHIPPED } from '../knowledge';
import { localToday } from '../lint/engine';
import { buildDraft, DraftInput } from './build';
import { buildCovering } from './covering';
import type { DraftDocument } from './model';

export { buildDraft } from './build';
export { buildCovering } from './covering';
export type { DraftInput } from './build';
export type { DraftDocument, Block, Inline, Text } from './model';
export { renderMarkdown } from './markdown';

export interface DraftOptions {
  today?: string;
  knowledge?: Knowledge;
  /** Only these request ids (all when absent or empty). */
  requestIds?: readonly string[];
}

export type DraftResult =
  | { ok: true; documents: DraftDocument[] }
  | { ok: false; error: string };

/** The case view of a file's text, as the linter reads it, or why nothing can be drafted from it. */
export function readCase(text: string, today: string): { ok: true; view: CaseView } | { ok: false; error: string } {
  const parsed = parseText(text);
  if (parsed.syntaxErrors.length) {
    const e = parsed.syntaxErrors[0];
    const line = text.slice(0, e.start).split('\n').length;
    return { ok: false, error: `the case file does not parse (line ${line}: ${e.message}); nothing drafted` };
  }
  return { ok: true, view: buildCaseView(parsed.value, checkSchema(parsed).bad, today, parsed.placeholderFree) };
}

/** Every request's document (or the chosen ones'), or why none can be drafted. */
export function draftCase(text: string, options: DraftOptions = {}): DraftResult {
  const today = options.today ?? localToday();
  const read = readCase(text, today);
  if (!read.ok) return read;
  const view = read.view;
  const knowledge = options.knowledge ?? SHIPPED;
  const wanted = options.requestIds?.length ? options.requestIds : undefined;
  if (wanted) {
    const known = new Set(view.requests.map((r) => r.id));
    const unknown = wanted.filter((id) => !known.has(id));
    if (unknown.length) return { ok: false, error: `no request with id ${unknown.map((u) => `"${u}"`).join(', ')} in the case file` };
  }
  const requests = view.requests.filter((r) => r.id && r.channel && r.action && (!wanted || wanted.includes(r.id)));
  if (requests.length === 0) return { ok: false, error: 'no request to draft (each needs an id, a channel and an action)' };
  // A request sent through the requesting state's own central authority also gets a covering letter to it.
  const documents = requests.flatMap((request) => {
    const input: DraftInput = { caseView: view, request, all: view.requests, knowledge, today };
    const doc = buildDraft(input);
    const covering = buildCovering(input, doc);
    return covering ? [doc, covering] : [doc];
  });
  return { ok: true, documents };
}
