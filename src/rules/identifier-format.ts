// identifier-format: an identifier whose value does not fit its type (an email with no "@", a
// phone number with spaces or no country code, an IP that is not one, a relative URL, a wallet
// with spaces), or an account that fits none of the provider's own stated formats (Snap
// usernames and user ids). Providers refuse requests for wrong identifiers (SIRIUS reports).
// The fix makes the one obvious correction where there is one.
import { label } from '../core/fixes';
import { flowText } from '../core/edits';
import { checkIdentifier, givesTime, ipPart } from '../core/identifiers';
import type { Rule } from '../core/rule';
import type { Report } from '../core/types';
import { findProvider, formatRegExp, primaryIdentifiers, Provider } from '../knowledge';

/** Longest value a provider's pattern is run on. */
const MAX_LEN = 256;

/**
 * The provider's own formats for an account (its primary `username` and `user_id` facts), or
 * undefined where it accepts an account kind with no stated format (then any value may be right).
 */
function accountFormats(p: Provider): { type: string; re: RegExp; description?: string }[] | undefined {
  const kinds = primaryIdentifiers(p).filter((i) => i.type === 'username' || i.type === 'user_id');
  if (kinds.length === 0) return undefined;
  const out: { type: string; re: RegExp; description?: string }[] = [];
  for (const k of kinds) {
    const re = k.format ? formatRegExp(k.format) : undefined;
    if (!re) return undefined;
    out.push({ type: k.type, re, description: k.description });
  }
  return out;
}

/** An account value without a service prefix or "@": "snapchat:@Millie" → "Millie". */
const accountCore = (v: string) => v.replace(/^[a-z][a-z0-9 ._-]*:\s*/i, '').replace(/^@/, '');

export const identifierFormat: Rule = {
  meta: { id: 'identifier-format', severity: 'warning', kind: 'channel', summary: "An identifier whose value does not fit its type, or the provider's own format." },
  check(ctx) {
    const out: Report[] = [];
    for (const r of ctx.caseView.requests) {
      const ids = r.identifiers;
      if (!ids) continue;
      let provider: Provider | undefined | null = null;
      ids.forEach((raw, i) => {
        if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return;
        const { type, value } = raw as { type?: unknown; value?: unknown };
        if (typeof type !== 'string' || (typeof value !== 'string' && typeof value !== 'number')) return;
        const path = [...r.path, 'identifiers', i, 'value'];
        const v = checkIdentifier(type, value);
        if (!v.ok) {
          out.push({
            path,
            message: `${label(r)}: the ${type} identifier "${String(value)}" ${v.problem}. Providers refuse requests whose identifiers are wrong.`,
            fixes: v.fixed !== undefined ? [{ title: `Change it to "${v.fixed}"`, edits: ctx.editor.set([...r.path, 'identifiers', i], 'value', flowText(v.fixed)) }] : [],
          });
          return;
        }
        if (type === 'ip' && !givesTime(String(value)) && !givesTime(r.notes)) {
          out.push({
            path,
            severity: 'info',
            message: `${label(r)}: the IP address ${ipPart(String(value))} has no time. Many users share an address over time: give the date, time and time zone of its use (in the value or in "notes"), or the request may be refused.`,
          });
          return;
        }
        if (type !== 'account' || typeof value !== 'string') return;
        if (provider === null) provider = findProvider(ctx.knowledge, r.holder)?.provider;
        if (!provider) return;
        const formats = accountFormats(provider);
        const core = accountCore(value);
        if (!formats || core.length > MAX_LEN || formats.some((f) => f.re.test(core))) return;
        const lower = core.toLowerCase();
        const fixed = lower !== core && formats.some((f) => f.re.test(lower)) ? value.slice(0, value.length - core.length) + lower : undefined;
        out.push({
          path,
          message: `${label(r)}: the account "${value}" fits none of the formats ${r.holder?.name ?? 'the provider'} states: ${formats.map((f) => `${f.type === 'user_id' ? 'user id' : f.type}, ${f.description?.replace(/\.$/, '') ?? f.re.source}`).join('; ')}.${fixed ? ' It appears in lower case only.' : ''}`,
          fixes: fixed ? [{ title: `Change it to "${fixed}"`, edits: ctx.editor.set([...r.path, 'identifiers', i], 'value', flowText(fixed)) }] : [],
        });
      });
    }
    return out;
  },
};
