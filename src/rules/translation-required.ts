// translation-required: the request is written in a language its addressee does not accept. An
// EIO must be in a language the executing state accepts (Directive 2014/41/EU Art. 5(2): Germany
// and Portugal accept only their own), an MLA request in one the requested state has notified or
// its law names (UNTOC Art. 18(14)), a provider's request in one its guidelines state. The
// knowledge base says which (languages per state and kind of request, per provider); where it does
// not, the rule is silent. The case's language is `case.language`, English by default.
import { label } from '../core/fixes';
import type { Rule } from '../core/rule';
import type { Report } from '../core/types';
import { acceptedLanguages, languageNames, workspaceSuffix } from '../knowledge';

const WHAT = { eio: 'European Investigation Orders', mla: 'mutual legal assistance requests', provider: 'requests' } as const;

export const translationRequired: Rule = {
  meta: { id: 'translation-required', severity: 'info', kind: 'channel', summary: 'The request is in a language its addressee does not accept (an EIO, an MLA request, a provider request): send it with a translation.' },
  check(ctx) {
    const out: Report[] = [];
    const language = ctx.caseView.language ?? 'en';
    const from = ctx.caseView.requestingState;
    // Requests to the same addressee share the answer: asked once per channel, state and holder.
    const asked = new Map<string, ReturnType<typeof acceptedLanguages>>();
    for (const r of ctx.caseView.requests) {
      const key = `${r.channel}\u0000${r.requestedState}\u0000${r.holder?.name}\u0000${r.holder?.entity}`;
      let accepted = asked.get(key);
      if (!asked.has(key)) asked.set(key, (accepted = acceptedLanguages(ctx.knowledge, { channel: r.channel, requestingState: from, requestedState: r.requestedState, holder: r.holder })));
      if (!accepted || accepted.languages.includes(language)) continue;
      out.push({
        path: [...r.path, 'channel'],
        message: `${label(r)} is in ${languageNames([language])} (case.language${ctx.caseView.language ? '' : ', English by default'}), but ${accepted.by} accepts ${WHAT[accepted.kind]} in ${languageNames(accepted.languages)}${accepted.note ? ` (${accepted.note})` : ''}: send it with a translation, or it may be returned unexecuted. Source: ${accepted.source}${workspaceSuffix(accepted.entry)}.`,
      });
    }
    return out;
  },
};
