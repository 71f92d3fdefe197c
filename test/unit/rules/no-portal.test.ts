import { strict as assert } from 'node:assert';
import { lint } from '../../../src/lint/engine';
import { mergeKnowledge, SHIPPED } from '../../../src/knowledge';
import { caseFile, ruleTester, TODAY } from '../harness';

// The shipped registry has no primary "portal: none" yet (Signal, Telegram and Cloudflare are
// secondary): a workspace that checked Signal's own statement records it as primary.
const checked = mergeKnowledge(SHIPPED, {
  providers: { signal: { portal: { none: true, contact: 'by post', source: 'agency check of signal.org', checked_on: '2026-11-20', confidence: 'primary' } } },
});
const req = (channel: string, data = '[subscriber]', extra = '') => `  - id: s\n    channel: ${channel}\n    action: produce\n${extra}    holder: { name: Signal Messenger LLC, type: platform, country: US }\n    data: ${data}\n`;

ruleTester('no-portal', {
  valid: [
    { name: 'the shipped registry: "none" is secondary, so silent', code: caseFile(req('lers')) },
    { name: 'MLAT to a provider with no portal', code: caseFile(req('mlat', '[subscriber]', '    addressee: OIA\n')), options: { knowledge: checked } },
  ],
  invalid: [
    {
      name: 'lers to Signal when the registry says (primary) it runs no portal: the best route skips the portal',
      code: caseFile(req('lers')),
      options: { knowledge: checked },
      errors: [{ at: 'lers' }],
      output: caseFile(req('mlat').replace('    action: produce\n', '    addressee: "US Department of Justice, Criminal Division, Office of International Affairs (OIA)"\n    action: produce\n')),
    },
  ],
});

describe('no-portal and the best route', () => {
  it('a fact downgraded to secondary silences the rule (rules read primary facts only)', () => {
    const downgraded = mergeKnowledge(checked, { providers: { signal: { portal: { ...checked.providers!.signal.portal!, confidence: 'secondary' } } } });
    const code = caseFile(req('lers'));
    assert.equal(lint(code, { today: TODAY, knowledge: checked }).filter((f) => f.ruleId === 'no-portal').length, 1);
    assert.equal(lint(code, { today: TODAY, knowledge: downgraded }).filter((f) => f.ruleId === 'no-portal').length, 0);
  });
  it('preserve-first offers no LERS preservation for a provider with no portal', () => {
    const code = caseFile(`${req('mlat', '[subscriber]', '    addressee: OIA\n')}`);
    const f = lint(code, { today: TODAY, knowledge: checked }).find((x) => x.ruleId === 'preserve-first');
    assert.ok(f);
    assert.ok(!f!.fixes.some((x) => x.title.includes('LERS')));
  });
});
