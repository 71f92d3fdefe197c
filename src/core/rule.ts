// What a rule is: its metadata, and a check that reads the case and returns reports (paths,
// messages, fixes). The core maps paths to ranges; the rule never counts lines.
import type { Knowledge } from '../knowledge';
import type { CaseView, RequestView } from './case';
import type { Editor } from './edits';
import type { ParsedDocument } from './parse';
import type { Route } from './route';
import type { SchemaResult } from './schema';
import type { Report, Severity } from './types';

export interface RuleMeta {
  id: string;
  severity: Severity;
  /** One line: what the rule catches. The CLI's rule list and SARIF's shortDescription. */
  summary: string;
  /** `knowledge`: it checks the workspace knowledge file, not case files. */
  kind: 'channel' | 'file' | 'knowledge';
}

export interface RuleContext {
  parsed: ParsedDocument;
  caseView: CaseView;
  knowledge: Knowledge;
  /** `YYYY-MM-DD`: the date for requests with no `sent`. */
  today: string;
  /** Days ahead that count as due soon (`preservation-expiring`; the `whichChannel.dueSoonDays` setting). */
  dueSoonDays: number;
  editor: Editor;
  /** What the compiled schema found (the `schema` rule reports it; the others skip its fields). */
  schema: SchemaResult;
  /**
   * Every request of the file, for the rules that look across requests (duplicates, references,
   * preservations). The same as `caseView.requests` in a whole-file check; the incremental
   * checker gives one request in `caseView` and all of them here.
   */
  all: RequestView[];
  /** Every request id written in the file, valid or not. */
  ids: ReadonlySet<string>;
  /** The best route for a request (memoised per request). */
  route(r: RequestView): Route;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): Report[];
}

/**
 * Where a finding's doc page lives, relative to the project (and the packaged extension): a rule's
 * page, or for problems in a workspace knowledge file (code `knowledge-file`), that file's page.
 */
export const docPath = (id: string) => (id === 'knowledge-file' ? 'docs/knowledge-file.md' : `docs/rules/${id}.md`);
