import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findProvider, formatRegExp, hasPortal, mergeKnowledge, normaliseName, primaryFact, SHIPPED } from '../../src/knowledge';
import { parseKnowledgeOverride } from '../../src/core/knowledge-override';
import { ROOT } from './harness';

const P = SHIPPED.providers!;

describe('provider registry', () => {
  it('has at least the 20 providers of the research, each with names, a type and entities (or a note why not)', () => {
    const ids = Object.keys(P);
    assert.ok(ids.length >= 20, String(ids.length));
    for (const id of ['meta', 'whatsapp', 'google', 'apple', 'microsoft', 'x', 'discord', 'snap', 'tiktok', 'telegram', 'amazon', 'cloudflare', 'binance', 'coinbase', 'kraken', 'uber', 'linkedin', 'yahoo', 'dropbox', 'zoom', 'signal']) {
      const p = P[id];
      assert.ok(p, id);
      assert.ok(p.names && p.names.length > 0, `${id} names`);
      assert.ok(p.type, `${id} type`);
      assert.ok(p.entities && (p.entities.length > 0 || p.entities_note), `${id} entities`);
    }
  });

  it('every fact carries a source, a checked_on date and a confidence', () => {
    let n = 0;
    for (const [id, p] of Object.entries(P)) {
      const facts = [p.type, p.portal, p.preservation, p.emergency, p.content, ...(p.entities ?? []), ...(p.identifiers ?? [])].filter((f) => f !== undefined);
      for (const f of facts) {
        n++;
        assert.ok(typeof f!.source === 'string' && f!.source.length > 0, `${id}: ${JSON.stringify(f)}`);
        assert.match(f!.checked_on, /^\d{4}-\d{2}-\d{2}$/, id);
        assert.ok(['primary', 'secondary', 'memory'].includes(f!.confidence), id);
      }
    }
    assert.ok(n >= 150, String(n));
  });

  it('every stated identifier format compiles', () => {
    for (const p of Object.values(P)) for (const i of p.identifiers ?? []) if (i.format) assert.ok(formatRegExp(i.format), i.format);
  });

  it('primaryFact returns only primary facts', () => {
    assert.equal(primaryFact({ source: 's', checked_on: '2026-01-01', confidence: 'secondary' }), undefined);
    assert.equal(primaryFact({ source: 's', checked_on: '2026-01-01', confidence: 'memory' }), undefined);
    assert.ok(primaryFact({ source: 's', checked_on: '2026-01-01', confidence: 'primary' }));
  });

  it('no rule reads a provider fact but through the primary accessors', () => {
    // Rules reach the registry through findProvider and the primary… accessors (which filter on
    // confidence); reading a fact's fields off a provider directly would bypass that.
    const dir = join(ROOT, 'src', 'rules');
    for (const f of readdirSync(dir)) {
      const src = readFileSync(join(dir, f), 'utf8');
      assert.doesNotMatch(src, /\.provider\.(type|entities|portal|preservation|emergency|content|identifiers)\b/, f);
      assert.doesNotMatch(src, /\.providers\b/, f);
    }
  });
});

describe('registry name matching', () => {
  const id = (name: string) => findProvider(SHIPPED, { name })?.id;
  const cases: [string, string | undefined][] = [
    ['Meta Platforms, Inc.', 'meta'], ['meta platforms inc', 'meta'], ['META PLATFORMS INC.', 'meta'], ['Meta Platforms Inc', 'meta'],
    ['Meta Platforms Ireland Limited', 'meta'], ['Meta Platforms Ireland Ltd.', 'meta'], ['Facebook', 'meta'], ['instagram', 'meta'], ['  Instagram  ', 'meta'],
    ['Google LLC', 'google'], ['Google L.L.C.', 'google'], ['Google Ireland Ltd', 'google'], ['YouTube', 'google'], ['Gmail', 'google'],
    ['X Corp.', 'x'], ['X Corp', 'x'], ['Twitter, Inc.', 'x'], ['X Internet Unlimited Company', 'x'], ['X Internet UC', 'x'],
    ['Discord Netherlands B.V.', 'discord'], ['Discord Netherlands BV', 'discord'], ['Snap Inc', 'snap'], ['SNAPCHAT', 'snap'],
    ['TikTok Pte. Ltd.', 'tiktok'], ['TikTok Pte Limited', 'tiktok'], ['TikTok Information Technologies UK Ltd', 'tiktok'],
    ['Amazon EU S.a r.l.', 'amazon'], ['Amazon EU SARL', 'amazon'], ['Microsoft Corp.', 'microsoft'], ['Microsoft Corporation', 'microsoft'],
    ['LinkedIn Ireland Unlimited Company', 'linkedin'], ['LinkedIn Ireland U.C.', 'linkedin'], ['Payward Interactive Inc', 'kraken'],
    ['Acme Bank', undefined], ['Meta Bank', undefined], ['Inc.', undefined], ['', undefined],
  ];
  for (const [name, want] of cases) it(`${JSON.stringify(name)} → ${want ?? 'no provider'}`, () => assert.equal(id(name), want));

  it('normalises legal suffixes, punctuation and case', () => {
    assert.equal(normaliseName('Meta Platforms, Inc.'), 'meta platforms');
    assert.equal(normaliseName('Uber B.V.'), 'uber');
    assert.equal(normaliseName('Amazon EU S.à r.l.'), 'amazon eu');
    assert.equal(normaliseName('Example GmbH'), 'example');
    assert.equal(normaliseName('Dropbox International Unlimited Company'), 'dropbox international');
    assert.equal(normaliseName('Inc.'), 'inc');
  });

  it('the entity a name names', () => {
    assert.equal(findProvider(SHIPPED, { name: 'Meta Platforms Ireland Ltd' })?.entity?.region, 'eu');
    assert.equal(findProvider(SHIPPED, { name: 'Instagram' })?.entity, undefined);
  });

  it('holder.entity (a registry id) wins over the name', () => {
    assert.equal(findProvider(SHIPPED, { name: 'Some reseller', entity: 'google' })?.id, 'google');
    assert.equal(findProvider(SHIPPED, { name: 'Meta', entity: 'nope' }), undefined);
    assert.equal(findProvider(SHIPPED, { name: 'x', entity: '__proto__' }), undefined);
  });

  it('the index is built once per Knowledge object, and a merged one has its own', () => {
    const k = mergeKnowledge(SHIPPED, { providers: { acme: { names: ['Acme Telecom S.A.'], type: { value: 'telecom', source: 'agency', checked_on: '2026-11-01', confidence: 'primary' } } } });
    assert.equal(findProvider(k, { name: 'ACME Telecom' })?.id, 'acme');
    assert.equal(findProvider(SHIPPED, { name: 'ACME Telecom' }), undefined);
    assert.equal(findProvider(k, { name: 'Facebook' })?.id, 'meta');
  });

  it('hasPortal is false only on a primary "none"', () => {
    assert.equal(hasPortal(SHIPPED, { name: 'Signal' }), true, 'Signal: none is secondary');
    const k = mergeKnowledge(SHIPPED, { providers: { signal: { portal: { none: true, source: 's', checked_on: '2026-11-01', confidence: 'primary' } } } });
    assert.equal(hasPortal(k, { name: 'Signal' }), false);
    assert.equal(hasPortal(k, { name: 'Unknown' }), true);
  });
});

describe('workspace providers', () => {
  it('adds a provider and corrects a shipped one by id, fact by fact', () => {
    const res = parseKnowledgeOverride(`providers:
  acme:
    names: [Acme Mobile, Acme Telecom Ltd]
    type: { value: telecom, source: agency register, checked_on: 2026-11-01, confidence: primary }
    entities:
      - { region: default, name: Acme Telecom Ltd, country: MT, eu_services: true, source: agency register, checked_on: 2026-11-01, confidence: primary }
  meta:
    preservation: { days: 120, source: liaison officer letter, checked_on: 2026-11-20, confidence: primary }
`);
    // The new provider is an addition; Meta's changed period is a shipped fact overridden (issue 18).
    assert.deepEqual(res.findings.map((f) => [f.ruleId, f.range.start.line, f.message.slice(0, f.message.indexOf(' days. '))]), [['knowledge-override', 7, 'Overrides the shipped preservation period of Meta Platforms, Inc., 90 days, with 120']]);
    const k = mergeKnowledge(SHIPPED, res.override);
    assert.equal(k.providers!.acme.entities![0].country, 'MT');
    assert.equal(k.providers!.meta.preservation!.days, 120);
    assert.equal(k.providers!.meta.portal!.address, 'https://www.facebook.com/records');
    assert.equal(SHIPPED.providers!.meta.preservation!.days, 90);
  });
  it('a fact without its source, date or confidence is refused', () => {
    for (const text of [
      'providers:\n  acme:\n    type: { value: telecom }\n',
      'providers:\n  acme:\n    portal: { none: true, source: x, checked_on: 2026-01-01, confidence: sure }\n',
      'providers:\n  Bad Id:\n    names: [x]\n',
      'providers:\n  __proto__:\n    names: [x]\n',
    ]) assert.ok(parseKnowledgeOverride(text).findings.length > 0, text);
  });
});
