// Issue 10's unit-level checks: the rule ids of the `whichChannel.rules` setting, its validation,
// value completion while typing, the Fix all summary, a recommendation drafted without warnings.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompletionData } from '../../src/core/complete';
import { completeAt } from '../../src/core/complete';
import { parseText } from '../../src/core/parse';
import { checkRuleSettings, ruleSettingsMessage } from '../../src/core/rule-settings';
import { typedValue, whileTyping } from '../../src/core/value-typing';
import { SHIPPED } from '../../src/knowledge';
import { fixText, lint } from '../../src/lint/engine';
import { fixAllSummary } from '../../src/lint/fix-summary';
import { parseAround } from '../../src/lint/incremental';
import { draftInto } from '../../src/lint/recommend-draft';
import { RULES, RULE_IDS } from '../../src/rules';
import { ROOT, TODAY } from './harness';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

describe('settings: whichChannel.rules', () => {
  const setting = pkg.contributes.configuration.properties['whichChannel.rules'];
  it('lists every rule id as a property, in name order, generated from the rules (npm run build rewrites it)', () => {
    assert.deepEqual(Object.keys(setting.properties), [...RULE_IDS].sort((a, b) => a.localeCompare(b)));
    for (const r of RULES) {
      assert.deepEqual(setting.properties[r.meta.id], { type: 'string', enum: ['error', 'warning', 'info', 'hint', 'off'], description: `Default: ${r.meta.severity}. ${r.meta.summary}` }, r.meta.id);
    }
  });
  it('flags an id that is not a rule (additionalProperties: false)', () => {
    assert.equal(setting.additionalProperties, false);
  });
  it('names unknown ids with the nearest rule id, and bad severities, in plain text', () => {
    const c = checkRuleSettings({ 'fastr-route': 'off', 'faster-route': 'loud', 'preserve-first': 'info', zzzzzz: 'off' }, RULE_IDS);
    assert.deepEqual(c.unknown, [{ id: 'fastr-route', nearest: 'faster-route' }, { id: 'zzzzzz', nearest: undefined }]);
    assert.deepEqual(c.badSeverity, [{ id: 'faster-route', value: 'loud' }]);
    const m = ruleSettingsMessage(c)!;
    assert.equal(m, 'whichChannel.rules: "fastr-route" is not a rule id (did you mean "faster-route"?); "zzzzzz" is not a rule id; "faster-route": "loud" is not a severity (use error, warning, info, hint or off). They are ignored.');
    assert.doesNotMatch(m, /`/);
  });
  it('says nothing when every id is a rule', () => {
    assert.equal(ruleSettingsMessage(checkRuleSettings({ 'faster-route': 'off' }, RULE_IDS)), undefined);
    assert.equal(ruleSettingsMessage(checkRuleSettings(undefined, RULE_IDS)), undefined);
  });
});

describe('typing values', () => {
  it('no configurationDefaults turns on quick suggestions in every YAML file', () => {
    assert.equal(pkg.contributes.configurationDefaults?.['[yaml]'], undefined);
  });
  const text = 'version: 1\ncase: { id: X, requesting_state: IN }\nrequests:\n  - id: a\n    channel: \n';
  const at = (prefix: string) => {
    const t = text.replace('    channel: \n', `${prefix}\n`);
    return completeAt(t, t.length - 1, parseText(t));
  };
  const labels = (items: CompletionData[]) => items.map((c) => c.label);
  it('after "key: " a trigger character opens the values', () => {
    assert.ok(labels(whileTyping(at('    channel: '), '    channel: ', 'trigger')).includes('lers'));
  });
  it('a trigger character never opens keys (indenting) nor values glued to the colon', () => {
    const keys = at('    ');
    assert.ok(keys.length > 0 && keys.every((c) => c.kind === 'key'));
    assert.deepEqual(whileTyping(keys, '    ', 'trigger'), []);
    assert.deepEqual(whileTyping(at('    channel:'), '    channel:', 'trigger'), []);
  });
  it('closes once the typed value is complete, so Enter starts a new line', () => {
    assert.ok(labels(whileTyping(at('    channel: le'), '    channel: le', 'typing')).includes('lers'));
    assert.deepEqual(whileTyping(at('    channel: lers'), '    channel: lers', 'typing'), []);
    assert.ok(labels(whileTyping(at('    channel: lers'), '    channel: lers', 'invoke')).includes('mlat'), 'Ctrl+Space on a value lists the others');
    assert.equal(typedValue('    data: [subscriber, ip_lo'), 'ip_lo');
  });
  it('Ctrl+Space at a key still lists the keys', () => {
    assert.ok(whileTyping(at('    '), '    ', 'invoke').some((c) => c.label === 'action'));
  });
});

describe('Fix all says what it did', () => {
  it('counts fixes and what remains', () => {
    assert.equal(fixAllSummary({ applied: 4, remaining: new Array(2) }), 'Fixed 4 problems; 2 remain.');
    assert.equal(fixAllSummary({ applied: 1, remaining: [] }), 'Fixed 1 problem; none remain.');
    assert.equal(fixAllSummary({ applied: 0, remaining: [] }), 'No which-channel problems in this file: nothing to fix.');
    assert.equal(fixAllSummary({ applied: 0, remaining: new Array(3) }), 'Nothing was fixable automatically; 3 problems remain (see the Problems panel).');
    assert.match(fixAllSummary({ applied: 0, remaining: [], refused: 'the file does not parse' }), /^Nothing was fixed: the file does not parse/);
  });
  it('matches what the engine does on an example', () => {
    const text = readFileSync(join(ROOT, 'examples', 'bank-rogatory.case.yaml'), 'utf8');
    const res = fixText(text, { today: TODAY });
    assert.ok(res.applied > 0);
    assert.equal(fixAllSummary(res), `Fixed ${res.applied} problem${res.applied === 1 ? '' : 's'}; ${res.remaining.length === 0 ? 'none remain' : `${res.remaining.length} remain${res.remaining.length === 1 ? 's' : ''}`}.`);
  });
});

describe('recommend a channel into a case', () => {
  const header = 'version: 1\ncase:\n  id: X\n  requesting_state: IN\n  urgency: routine\n';
  it('inserts the preservation the draft needs first: the result has no preserve-first finding', () => {
    const d = draftInto(header, SHIPPED, { action: 'produce', data: ['content'], holder: { name: 'Google LLC', type: 'platform', country: 'US' }, requestingState: 'IN', date: TODAY }, { today: TODAY });
    assert.equal(d.rec.route.channel, 'mlat');
    assert.deepEqual(d.added, ['preserve-google-llc', 'produce-google-llc']);
    const found = lint(d.output, { today: TODAY });
    assert.deepEqual(found.filter((f) => ['preserve-first', 'schema', 'yaml-syntax'].includes(f.ruleId)).map((f) => f.message), []);
    assert.match(d.output, /- id: produce-google-llc\n(?: {4}.*\n)*? {4}after: preserve-google-llc\n/);
  });
  it('a draft has no sent: (it has not been sent)', () => {
    const d = draftInto(header, SHIPPED, { action: 'preserve', data: ['content'], holder: { name: 'Google LLC', type: 'platform', country: 'US' }, requestingState: 'IN', date: TODAY });
    assert.deepEqual(d.added, ['preserve-google-llc']);
    assert.doesNotMatch(d.output, /sent:/);
  });
  it('with a preservation already in the file, only the draft', () => {
    const first = draftInto(header, SHIPPED, { action: 'preserve', data: ['content'], holder: { name: 'Google LLC', type: 'platform', country: 'US' }, requestingState: 'IN', date: TODAY });
    const d = draftInto(first.output, SHIPPED, { action: 'produce', data: ['subscriber'], holder: { name: 'Google LLC', type: 'platform', country: 'US' }, requestingState: 'IN', date: TODAY }, { today: TODAY });
    assert.deepEqual(d.added, ['produce-google-llc']);
    assert.deepEqual(lint(d.output, { today: TODAY }).filter((f) => f.ruleId === 'preserve-first'), []);
  });
});

describe('a file checked on save only: hover and completion read the request under the cursor', () => {
  it('parses the request alone, with offsets mapped to the file', () => {
    const text = 'version: 1\ncase: { id: X, requesting_state: IN }\nrequests:\n  - id: a\n    channel: lers\n  - id: b\n    channel: interpol\n';
    const at = text.indexOf('interpol');
    const s = parseAround(text, at)!;
    assert.equal(s.text.slice(s.toLocal(at), s.toLocal(at) + 8), 'interpol');
    assert.deepEqual((s.parsed.value as { requests: { id: string }[] }).requests.map((r) => r.id), ['b']);
    const h = parseAround(text, text.indexOf('requesting_state'))!;
    assert.equal(h.toLocal(5), 5);
  });
});
