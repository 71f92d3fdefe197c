// Completion of holder.name from the provider registry, and the hover card on a holder's name.
import { strict as assert } from 'node:assert';
import { completeAt } from '../../src/core/complete';
import { applyEdits } from '../../src/core/edits';
import { hoverAt } from '../../src/core/hover';
import { parseText } from '../../src/core/parse';
import { SHIPPED } from '../../src/knowledge';

const head = 'version: 1\ncase:\n  id: X\n  requesting_state: FR\nrequests:\n  - id: first\n    channel: lers\n    action: preserve\n';

/** Complete at the `|`, and apply the item whose label is `label` as the editor would. */
function choose(src: string, label: string) {
  const offset = src.indexOf('|');
  const text = src.replace('|', '');
  const items = completeAt(text, offset, parseText(text), undefined, SHIPPED);
  const item = items.find((i) => i.label === label);
  assert.ok(item, `no item ${label} in ${items.map((i) => i.label).slice(0, 8).join(' | ')}…`);
  return { items, out: applyEdits(text, [{ start: offset, end: offset, newText: item!.insertText }, ...(item!.additionalEdits ?? [])]) };
}

describe('completion of holder.name from the registry', () => {
  it('one item for the default entity and one per other region; brands in the filter text', () => {
    const { items } = choose(`${head}    holder: { name: | }\n`, 'Meta Platforms, Inc.');
    const meta = items.filter((i) => i.detail?.includes('registry: meta'));
    assert.deepEqual(meta.map((i) => i.label), ['Meta Platforms, Inc.', 'Meta Platforms Ireland Ltd, for users in the EU']);
    assert.match(meta[0].filterText!, /Instagram/);
    assert.equal(items.filter((i) => i.detail?.includes('registry: tiktok')).length, 4);
  });
  it('flow map: fills type, country and eu_services, quoting the name', () => {
    const { out } = choose(`${head}    holder: { name: | }\n    data: [subscriber]\n`, 'Meta Platforms Ireland Ltd, for users in the EU');
    assert.match(out, /holder: \{ name: Meta Platforms Ireland Ltd, type: platform, country: IE, eu_services: true \}/);
    assert.deepEqual(parseText(out).syntaxErrors, []);
    const { out: us } = choose(`${head}    holder: { name: | }\n`, 'Meta Platforms, Inc.');
    assert.match(us, /name: "Meta Platforms, Inc.", type: platform, country: US, eu_services: true/);
  });
  it('flow map: values already there are replaced', () => {
    const { out } = choose(`${head}    holder: { name: |, type: bank, country: DE }\n`, 'Snap Inc.');
    assert.match(out, /holder: \{ name: Snap Inc\., eu_services: true, type: platform, country: US \}/);
  });
  it('block map: the keys go under the name, or replace the ones there', () => {
    const { out } = choose(`${head}    holder:\n      name: |\n    data: [subscriber]\n`, 'TikTok Technology Limited, for users in the EU');
    assert.match(out, /      name: TikTok Technology Limited\n      type: platform\n      country: IE\n      eu_services: true\n    data/);
    const { out: replaced } = choose(`${head}    holder:\n      type: other\n      name: |\n      country: SG\n`, 'X Corp.');
    assert.match(replaced, /      type: platform\n      name: X Corp\.\n      eu_services: true\n      country: US\n/);
  });
  it('no registry items for another key called name', () => {
    const offset = `${head}    person: { name: `.length;
    const text = `${head}    person: { name:  }\n`;
    assert.ok(!completeAt(text, offset, parseText(text), undefined, SHIPPED).some((i) => i.detail?.includes('registry')));
  });
});

describe('hover on a holder name', () => {
  const text = `${head}    holder: { name: Instagram, type: platform, country: US }\n    data: [content]\n  - id: s\n    channel: lers\n    action: preserve\n    holder: { name: Apple, entity: apple, type: platform, country: US }\n    data: [content]\n`;
  const p = parseText(text);
  const at = (needle: string) => hoverAt(p, text.indexOf(needle) + 1, SHIPPED)!.markdown;
  it('the entity table, portal, preservation, emergency, content, with source, date and confidence', () => {
    const md = at('Instagram');
    assert.match(md, /provider registry: `meta`/);
    assert.match(md, /\| default \| Meta Platforms, Inc\. \| US \| yes \| primary \[\d\] \|/);
    assert.match(md, /\| eu \| Meta Platforms Ireland Ltd \| IE \| yes \| primary \[\d\] \|/);
    assert.match(md, /\*\*Portal:\*\* Law Enforcement Online Request System, https:\/\/www\.facebook\.com\/records/);
    assert.match(md, /\*\*Preservation:\*\* 90 days/);
    assert.match(md, /\*\*Emergency requests:\*\* answered/);
    assert.match(md, /\*\*Content needs:\*\*/);
    assert.match(md, /\n\*\[1\] https:\/\/about\.meta\.com\/\S+ \(archived: [^\n]*\) \(checked 2025-11-19\)\*/);
  });
  it('useful facts first, each source once at the end (issue 22, item 9)', () => {
    const md = at('Instagram');
    const archive = 'commit 7b8b9d3d9c11802210f73b26cb3e9af3eb9e10e5';
    assert.equal(md.split(archive).length - 1, 2, 'the Facebook archive commit: once alone, once with the Instagram one');
    assert.ok(md.indexOf('**Portal:**') < md.indexOf('archived'), 'the portal comes before any provenance');
    assert.ok(md.indexOf('government-issued email address is required') < md.indexOf('**Who answers**'));
    assert.match(md, /\*\*Portal:\*\* [^\n]* \[1\]\n/);
  });
  it("each entity's address, where the registry has one", () => {
    const md = at('Instagram');
    assert.match(md, /\*\*Addresses:\*\*\n\n- Meta Platforms, Inc\.: 1 Meta Way, Menlo Park, CA 94025, US\n- Meta Platforms Ireland Ltd: Merrion Road, Dublin 4, D04 X2K5, Ireland\n/);
    assert.doesNotMatch(at('Apple,'), /Addresses/);
  });
  it('says verify for facts that are not primary', () => {
    const md = at('Apple,');
    assert.match(md, /memory, verify/);
    assert.match(md, /\*\*Portal:\*\* [^\n]*\(secondary: \*\*verify\*\*\)\* \[\d\]\n/);
  });
  it('nothing for a holder the registry does not know', () => {
    const t = `${head}    holder: { name: Acme Bank, type: bank, country: CH }\n`;
    assert.equal(hoverAt(parseText(t), t.indexOf('Acme') + 1, SHIPPED), undefined);
  });
});
