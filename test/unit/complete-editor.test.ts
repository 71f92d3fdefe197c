// Issue 22's completion checks: a value replaces its whole scalar in every quoting style and the
// line stays valid YAML; provider names rank by the name typed; a key reopens the list only where
// its value completes; keys inside `offences` items, block and flow.
import { strict as assert } from 'node:assert';
import type { CompletionData } from '../../src/core/complete';
import { completeAt } from '../../src/core/complete';
import { applyEdits } from '../../src/core/edits';
import { parseText } from '../../src/core/parse';
import { whileTyping } from '../../src/core/value-typing';
import { SHIPPED } from '../../src/knowledge';

const head = 'version: 1\ncase:\n  id: X\n  requesting_state: IN\nrequests:\n  - id: first\n    channel: lers\n    action: preserve\n';

/** The items at the `|` of `src`. */
function itemsAt(src: string): { text: string; offset: number; items: CompletionData[] } {
  const offset = src.indexOf('|');
  const text = src.replace('|', '');
  return { text, offset, items: completeAt(text, offset, parseText(text), undefined, SHIPPED) };
}

/** Accept `label` as VS Code does: its range (the cursor when it has none) becomes its text, with its other edits. */
function accept(src: string, label: string): string {
  const { text, offset, items } = itemsAt(src);
  const item = items.find((i) => i.label === label);
  assert.ok(item, `no item ${label} in ${items.map((i) => i.label).slice(0, 8).join(' | ')}`);
  const r = item!.replace ?? { start: offset, end: offset };
  assert.ok(r.start <= offset && offset <= r.end, 'the range holds the cursor');
  assert.equal(text.slice(r.start, r.end).includes('\n'), false, 'the range stays on the line');
  return applyEdits(text, [{ start: r.start, end: r.end, newText: item!.insertText }, ...(item!.additionalEdits ?? [])]);
}

const holderOf = (out: string) => {
  const p = parseText(out);
  assert.deepEqual(p.syntaxErrors, [], out);
  return (p.value as { requests: { holder: Record<string, unknown> }[] }).requests[0].holder;
};

describe('completion replaces the whole scalar (issue 22, item 3)', () => {
  const META = 'Meta Platforms, Inc.';
  const table: [string, string][] = [
    ['plain, block', '    holder:\n      name: Insta|\n'],
    ['single-quoted, block', "    holder:\n      name: 'Insta|'\n"],
    ['double-quoted, block', '    holder:\n      name: "Insta|"\n'],
    ['double-quoted, cursor inside the word', '    holder:\n      name: "Ins|ta"\n'],
    ['empty, block', '    holder:\n      name: |\n'],
    ['plain, flow map', '    holder: { name: Insta|, type: platform, country: US }\n'],
    ['single-quoted, flow map', "    holder: { name: 'Insta|', type: platform, country: US }\n"],
    ['double-quoted, flow map (the New case file skeleton)', '    holder: { name: "Insta|", type: platform, country: US }\n'],
    ['empty, flow map', '    holder: { name: |, type: platform, country: US }\n'],
  ];
  for (const [name, body] of table) {
    it(`${name}: the name is "${META}" and the holder's facts are filled`, () => {
      const out = accept(head + body + '    data: [subscriber]\n', META);
      assert.deepEqual(holderOf(out), { name: META, type: 'platform', country: 'US', eu_services: true });
    });
  }
  it('an enum value replaces a quoted value and the rest of a word', () => {
    assert.match(accept(`${head.replace('    channel: lers\n', '    channel: "le|"\n')}`, 'lers'), /\n {4}channel: lers\n/);
    assert.match(accept(`${head.replace('    action: preserve\n', '    action: pro|serve # why\n')}`, 'produce'), /\n {4}action: produce # why\n/);
    assert.match(accept(`${head}    data: [subscriber, ip_|logs, content]\n`, 'traffic'), /data: \[subscriber, traffic, content\]/);
  });
  it('a quoted value is matched with its quote (VS Code filters on the text from the range start)', () => {
    const { items } = itemsAt(`${head.replace('    channel: lers\n', '    channel: "le|"\n')}`);
    assert.equal(items.find((i) => i.label === 'lers')!.filterText, '"lers');
  });
});

describe('provider completion ranks by the name typed (issue 22, item 9)', () => {
  const ranked = (typed: string) => itemsAt(`${head}    holder: { name: "${typed}|" }\n`).items.sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
  it('"Insta": Meta first, labelled Instagram; no WhatsApp', () => {
    const items = ranked('Insta');
    assert.equal(items[0].label, 'Meta Platforms, Inc.');
    assert.equal(items[0].labelDetail, ' (Instagram)');
    assert.ok(!items.some((i) => /WhatsApp/.test(i.label)), items.map((i) => i.label).join(' | '));
    assert.equal(items[0].filterText, '"Instagram');
  });
  it('a name typed from its start ranks before one matched inside', () => {
    const items = ranked('Ireland');
    assert.ok(items.length > 0 && items.every((i) => /Ireland/.test(i.filterText!)));
    const goo = ranked('Goo');
    assert.match(goo[0].label, /^Google/);
    assert.equal(goo[0].labelDetail, undefined, 'no detail when the label shows the name typed');
  });
  it('nothing typed: every provider, the entity name alone', () => {
    const items = ranked('');
    assert.ok(items.some((i) => /WhatsApp/.test(i.label)) && items.some((i) => /^Meta/.test(i.label)));
    assert.ok(items.every((i) => i.labelDetail === undefined));
  });
});

describe('a key reopens the list only where its value completes (issue 22, item 2)', () => {
  const keys = () => {
    const { items } = itemsAt(`${head}    |\n`);
    return new Map(items.map((i) => [i.label, i.reopen]));
  };
  it('free text and lists of maps: no reopen (VS Code would fill the list with words)', () => {
    for (const k of ['identifiers', 'procedure', 'facts', 'needed_by']) if (keys().has(k)) assert.equal(keys().get(k), false, k);
    assert.equal(keys().get('identifiers'), false);
  });
  it('enum values and request ids: reopen', () => {
    for (const k of ['after', 'requested_state']) assert.equal(keys().get(k), true, k);
    const { items } = itemsAt(`${head}    holder:\n      |\n`);
    assert.equal(items.find((i) => i.label === 'name')!.reopen, true, 'holder.name completes from the registry');
  });
});

describe('keys inside offences items (issue 22, item 8)', () => {
  const caseHead = 'version: 1\ncase:\n  id: X\n  requesting_state: IN\n';
  const labels = (src: string) => itemsAt(src).items.map((i) => i.label);
  it('flow: a map inside the list', () => {
    assert.deepEqual(labels(`${caseHead}  offences: [{ name: sextortion, |`), ['provision', 'max_penalty_years', 'category']);
    assert.deepEqual(labels(`${caseHead}  offences: [cheating, { |`), ['name', 'provision', 'max_penalty_years', 'category']);
  });
  it('block: after "- ", a trigger character opens the keys of the item', () => {
    const { items } = itemsAt(`${caseHead}  offences:\n    - |\n`);
    assert.deepEqual(whileTyping(items, '    - ', 'trigger').map((i) => i.label), ['name', 'provision', 'max_penalty_years', 'category']);
    assert.deepEqual(labels(`${caseHead}  offences:\n    - name: sextortion\n      |\n`), ['provision', 'max_penalty_years', 'category']);
  });
  it('a value inside a nested flow map completes from the schema', () => {
    const its = itemsAt(`${head}    holder: { name: x, type: pla| }\n`).items;
    assert.ok(its.some((i) => i.label === 'platform'));
  });
});
