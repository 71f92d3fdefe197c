// Completion and hover, the pure parts the extension adapts.
import { strict as assert } from 'node:assert';
import { completeAt } from '../../src/core/complete';
import { hoverAt } from '../../src/core/hover';
import { parseText } from '../../src/core/parse';
import { SHIPPED } from '../../src/knowledge';

/** Complete at the `|` in `src`. */
function complete(src: string) {
  const offset = src.indexOf('|');
  const text = src.replace('|', '');
  return completeAt(text, offset, parseText(text)).map((c) => c.label);
}

const head = 'version: 1\ncase:\n  id: X\n  requesting_state: IN\nrequests:\n  - id: first\n    channel: lers\n    action: preserve\n';

describe('completion', () => {
  it('request keys, without those already there', () => {
    const labels = complete(`${head}    |\n`);
    assert.ok(labels.includes('holder') && labels.includes('data') && labels.includes('after'));
    assert.ok(!labels.includes('id') && !labels.includes('channel'));
  });
  it('keys of a new request item', () => {
    const labels = complete(`${head}  - |\n`);
    assert.ok(labels.includes('id') && labels.includes('channel'));
  });
  it('case keys', () => {
    const labels = complete('version: 1\ncase:\n  id: X\n  |\n');
    assert.ok(labels.includes('requesting_state') && labels.includes('urgency') && !labels.includes('id'));
  });
  it('channel and action values', () => {
    assert.deepEqual(complete(`${head}  - id: b\n    channel: |\n`).sort(), ['cloud_act', 'eio', 'eu_preservation_order', 'eu_production_order', 'interpol', 'lers', 'letter_rogatory', 'mlat', 'network_24_7']);
    assert.ok(complete(`${head}  - id: b\n    action: |\n`).includes('find_missing'));
  });
  it('in a flow map: holder keys and values', () => {
    assert.ok(complete(`${head}    holder: { name: M, type: |\n`).includes('exchange'));
    const keys = complete(`${head}    holder: { name: M, |\n`);
    assert.ok(keys.includes('country') && keys.includes('eu_services') && !keys.includes('name'));
  });
  it('in a flow list and a block list: data categories', () => {
    assert.ok(complete(`${head}    data: [subscriber, |\n`).includes('content'));
    assert.ok(complete(`${head}    data:\n      - |\n`).includes('bank_records'));
  });
  it('country codes, in block maps too', () => {
    assert.ok(complete('version: 1\ncase:\n  requesting_state: |\n').includes('GB'));
    assert.ok(complete(`${head}    holder:\n      name: M\n      country: |\n`).includes('US'));
  });
  it('after: offers the ids of the other requests, never its own', () => {
    assert.deepEqual(complete(`${head}  - id: second\n    after: |\n`), ['first']);
  });
});

describe('hover', () => {
  const text = `${head}    holder: { name: M, type: platform, country: US }\n    data: [content]\n  - id: n\n    channel: interpol\n    action: locate\n    notice: blue\n    person: { name: P }\n`;
  const p = parseText(text);
  const at = (needle: string, from = 0) => hoverAt(p, text.indexOf(needle, from) + 1, SHIPPED);
  it('a channel value: what it delivers, cannot, speed, source', () => {
    const h = at('lers')!;
    assert.match(h.markdown, /Delivers/);
    assert.match(h.markdown, /Cannot:.*content/i);
    assert.match(h.markdown, /Source: the guide/);
    assert.equal(text.slice(h.start, h.end), 'lers');
  });
  it('interpol: not evidence', () => assert.match(at('interpol')!.markdown, /cannot compel/i));
  it('a notice: its purpose', () => assert.match(at('blue')!.markdown, /identity, location or activities/));
  it('content: the content wall', () => assert.match(at('content', text.indexOf('data:'))!.markdown, /Stored Communications Act/));
  it('a country: its name', () => assert.match(at('US')!.markdown, /United States/));
  it('a key: its schema description', () => assert.match(at('holder')!.markdown, /Who holds the data/));
  it('nothing on plain text', () => assert.equal(at('first'), undefined));
});
