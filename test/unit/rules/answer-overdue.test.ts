// Today is the harness's 2026-11-25; a production through lers answers within 42 days at the
// latest, so sent 2026-10-13 was due by 2026-11-24 (overdue today) and sent 2026-10-14 is due today.
import { strict as assert } from 'node:assert';
import { fixText, lint } from '../../../src/lint/engine';
import { caseFile, ruleTester, TODAY } from '../harness';

const prod = (sent: string, extra = '') => `  - id: p\n    channel: lers\n    action: produce\n    holder: { name: Example Host, type: platform, country: US }\n    data: [subscriber]\n    sent: ${sent}\n${extra}`;

ruleTester('answer-overdue', {
  valid: [
    { name: 'due today: not yet overdue', code: caseFile(prod('2026-10-14')) },
    { name: 'answered', code: caseFile(prod('2026-10-13', '    answered: 2026-11-20\n')) },
    { name: 'partly answered (the rest is chased by hand)', code: caseFile(prod('2026-10-13', '    answered: 2026-11-20\n    partial: true\n')) },
    { name: 'refused', code: caseFile(prod('2026-10-13', '    refused: { on: 2026-11-01 }\n')) },
    { name: 'withdrawn', code: caseFile(prod('2026-10-13', '    withdrawn: 2026-11-01\n')) },
    { name: 'a reminder sent on the day it fell overdue', code: caseFile(prod('2026-10-13', '    reminders: [2026-11-25]\n')) },
    { name: 'not sent', code: caseFile(prod('2026-12-01')) },
    { name: 'a channel of unknown speed (INTERPOL)', code: caseFile(`  - id: l\n    channel: interpol\n    action: locate\n    notice: blue\n    person: { name: P }\n    sent: 2020-01-01\n`) },
  ],
  invalid: [
    { name: 'overdue since today: record a reminder sent today', code: caseFile(prod('2026-10-13')), errors: [{ at: '2026-10-13', severity: 'info' }], output: caseFile(prod('2026-10-13', '    reminders: [2026-11-25]\n')) },
    { name: 'a reminder sent before it fell overdue does not count', code: caseFile(prod('2026-10-13', '    reminders: [2026-11-01]\n')), errors: [{ at: '2026-10-13' }], output: caseFile(prod('2026-10-13', '    reminders: [2026-11-01, 2026-11-25]\n')) },
  ],
});

describe('answer-overdue conduct', () => {
  it('never applied by --fix', () => {
    const text = caseFile(prod('2026-10-13'));
    assert.equal(lint(text, { today: TODAY }).find((x) => x.ruleId === 'answer-overdue')!.autofix, false);
    assert.ok(!fixText(text, { today: TODAY }).output.includes('reminders'));
  });
});
