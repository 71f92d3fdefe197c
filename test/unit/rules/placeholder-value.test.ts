// placeholder-value: the skeleton's and the snippets' placeholders left in place are flagged
// wherever they sit; real values, and samples that could be true, are not.
import { strict as assert } from 'node:assert';
import { PLACEHOLDERS } from '../../../src/core/placeholders';
import { parseText } from '../../../src/core/parse';
import { lint } from '../../../src/lint/engine';
import { caseFile, ruleTester, TODAY } from '../harness';

const req = (holder: string, extra = '') => `  - id: p\n    channel: lers\n    action: preserve\n    holder: { name: ${holder}, type: platform, country: US }\n    data: [subscriber]\n${extra}`;

ruleTester('placeholder-value', {
  valid: [
    { name: 'real values', code: caseFile(req('"Meta Platforms, Inc."'), { caseExtra: '  title: Sextortion over Instagram\n  requesting_authority: Cyber Crime Police Station, Bengaluru City\n' }) },
    { name: 'a placeholder word inside a real sentence', code: caseFile(req('Example Platform name service'), { caseExtra: '  title: Short title fraud\n' }) },
  ],
  invalid: [
    {
      name: 'the New case file skeleton left as it is: title, authority, holder (quoted)',
      code: caseFile(req('"Platform name"'), { caseExtra: '  title: Short title\n  requesting_authority: Your authority\n' }),
      errors: [{ at: 'Short title' }, { at: 'Your authority' }, { at: '"Platform name"' }],
      output: null,
    },
    {
      name: 'a snippet placeholder in a list and in another case',
      code: caseFile(req('H', '    identifiers:\n      - { type: account, value: "VALUE" }\n    relevance: How this account is linked to the offence\n')),
      errors: [{ at: '"VALUE"' }, { at: 'How this account is linked to the offence' }],
    },
  ],
});

describe('placeholder list', () => {
  it('every placeholder is flagged as the value of a key', () => {
    for (const p of PLACEHOLDERS) {
      const code = caseFile(req('H', `    notes: ${JSON.stringify(p)}\n`));
      assert.equal(lint(code, { today: TODAY }).filter((f) => f.ruleId === 'placeholder-value').length, 1, p);
    }
  });
});

describe('placeholder-value where the parse could not see the strings', () => {
  // The parse marks a file free of placeholders as it builds the value; a file with an anchor is
  // built by the yaml library instead, and the rule looks at every string itself.
  it('a placeholder behind an anchor is still flagged, and a file without one is marked free', () => {
    const anchored = caseFile(req('&h "Platform name"', '    notes: *h\n'));
    assert.equal(lint(anchored, { today: TODAY }).filter((f) => f.ruleId === 'placeholder-value').length, 2);
    assert.equal(parseText(caseFile(req('"Meta Platforms, Inc."'))).placeholderFree, true);
    assert.equal(parseText(caseFile(req('"Platform name"'))).placeholderFree, false);
    assert.equal(parseText(anchored).placeholderFree, undefined);
  });
});
