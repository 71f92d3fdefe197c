import { strict as assert } from 'node:assert';
import { checkIdentifier } from '../../../src/core/identifiers';
import { lint } from '../../../src/lint/engine';
import { mergeKnowledge, SHIPPED } from '../../../src/knowledge';
import { caseFile, ruleTester, TODAY } from '../harness';

const req = (ids: string, holder = '{ name: "Meta Platforms, Inc.", type: platform, country: US }', notes = '') =>
  `  - id: p\n    channel: lers\n    action: preserve\n    holder: ${holder}\n    data: [subscriber]\n    identifiers:\n${ids}${notes}`;
const snap = '{ name: Snap Inc., type: platform, country: US }';

ruleTester('identifier-format', {
  valid: [
    { name: 'good email, phone, url, wallet', code: caseFile(req('      - { type: email, value: jane.doe@example.com }\n      - { type: phone, value: "+4915123456789" }\n      - { type: url, value: "https://www.instagram.com/example/" }\n      - { type: wallet, value: bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq }\n')) },
    { name: 'an IPv6 address with a time in notes', code: caseFile(req('      - { type: ip, value: "2001:db8:85a3::8a2e:370:7334" }\n', undefined, '    notes: used 2026-10-02 14:03 UTC\n')) },
    { name: 'an IPv4 address with its time in the value', code: caseFile(req('      - { type: ip, value: "203.0.113.7 2026-10-02T14:03:00Z" }\n')) },
    { name: 'a Snap username in lower case', code: caseFile(req('      - { type: account, value: "snapchat:milliemanillie" }\n', snap)) },
    { name: 'a Snap user id (8-4-4-4-12 hex)', code: caseFile(req('      - { type: account, value: 0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d }\n', snap)) },
    { name: 'Meta states no format for Instagram usernames: any account value', code: caseFile(req('      - { type: account, value: "instagram:@Some.User" }\n')) },
  ],
  invalid: [
    {
      name: 'a phone number with spaces: made international',
      code: caseFile(req('      - { type: phone, value: "+49 151 2345678" }\n')),
      errors: [{ at: '"+49 151 2345678"' }],
      output: caseFile(req('      - { type: phone, value: "+491512345678" }\n')),
    },
    {
      name: 'a phone number with 00 and dashes',
      code: caseFile(req('      - { type: phone, value: 0044-20-7946-0958 }\n')),
      errors: [{ at: '0044-20-7946-0958' }],
      output: caseFile(req('      - { type: phone, value: "+442079460958" }\n')),
    },
    { name: 'a national phone number: no obvious fix', code: caseFile(req('      - { type: phone, value: "0151 2345678" }\n')), errors: [{ at: '"0151 2345678"' }], output: null },
    { name: 'an email without @', code: caseFile(req('      - { type: email, value: jane.doe.example.com }\n')), errors: [{ at: 'jane.doe.example.com' }], output: null },
    { name: 'not an IP address', code: caseFile(req('      - { type: ip, value: 203.0.113.300 }\n')), errors: [{ at: '203.0.113.300' }] },
    { name: 'a bare IPv6 without a time: info', code: caseFile(req('      - { type: ip, value: "2001:db8::1" }\n')), errors: [{ at: '"2001:db8::1"', severity: 'info' }] },
    { name: 'a URL without a scheme', code: caseFile(req('      - { type: url, value: www.facebook.com/example }\n')), errors: [{ at: 'www.facebook.com/example' }], output: caseFile(req('      - { type: url, value: https://www.facebook.com/example }\n')) },
    { name: 'a wallet with a space', code: caseFile(req('      - { type: wallet, value: "bc1qar0srrr7xfkvy5l643 lydnw9re59gtzzwf5mdq" }\n')), errors: [{ at: '"bc1qar0srrr7xfkvy5l643 lydnw9re59gtzzwf5mdq"' }] },
    {
      name: 'a Snap username in upper case: lower-cased',
      code: caseFile(req('      - { type: account, value: "snapchat:MillieManillie" }\n', snap)),
      errors: [{ at: '"snapchat:MillieManillie"' }],
      output: caseFile(req('      - { type: account, value: snapchat:milliemanillie }\n', snap)),
    },
    { name: 'a Snap display name with a space: no fix', code: caseFile(req('      - { type: account, value: Millie M }\n', snap)), errors: [{ at: 'Millie M' }], output: null },
    { name: 'a Snap username of 16 characters', code: caseFile(req('      - { type: account, value: abcdefghijklmnop }\n', snap)), errors: [{ at: 'abcdefghijklmnop' }] },
  ],
});

describe('identifier formats', () => {
  const table: [string, string, boolean][] = [
    ['email', 'jane.doe@example.com', true], ['email', 'jane.doe(at)example.com', false], ['email', 'jane@', false], ['email', 'jane@example', false],
    ['phone', '+12025550123', true], ['phone', '+1 202 555 0123', false], ['phone', '(202) 555-0123', false], ['phone', '+49-151-2345678', false],
    ['ip', '198.51.100.4', true], ['ip', '2001:db8::ff00:42:8329', true], ['ip', '::1', true], ['ip', '[2001:db8::1]:443', true], ['ip', '2001:db8:::1', false], ['ip', '198.51.100', false], ['ip', 'fe80::1%', false], ['ip', 'fe80::1%eth0', true], ['ip', '::ffff:192.0.2.128', true], ['ip', '1:2:3:4:5:6:7:8', true], ['ip', '1:2:3:4:5:6:7:8:9', false], ['ip', '1::2::3', false], ['ip', '2001:db8::g', false], ['ip', '01.2.3.4', false], ['ip', '256.1.1.1', false],
    ['url', 'https://x.com/Safety', true], ['url', 'http://www.facebook.com/profile.php?id=100001234567890', true], ['url', 'ftp://example.com/a', false], ['url', '/profile/123', false],
    ['wallet', '0x71C7656EC7ab88b098defB751B7401B5f6d8976F', true], ['wallet', ' ', false],
  ];
  for (const [type, value, ok] of table) it(`${type} ${JSON.stringify(value)}: ${ok ? 'fits' : 'does not fit'}`, () => assert.equal(checkIdentifier(type, value).ok, ok));

  it('a provider format downgraded to secondary is not applied', () => {
    const code = caseFile(req('      - { type: account, value: "MillieManillie" }\n', snap));
    const idFacts = SHIPPED.providers!.snap.identifiers!.map((i) => ({ ...i, confidence: 'secondary' as const }));
    const k = mergeKnowledge(SHIPPED, { providers: { snap: { identifiers: idFacts } } });
    assert.equal(lint(code, { today: TODAY }).filter((f) => f.ruleId === 'identifier-format').length, 1);
    assert.equal(lint(code, { today: TODAY, knowledge: k }).filter((f) => f.ruleId === 'identifier-format').length, 0);
  });
});
