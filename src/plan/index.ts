// The plan of a case file's text: parsed and checked against the schema like the engine does
// (values the schema refuses are left out), then planned. A file that does not parse gives
// its syntax findings and no plan.
import type { Finding } from '../core/types';
import { Knowledge, SHIPPED } from '../knowledge';
import { lintDocument, localToday, makeContext } from '../lint/engine';
import { parseText } from '../core/parse';
import { Plan, planCase } from './model';

export { planCase } from './model';
export type { Plan, PlanRow, PlanHold, Verdict } from './model';
export { renderSvg } from './svg';
export { renderHtml, renderMarkdown, renderHtmlTable, COLUMNS } from './table';

export interface PlanOptions {
  today?: string;
  knowledge?: Knowledge;
}

export function planText(text: string, options: PlanOptions = {}): { plan?: Plan; syntax: Finding[] } {
  const today = options.today ?? localToday();
  const knowledge = options.knowledge ?? SHIPPED;
  const parsed = parseText(text);
  if (parsed.syntaxErrors.length) {
    return { syntax: lintDocument(text, { today, knowledge }).findings.filter((f) => f.ruleId === 'yaml-syntax') };
  }
  const ctx = makeContext(parsed, { today, knowledge });
  return { plan: planCase(ctx.caseView, knowledge, today), syntax: [] };
}
