// notice-purpose: each notice colour has one purpose (red: arrest; blue: locate or identify;
// green or orange: warn; yellow: the missing). A diffusion fits any person action.
import { isPersonAction } from '../core/case';
import { label } from '../core/fixes';
import type { Rule } from '../core/rule';
import type { Report } from '../core/types';
import { noticeFits, noticeFor } from '../knowledge';

export const noticePurpose: Rule = {
  meta: { id: 'notice-purpose', severity: 'warning', kind: 'channel', summary: 'The INTERPOL notice does not fit the action (red for arrest, blue to locate or identify, …).' },
  check(ctx) {
    const out: Report[] = [];
    for (const r of ctx.caseView.requests) {
      if (r.channel !== 'interpol' || !r.notice || !isPersonAction(r.action) || noticeFits(ctx.knowledge, r.notice, r.action!) !== false) continue;
      const want = noticeFor(ctx.knowledge, r.action!);
      const purpose = ctx.knowledge.notices[r.notice]?.purpose ?? '';
      out.push({
        path: [...r.path, 'notice'],
        message: `A ${r.notice} notice does not fit "${r.action}" in ${label(r)}: its purpose is to ${purpose.charAt(0).toLowerCase()}${purpose.slice(1)}${want ? ` Use a ${want} notice: ${ctx.knowledge.notices[want].purpose}` : ''}`,
        fixes: want ? [{ title: `Set notice to "${want}"`, edits: ctx.editor.set(r.path, 'notice', want) }] : [],
      });
    }
    return out;
  },
};
