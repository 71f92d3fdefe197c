// knowledge-override (issue 18): a workspace knowledge file that changes a shipped fact is a
// finding on that entry, naming both values; additions and equal values are not. A fact from the
// workspace file is marked wherever it is shown (hover, messages, drafts), and no knowledge string
// can inject Markdown or HTML into a hover card, a draft or the plan.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hoverAt } from '../../../src/core/hover';
import { OVERRIDE_SEVERITY, parseKnowledgeOverride } from '../../../src/core/knowledge-override';
import { parseText } from '../../../src/core/parse';
import { draftCase, renderMarkdown } from '../../../src/draft';
import { fromWorkspace, markdownSafe, mergeKnowledge, SHIPPED } from '../../../src/knowledge';
import { lint } from '../../../src/lint/engine';
import { planText, renderMarkdown as planMarkdown } from '../../../src/plan';
import { knowledgeOverride } from '../../../src/rules/knowledge-override';
import { caseFile, runBin, TODAY } from '../harness';

const PHISH = 'https://meta-records.example.net/login';
const portal = (address: string, extra = '') => `version: 1\nproviders:\n  meta:\n    portal:\n      name: Law Enforcement Online Request System\n      address: ${address}\n      source: Meta law enforcement guidelines\n      checked_on: 2026-11-20\n      confidence: primary\n${extra}`;
const shippedPortal = SHIPPED.providers!.meta.portal!;

/** The override findings of a knowledge file: [line (1-based), message up to its first full stop + value]. */
function findings(text: string) {
  const res = parseKnowledgeOverride(text);
  return res.findings.map((f) => ({ rule: f.ruleId, line: f.range.start.line + 1, severity: f.severity, message: f.message }));
}

describe('knowledge-override', () => {
  it('has the default severity the core reports under', () => assert.equal(knowledgeOverride.meta.severity, OVERRIDE_SEVERITY));

  const table: { name: string; text: string; expect: { line: number; says: RegExp }[] }[] = [
    {
      name: "Meta's portal changed: names the shipped address and the new one",
      text: portal(PHISH),
      expect: [{ line: 4, says: new RegExp(`^Overrides the shipped portal of Meta Platforms, Inc\\., Law Enforcement Online Request System, ${shippedPortal.address!.replace(/[./]/g, '\\$&')}, with Law Enforcement Online Request System, ${PHISH.replace(/[./]/g, '\\$&')}\\.`) }],
    },
    { name: 'the same portal again (provenance changed only): nothing', text: portal(shippedPortal.address!).replace('checked_on: 2026-11-20', 'checked_on: 2026-12-01'), expect: [] },
    { name: 'a new provider: an addition', text: 'version: 1\nproviders:\n  acme-bank:\n    names: [Acme Bank]\n    portal: { name: Acme LE desk, address: "https://le.acme.example", source: liaison list, checked_on: 2026-11-01, confidence: primary }\n', expect: [] },
    {
      name: "an entity's address changed",
      text: `version: 1\nproviders:\n  meta:\n    entities:\n${SHIPPED.providers!.meta.entities!.map((e) => `      - { region: ${e.region}, name: "${e.name}", country: ${e.country}, ${e.region === 'eu' ? 'address: "1 Fake Street, Dublin", ' : e.address ? `address: "${e.address}", ` : ''}source: s, checked_on: 2026-11-01, confidence: primary }`).join('\n')}\n`,
      expect: [{ line: 0, says: /^Overrides the shipped eu entity of Meta Platforms, Inc\., .*, with Meta Platforms Ireland Ltd, 1 Fake Street, Dublin, IE\./ }],
    },
    {
      name: "a central authority changed (GB)",
      text: 'version: 1\ncentral_authorities:\n  - { state: GB, name: "UK Central Authority (new desk)", source: s, as_of: 2026-01-01 }\n',
      expect: [{ line: 3, says: /^Overrides the shipped central authority of GB, UK Central Authority, Home Office, with UK Central Authority \(new desk\)/ }],
    },
    { name: 'a central authority for a state the shipped knowledge marks unknown (DE): an addition', text: 'version: 1\ncentral_authorities:\n  - { state: DE, name: Bundesamt für Justiz, source: s, as_of: 2026-01-01 }\n', expect: [] },
    { name: 'a central authority for a state with none shipped: an addition', text: 'version: 1\ncentral_authorities:\n  - { state: KH, name: Ministry of Justice, source: s, as_of: 2026-01-01 }\n', expect: [] },
    {
      name: 'a 24/7 point changed',
      text: 'version: 1\npoints_24_7:\n  - { state: DE, name: Someone else, source: s, as_of: 2026-01-01 }\n',
      expect: [{ line: 3, says: /^Overrides the shipped 24\/7 point of DE, Bundeskriminalamt \(Federal Criminal Police Office\), with Someone else\./ }],
    },
    {
      name: "a treaty's date changed",
      text: 'version: 1\nmlat_pairs:\n  - { states: [IN, US], status: in_force, in_force: 2001-01-01, source: s, as_of: 2026-01-01 }\n',
      expect: [{ line: 3, says: /^Overrides the shipped treaty between IN and US, 2005-10-03, with 2001-01-01\./ }],
    },
    { name: 'a new treaty pair: an addition', text: 'version: 1\nmlat_pairs:\n  - { states: [IN, DE], status: in_force, in_force: 2003-02-01, source: s, as_of: 2026-01-01 }\n', expect: [] },
    {
      name: "a party's date under a convention changed",
      text: `version: 1\nconventions:\n  budapest:\n    title: ${SHIPPED.conventions!.budapest.title}\n    source: s\n    as_of: 2026-01-01\n    parties:\n      - { state: DE, in_force: 2001-01-01, source: s, as_of: 2026-01-01 }\n`,
      expect: [{ line: 8, says: /^Overrides the shipped date of DE under .*, 2009-07-01, with 2001-01-01\./ }],
    },
    {
      name: "a CLOUD Act agreement's entry into force changed",
      text: 'version: 1\ncloud_act_agreements:\n  - { state: GB, in_force: 2020-01-01, source: s, as_of: 2026-01-01 }\n',
      expect: [{ line: 3, says: /^Overrides the shipped CLOUD Act agreement of GB, 2022-10-03, with 2020-01-01\./ }],
    },
  ];
  for (const t of table) {
    it(t.name, () => {
      const got = findings(t.text);
      assert.equal(got.length, t.expect.length, JSON.stringify(got, null, 1));
      t.expect.forEach((e, i) => {
        assert.equal(got[i].rule, 'knowledge-override');
        assert.equal(got[i].severity, 'warning');
        if (e.line) assert.equal(got[i].line, e.line);
        assert.match(got[i].message, e.says);
      });
    });
  }

  it('the setting lowers it or turns it off, and the count of overrides stays', () => {
    assert.equal(parseKnowledgeOverride(portal(PHISH), { severities: { 'knowledge-override': 'info' } }).findings[0].severity, 'info');
    const off = parseKnowledgeOverride(portal(PHISH), { severities: { 'knowledge-override': 'off' } });
    assert.deepEqual(off.findings, []);
    assert.equal(off.overrides, 1);
    assert.ok(off.override, 'still applied: the setting silences the finding, not the file');
  });
});

describe('a fact from the workspace knowledge file is marked where it is shown', () => {
  const override = parseKnowledgeOverride(portal(PHISH, 'central_authorities:\n  - { state: GB, name: "UK Central Authority (new desk)", source: our circular, as_of: 2026-01-01 }\n')).override!;
  const k = mergeKnowledge(SHIPPED, override);

  it('provenance: the merged entry knows which fields came from the workspace', () => {
    assert.ok(fromWorkspace(k.providers!.meta.portal));
    assert.ok(!fromWorkspace(k.providers!.meta.preservation), "Meta's preservation is still the shipped fact");
    assert.ok(fromWorkspace(k.central_authorities.find((c) => c.state === 'GB'), 'name'));
    assert.ok(!fromWorkspace(k.central_authorities.find((c) => c.state === 'US')));
    assert.ok(!fromWorkspace(SHIPPED.providers!.meta.portal));
  });

  it('the hover card on the holder marks the portal as the workspace file\'s', () => {
    const text = caseFile('  - id: p\n    channel: lers\n    action: preserve\n    holder: { name: "Meta Platforms, Inc.", type: platform, country: US }\n    data: [subscriber]\n');
    const at = text.indexOf('Meta Platforms');
    const shipped = hoverAt(parseText(text), at, SHIPPED)!.markdown;
    const marked = hoverAt(parseText(text), at, k)!.markdown;
    const line = (md: string) => md.split('\n').find((l) => l.startsWith('**Portal:**'))!;
    assert.ok(!line(shipped).includes("workspace's knowledge file"));
    assert.match(line(marked), /meta-records\.example\.net.*\*\*from this workspace's knowledge file\*\*/);
  });

  it('the hover on an MLAT marks a central authority from the workspace file; the mlat-addressee message too', () => {
    const text = caseFile('  - id: m\n    channel: mlat\n    action: produce\n    requested_state: GB\n    holder: { name: Barclays, type: bank, country: GB }\n    data: [bank_records]\n');
    const md = hoverAt(parseText(text), text.indexOf('mlat'), k, { today: TODAY })!.markdown;
    assert.match(md, /Central authority of GB: UK Central Authority \(new desk\) \(\*\*from this workspace's knowledge file\*\*\)/);
    const f = lint(text, { today: TODAY, knowledge: k }).find((x) => x.ruleId === 'mlat-addressee')!;
    assert.match(f.message, /UK Central Authority \(new desk\) \(from this workspace's knowledge file\)/);
    assert.ok(!lint(text, { today: TODAY }).find((x) => x.ruleId === 'mlat-addressee')!.message.includes('workspace'));
  });

  it('a draft marks the fact where it stands and lists it at its end', () => {
    const text = caseFile('  - id: p\n    channel: lers\n    action: preserve\n    holder: { name: "Meta Platforms, Inc.", type: platform, country: US }\n    data: [subscriber]\n    identifiers: [{ type: username, value: x }]\n');
    const res = draftCase(text, { today: TODAY, knowledge: k });
    assert.ok(res.ok);
    const md = renderMarkdown(res.documents[0]);
    assert.match(md, /\*\*Portal:\*\* Law Enforcement Online Request System, https:\/\/meta-records\.example\.net\/login \(from this workspace's knowledge file\)/);
    const tail = md.slice(md.indexOf("## Facts from this workspace's knowledge file"));
    assert.ok(tail.length < md.length, 'the list at the end');
    assert.match(tail, /- Portal of Meta Platforms, Inc\.: Law Enforcement Online Request System, https:\/\/meta-records\.example\.net\/login \(source: Meta law enforcement guidelines\)/);
    const plain = draftCase(text, { today: TODAY });
    assert.ok(plain.ok && !renderMarkdown(plain.documents[0]).includes('workspace'), 'a draft on shipped facts has no such list');
  });
});

describe('a knowledge file cannot inject Markdown or HTML', () => {
  const evil = '[click here](javascript:alert(1)) <img src=x onerror=alert(1)> `code` **bold** | cell';
  const k = mergeKnowledge(SHIPPED, parseKnowledgeOverride(`version: 1
central_authorities:
  - { state: GB, name: "${evil}", source: "<script>alert(2)</script>", as_of: 2026-01-01 }
channels:
  interpol:
    speed: "${evil}"
    source: s
    as_of: 2026-01-01
`).override!);

  it('a portal address must be an https:// URL (the schema)', () => {
    for (const address of ['javascript:alert(1)', 'http://meta-records.example.net', 'https://x.example/<img>', '[x](https://a.example)']) {
      const res = parseKnowledgeOverride(portal(JSON.stringify(address)));
      assert.equal(res.override, undefined, address);
      assert.match(res.findings[0].message, /must be an https:\/\/ web address/);
    }
  });

  it('hover cards show the text, never a link, an image or HTML', () => {
    const text = caseFile('  - id: m\n    channel: mlat\n    action: produce\n    requested_state: GB\n    holder: { name: Barclays, type: bank, country: GB }\n    data: [bank_records]\n');
    const md = hoverAt(parseText(text), text.indexOf('mlat'), k, { today: TODAY })!.markdown;
    assert.ok(md.includes('\\[click here\\](javascript:alert(1))'), md);
    assert.ok(md.includes('\\<img src=x onerror=alert(1)\\>'));
    assert.ok(!/[^\\]\[click here\]/.test(md) && !/[^\\]<img/.test(md) && !/[^\\]<script/.test(md));
    // The inert copy keeps every query's answer: ids, codes and dates are untouched.
    assert.equal(markdownSafe(k).central_authorities.find((c) => c.state === 'US')!.state, 'US');
    assert.equal(markdownSafe(SHIPPED).mlat_pairs[0].in_force, SHIPPED.mlat_pairs[0].in_force);
  });

  it('a draft escapes it (Markdown), and the plan escapes it (Markdown table)', () => {
    const text = caseFile('  - id: m\n    channel: mlat\n    action: produce\n    requested_state: GB\n    holder: { name: Barclays, type: bank, country: GB }\n    data: [bank_records]\n  - id: i\n    channel: interpol\n    action: locate\n    notice: blue\n    person: { name: A }\n');
    const res = draftCase(text, { today: TODAY, knowledge: k, requestIds: ['m'] });
    assert.ok(res.ok);
    const md = renderMarkdown(res.documents[0]);
    assert.ok(md.includes('\\[click here\\](javascript:alert(1)) \\<img src=x onerror=alert(1)\\>'), md);
    assert.ok(!/[^\\]<img/.test(md));
    const plan = planText(text, { today: TODAY, knowledge: k }).plan!;
    const table = planMarkdown(plan);
    assert.ok(table.includes('\\[click here\\]') && !/[^\\]<img/.test(table), table);
  });
});

describe('CLI: a default workspace knowledge file is named on stderr', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wc-override-'));
  mkdirSync(join(dir, '.which-channel'));
  writeFileSync(join(dir, '.which-channel', 'knowledge.yaml'), portal(PHISH));
  writeFileSync(join(dir, 'a.case.yaml'), caseFile('  - id: p\n    channel: lers\n    action: preserve\n    holder: { name: "Meta Platforms, Inc.", type: platform, country: US }\n    data: [subscriber]\n'));

  it('lint says so with the count, and reports the override in the knowledge file', () => {
    const r = runBin(['lint', '--today', TODAY, '.'], dir);
    assert.match(r.err, /using the workspace knowledge file \.which-channel\/knowledge\.yaml: it overrides 1 shipped fact/);
    assert.match(r.out, /\.which-channel\/knowledge\.yaml\n\s+4:5\s+warning\s+Overrides the shipped portal of Meta/);
  });
  it('JSON and SARIF carry it as a finding', () => {
    const json = JSON.parse(runBin(['lint', '--today', TODAY, '--format', 'json', '.'], dir).out) as { filePath: string; messages: { ruleId: string }[] }[];
    assert.deepEqual(json.find((f) => f.filePath.includes('knowledge'))!.messages.map((f) => f.ruleId), ['knowledge-override']);
    const sarif = JSON.parse(runBin(['lint', '--today', TODAY, '--format', 'sarif', '.'], dir).out) as { runs: { results: { ruleId: string; level: string }[] }[] };
    assert.ok(sarif.runs[0].results.some((x) => x.ruleId === 'knowledge-override' && x.level === 'warning'));
  });
  it('--rule knowledge-override=off silences the finding, not the notice', () => {
    const r = runBin(['lint', '--today', TODAY, '--rule', 'knowledge-override=off', '.'], dir);
    assert.ok(!r.out.includes('Overrides the shipped'));
    assert.match(r.err, /overrides 1 shipped fact/);
  });
  it('draft and plan say so too, and the draft lists the fact', () => {
    const d = runBin(['draft', 'a.case.yaml', '--today', TODAY, '--format', 'md', '--out', 'out'], dir);
    assert.match(d.err, /using the workspace knowledge file/);
    const p = runBin(['plan', 'a.case.yaml', '--today', TODAY, '--format', 'md'], dir);
    assert.match(p.err, /using the workspace knowledge file/);
  });
});

describe('provider completion from a workspace file', () => {
  it('documents the entity as text and marks it', async () => {
    const { holderNameItems } = await import('../../../src/core/complete-providers');
    const k = mergeKnowledge(SHIPPED, parseKnowledgeOverride('version: 1\nproviders:\n  acme:\n    names: [Acme]\n    entities:\n      - { region: default, name: "Acme <img src=x onerror=alert(1)>", country: MT, note: "[x](javascript:alert(1))", source: s, checked_on: 2026-11-01, confidence: primary }\n').override!);
    const text = caseFile('  - id: a\n    channel: lers\n    action: produce\n    holder: { name: Ac }\n    data: [subscriber]\n');
    const at = text.indexOf('Ac }') + 2;
    const item = holderNameItems(k, text, at, true, 0).find((i) => i.filterText.includes('Acme'))!;
    assert.ok(item.documentation.includes('Acme \\<img src=x onerror=alert(1)\\>'), item.documentation);
    assert.ok(item.documentation.includes('\\[x\\](javascript:alert(1))'));
    assert.match(item.documentation, /from this workspace's knowledge file/);
  });
});

describe('a treaty from the workspace knowledge file', () => {
  it('the basis sentence says so in messages, hover and drafts, and the draft lists it at its end', () => {
    const k = mergeKnowledge(SHIPPED, parseKnowledgeOverride('version: 1\nmlat_pairs:\n  - { states: [IN, DE], status: in_force, in_force: 2003-02-01, source: our circular, as_of: 2026-01-01 }\n').override!);
    const text = caseFile('  - id: r\n    channel: letter_rogatory\n    action: produce\n    requested_state: DE\n    holder: { name: Bank, type: bank, country: DE }\n    data: [bank_records]\n');
    const f = lint(text, { today: TODAY, knowledge: k }).find((x) => x.ruleId === 'rogatory-with-treaty')!;
    assert.match(f.message, /the MLAT between IN and DE is in force since 2003-02-01 \(from this workspace's knowledge file\)/);
    const mlat = text.replace('letter_rogatory', 'mlat');
    const res = draftCase(mlat, { today: TODAY, knowledge: k });
    assert.ok(res.ok);
    const md = renderMarkdown(res.documents[0]);
    assert.match(md, /## 1\. Legal basis\n\n.*in force since 1 February 2003 \(from this workspace's knowledge file\)/);
    assert.match(md.slice(md.indexOf("## Facts from this workspace's knowledge file")), /- Legal basis: .*in force since 1 February 2003 \(source/);
    const shipped = lint(text.replace('DE', 'US').replace('country: DE', 'country: US'), { today: TODAY });
    assert.ok(!shipped.some((x) => x.message.includes('workspace')));
  });
});
