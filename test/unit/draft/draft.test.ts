// Drafts: golden Markdown per kind of document, the DOCX opened as a zip and checked for the same
// elements, a placeholder for each missing element, the legal basis sentence, and the CLI.
// Set UPDATE_GOLDEN=1 to rewrite the golden files after an intended change (then read the diff).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { buildCaseView } from '../../../src/core/case';
import { missingElements } from '../../../src/core/essentials';
import { parseText } from '../../../src/core/parse';
import { checkSchema } from '../../../src/core/schema';
import { loadDocx } from '../../../src/draft/load-docx';
import { addressee, legalBasis } from '../../../src/draft/facts';
import { buildDraft, draftCase, DraftDocument, renderMarkdown } from '../../../src/draft';
import { mergeKnowledge, SHIPPED } from '../../../src/knowledge';
import { ROOT, TODAY } from '../harness';

const DIR = join(ROOT, 'test', 'unit', 'draft');
const fixture = (name: string) => readFileSync(join(DIR, 'fixtures', `${name}.case.yaml`), 'utf8');
const viewOf = (text: string) => {
  const parsed = parseText(text);
  return buildCaseView(parsed.value, checkSchema(parsed).bad, TODAY);
};
function docs(name: string, knowledge = SHIPPED): DraftDocument[] {
  const res = draftCase(fixture(name), { today: TODAY, knowledge });
  assert.ok(res.ok, res.ok ? '' : res.error);
  return res.documents;
}

/** Channels newer than the schema on this branch, built from a request-like object. */
function synthetic(): DraftDocument[] {
  const india = viewOf(fixture('complete'));
  const preserve = india.requests.find((r) => r.id === 'preserve-instagram')!;
  const germany = viewOf(fixture('eu-de'));
  const produce = germany.requests.find((r) => r.id === 'production-after-preservation')!;
  const net = { ...preserve, id: 'preserve-24-7', channel: 'network_24_7', requested_state: 'US', requestedState: 'US' };
  const eio = { ...produce, id: 'eio-content', channel: 'eio', requested_state: 'FR', requestedState: 'FR', procedure: 'Records certified by the provider.', relevance: 'The suspect stored the images in this account.' };
  // A Blue Notice: information on a witness (the person's status in a sentence of its own).
  const red = india.requests.find((r) => r.id === 'arrest-suspect')!;
  const blue = { ...red, id: 'locate-witness', action: 'locate', notice: 'blue', warrant: undefined, extradition: undefined, person: { name: 'Example Witness', sex: 'female', nationality: 'IN', status: 'witness', photo: true } };
  const eioPreserve = { ...germany.requests.find((r) => r.id === 'preservation-order')!, id: 'eio-preserve', channel: 'eio', requested_state: 'FR', requestedState: 'FR', procedure: 'Preserve the data until the EIO for its production arrives.' };
  return [
    buildDraft({ caseView: india, request: net, all: [...india.requests, net, { ...india.requests[2], id: 'content-after-24-7', after: 'preserve-24-7' }], knowledge: SHIPPED, today: TODAY }),
    buildDraft({ caseView: germany, request: eio, all: [...germany.requests, eio], knowledge: SHIPPED, today: TODAY }),
    buildDraft({ caseView: india, request: blue, all: [...india.requests, blue], knowledge: SHIPPED, today: TODAY }),
    buildDraft({ caseView: germany, request: eioPreserve, all: [...germany.requests, eioPreserve, { ...produce, id: 'eio-follow-up', after: 'eio-preserve' }], knowledge: SHIPPED, today: TODAY }),
  ];
}

async function docxText(doc: DraftDocument): Promise<{ text: string; xml: string }> {
  const zip = await JSZip.loadAsync(await loadDocx().renderDocx(doc));
  const xml = await zip.file('word/document.xml')!.async('string');
  const text = xml.replace(/<w:tab\/>/g, '\t').replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
  return { text, xml };
}

/** The BR-CH treaty (Decree 6.974/2009), shipped: a bilateral treaty not with the US. */
const BR_CH = SHIPPED;
/** The same case from Brazil: the bilateral treaty governs (UNTOC Art. 18(7)). */
function bilateral(): DraftDocument[] {
  const res = draftCase(fixture('cets').replace('id: BXL-2026-9', 'id: BR-2026-9').replace('requesting_state: BE', 'requesting_state: BR'), { today: TODAY, knowledge: BR_CH });
  assert.ok(res.ok);
  return res.ok ? res.documents : [];
}
/** The UN conventions, CETS 030 and a non-US bilateral treaty as the basis of a request. */
const WORLD = () => [...docs('untoc'), ...docs('uncac'), ...docs('cets'), ...bilateral()];
const ALL = () => [...docs('complete'), ...docs('cloud-gb'), ...docs('eu-de'), ...synthetic(), ...docs('bare'), ...WORLD(), ...docs('emergency'), ...docs('emergency-bare'), ...docs('persons')];

describe('drafts', () => {
  describe('golden Markdown per kind of request', () => {
    const expectedKinds = ['preservation', 'portal', 'mla', 'cloud_act', 'eu_order', 'epoc_pr', 'eio', 'interpol', 'emergency', 'covering'];
    it('the fixtures cover every kind and every preservation channel', () => {
      const all = ALL();
      assert.deepEqual([...new Set(all.map((d) => d.kind))].sort(), [...expectedKinds].sort());
      const views = [...viewOf(fixture('complete')).requests, ...viewOf(fixture('eu-de')).requests];
      const preservationChannels = new Set([...views.filter((r) => r.action === 'preserve').map((r) => r.channel as string), 'network_24_7', 'eio']);
      assert.deepEqual([...preservationChannels].sort(), ['eio', 'eu_preservation_order', 'lers', 'network_24_7']);
    });
    for (const doc of ALL()) {
      it(`${doc.name} (${doc.kind})`, () => {
        const file = join(DIR, 'golden', `${doc.name}.md`);
        const md = renderMarkdown(doc);
        if (process.env.UPDATE_GOLDEN) writeFileSync(file, md);
        assert.ok(existsSync(file), `no golden file ${file} (run with UPDATE_GOLDEN=1)`);
        assert.equal(md, readFileSync(file, 'utf8'));
      });
    }
    it('no golden file without a document', () => {
      const names = new Set(ALL().map((d) => `${d.name}.md`));
      assert.deepEqual(readdirSync(join(DIR, 'golden')).filter((f) => !names.has(f)), []);
    });
  });

  describe('missing elements', () => {
    it('complete cases: no placeholder but what the knowledge base lacks (provider address, EIO executing authority, 24/7 point)', () => {
      for (const d of [...docs('complete'), ...docs('cloud-gb'), ...docs('eu-de'), ...synthetic()]) {
        const allowed = ["address of the provider's legal entity", 'executing authority in FR', '24/7 point of contact of US'];
        assert.deepEqual(d.missing.filter((m) => !allowed.includes(m)), [], d.name);
      }
    });
    it('a bare case: a placeholder for each missing element, in Markdown and in the DOCX (highlighted)', async () => {
      const text = fixture('bare');
      const view = viewOf(text);
      // A covering letter (covering.test.ts) restates no element of the request.
      for (const d of docs('bare').filter((x) => !x.covers)) {
        const r = view.requests.find((x) => x.id === d.requestId)!;
        const missing = missingElements(view, r, view.requests, SHIPPED).map((e) => e.label);
        assert.ok(missing.length > 0, d.name);
        const md = renderMarkdown(d);
        const { text: docText, xml } = await docxText(d);
        for (const label of missing) {
          assert.ok(d.missing.includes(label), `${d.name}: ${label} in the model`);
          assert.ok(md.includes(`[missing: ${label}]`), `${d.name}: ${label} in Markdown`);
          assert.ok(docText.includes(`[missing: ${label}]`), `${d.name}: ${label} in DOCX`);
        }
        assert.match(xml, /<w:highlight w:val="yellow"\/>/);
      }
    });
  });

  describe('on paper (issue 20, forms.md section 6)', () => {
    it('every DOCX page carries the reference in its header and "Page X of Y" in its footer; the note is in the properties, not on the page', async () => {
      for (const d of docs('complete')) {
        const zip = await JSZip.loadAsync(await loadDocx().renderDocx(d));
        const names = Object.keys(zip.files);
        const header = await zip.file(names.find((n) => /^word\/header\d*\.xml$/.test(n))!)!.async('string');
        const footer = await zip.file(names.find((n) => /^word\/footer\d*\.xml$/.test(n))!)!.async('string');
        assert.ok(header.includes(d.reference), `${d.name}: header`);
        assert.match(footer, /Page .*PAGE.* of .*NUMPAGES/s, `${d.name}: footer`);
        const core = await zip.file('docProps/core.xml')!.async('string');
        assert.ok(core.includes('Check every fact before signing'), `${d.name}: properties`);
        const { text } = await docxText(d);
        assert.ok(!text.includes('Check every fact before signing'), `${d.name}: not on the page`);
        assert.match(text, /Signature\n.*\nAuthority: .*\nName: _+\nFunction: _+\nPlace: _+\nDate: _+\nSignature: _+/);
        const md = renderMarkdown(d);
        assert.match(md, /<!-- Drafted with which-channel .* Check every fact before signing\. -->\n$/);
      }
    });
    it('a block scalar\'s lines join into one paragraph; a blank line starts another', async () => {
      const { paragraphs } = await import('../../../src/draft/model');
      assert.deepEqual(paragraphs(['Between March and May the account\nobtained images.\n\nThe victims are minors.\n']), [['Between March and May the account obtained images.'], ['The victims are minors.']]);
      assert.deepEqual(paragraphs(['Facts: ', { missing: 'x' }, ' end']), [['Facts: ', { missing: 'x' }, ' end']]);
    });
    it('an authority that seals (a court, a prosecutor) gets a seal line; a police station does not', () => {
      const text = (type: string) => `version: 1\ncase:\n  id: S-1\n  requesting_state: IN\n  authority_type: ${type}\nrequests:\n  - id: w\n    channel: letter_rogatory\n    action: testimony\n    requested_state: KH\n    person: { name: A Witness }\n`;
      const seal = (type: string) => { const r = draftCase(text(type), { today: TODAY }); assert.ok(r.ok); return renderMarkdown(r.documents[0]).includes('**Official seal:**'); };
      assert.equal(seal('court'), true);
      assert.equal(seal('prosecutor'), true);
      assert.equal(seal('police'), false);
    });
  });

  describe('DOCX', () => {
    it('each document opens as a zip and holds the same elements as its Markdown', async () => {
      for (const d of [...docs('complete'), ...docs('cloud-gb'), ...docs('eu-de'), ...synthetic()]) {
        const { text } = await docxText(d);
        const strings = d.blocks.flatMap((b) => (b.type === 'heading' || b.type === 'paragraph' ? [b.text] : b.type === 'fields' ? b.rows.map((r) => r.value) : b.type === 'list' ? b.items : b.type === 'table' ? b.rows.flat() : []))
          .flat().filter((r): r is string => typeof r === 'string' && r.length > 3);
        for (const s of strings) for (const line of s.split('\n')) assert.ok(text.includes(line.trim()), `${d.name}: "${line}"`);
      }
    });
  });

  describe('legal basis', () => {
    it('a bilateral pair (US–IN): the treaty and its date', () => {
      const b = legalBasis(SHIPPED, 'IN', 'US', TODAY, { channel: 'mlat' });
      assert.equal(b?.sentence, 'Treaty between the United States of America and India on Mutual Legal Assistance in Criminal Matters, in force since 3 October 2005');
      assert.equal(b?.instrument?.since, '2005-10-03');
      const md = renderMarkdown(docs('complete').find((d) => d.requestId === 'content-instagram')!);
      assert.ok(md.includes(b!.sentence));
    });
    it('before the treaty entered into force: no basis', () => {
      assert.equal(legalBasis(SHIPPED, 'IN', 'US', '2004-01-01', { channel: 'mlat' }), undefined);
    });
    it('an unknown pair (IN–KH): no sentence, a placeholder in the document', () => {
      assert.equal(legalBasis(SHIPPED, 'IN', 'KH', TODAY, { channel: 'mlat' }), undefined);
      const d = docs('bare').find((x) => x.requestId === 'content')!;
      assert.ok(d.missing.some((m) => m.startsWith('legal basis')));
    });
    it('a Budapest pair (JP–PH) for electronic data: the Convention, binding both since their dates', () => {
      const b = legalBasis(SHIPPED, 'JP', 'PH', TODAY, { channel: 'mlat', action: 'produce', data: ['subscriber', 'content'] });
      assert.equal(b?.sentence, 'Council of Europe Convention on Cybercrime (Budapest, CETS 185), binding Japan since 1 November 2012 and the Philippines since 1 July 2018');
      assert.equal(b?.instrument?.kind, 'convention');
    });
    it('the UN conventions, CETS 030 and a non-US bilateral treaty: instrument, article and both states\' dates', () => {
      const basis = (d: DraftDocument) => renderMarkdown(d).split('## 1. Legal basis\n\n')[1]?.split('\n')[0] ?? '';
      const [untoc, uncac, cets, br] = WORLD().filter((d) => !d.covers);
      assert.match(basis(untoc), /United Nations Convention against Transnational Organized Crime \(New York, 15 November 2000\), Art\. 18, binding South Africa since 21 March 2004 and Germany since 14 July 2006; the offences are serious crimes \(at least 4 years\) involving an organised criminal group/);
      assert.match(basis(uncac), /United Nations Convention against Corruption \(New York, 31 October 2003\), Art\. 46, binding Kenya since 14 December 2005 and Malaysia since 24 October 2008; the offences include corruption/);
      assert.match(basis(cets), /European Convention on Mutual Assistance in Criminal Matters .*, Art\. 1, binding Belgium since 11 November 1975 and Switzerland since 20 March 1967/);
      assert.match(basis(br), /^Treaty on Legal Cooperation in Criminal Matters \(Bern, 12 May 2004\), in force between Brazil and Switzerland since 27 July 2009$/);
    });
    it('a conditional answer: the placeholder names the instrument and the key to set', () => {
      const res = draftCase(fixture('untoc').replace('  organised_crime: true\n', ''), { today: TODAY });
      assert.ok(res.ok && res.documents[0].missing.includes('legal basis: the UN Convention against Transnational Organized Crime (Art. 18) binds ZA and DE if the offence involves an organised criminal group: state case.organised_crime'), JSON.stringify(res.ok && res.documents[0].missing));
    });
    it('the same pair for bank records or testimony: outside the Convention\'s scope, no basis', () => {
      assert.equal(legalBasis(SHIPPED, 'JP', 'PH', TODAY, { channel: 'mlat', action: 'produce', data: ['bank_records'] }), undefined);
      assert.equal(legalBasis(SHIPPED, 'JP', 'PH', TODAY, { channel: 'mlat', action: 'testimony' }), undefined);
    });
    it('the US-EU agreement (US–BG): the agreement between the two states', () => {
      assert.match(legalBasis(SHIPPED, 'BG', 'US', TODAY, { channel: 'mlat', action: 'produce', data: ['content'] })!.sentence, /Agreement.*in force between Bulgaria and the United States of America since 1 February 2010$/);
    });
    it('a CLOUD Act agreement in force (GB): the agreement and its date', () => {
      assert.match(legalBasis(SHIPPED, 'GB', 'US', TODAY, { channel: 'cloud_act' })!.sentence, /United Kingdom.*in force since 3 October 2022$/);
    });
  });

  it('a 24/7 preservation is addressed to the requested state\'s 24/7 point where the knowledge has it', () => {
    const view = { requestingState: 'FR' } as unknown as Parameters<typeof addressee>[1];
    const r = (state: string) => ({ index: 0, path: [], date: TODAY, channel: 'network_24_7', action: 'preserve', requestedState: state }) as unknown as Parameters<typeof addressee>[2];
    assert.match(addressee(SHIPPED, view, r('DE')).name ?? '', /Bundeskriminalamt/);
    assert.match(addressee(SHIPPED, view, r('KH')).missing ?? '', /24\/7 point of contact of KH/);
  });

  it('a case file that does not parse drafts nothing', () => {
    const res = draftCase('version: 1\ncase: [oops\n', { today: TODAY });
    assert.equal(res.ok, false);
  });
});

const BIN = join(ROOT, 'bin', 'which-channel.js');
function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('CLI draft', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'which-channel-draft-'));
    cpSync(join(DIR, 'fixtures'), dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('exit 0 when every document is complete; files named <case id>-<request id> in drafts/ beside the case file', () => {
    const r = cli(['draft', 'complete.case.yaml', '--today', TODAY], dir);
    assert.equal(r.code, 0, r.out + r.err);
    const files = readdirSync(join(dir, 'drafts')).sort();
    assert.ok(files.includes('CYB-2026-0147-preserve-instagram.md') && files.includes('CYB-2026-0147-preserve-instagram.docx'), files.join());
    // 5 requests in 2 formats, and a covering letter to India's central authority for each of the 2 MLA requests.
    assert.equal(files.length, 14);
    assert.ok(files.includes('CYB-2026-0147-witness-cambodia-covering.docx'), files.join());
    assert.match(r.out, /complete/);
  });
  it('exit 1 when some lack elements, and it says what each lacks', () => {
    const r = cli(['draft', 'bare.case.yaml', '--format', 'md', '--out', 'out', '--today', TODAY], dir);
    assert.equal(r.code, 1, r.err);
    assert.match(r.out, /lacks: .*summary of the facts/);
    assert.deepEqual(readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.docx')), []);
  });
  it('--request drafts only the named requests; an unknown id is a usage error', () => {
    const r = cli(['draft', 'complete.case.yaml', '--request', 'arrest-suspect', '--format', 'docx', '--today', TODAY], dir);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(readdirSync(join(dir, 'drafts')), ['CYB-2026-0147-arrest-suspect.docx']);
    const bad = cli(['draft', 'complete.case.yaml', '--request', 'nope'], dir);
    assert.equal(bad.code, 2);
    assert.equal(bad.err.trim().split('\n').length, 1);
  });
  it('exit 2 with one line on a usage or I/O error, and no stack trace', () => {
    for (const args of [['draft'], ['draft', 'complete.case.yaml', '--format', 'pdf'], ['draft', 'nowhere.case.yaml'], ['draft', 'complete.case.yaml', '--today', '2026-02-30']]) {
      const r = cli(args, dir);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.err, /^which-channel: /);
      assert.doesNotMatch(r.err, /\n\s+at /);
    }
  });
  it('a case file that does not parse writes nothing', () => {
    writeFileSync(join(dir, 'broken.case.yaml'), 'version: 1\ncase: { id: X\nrequests: [\n');
    const r = cli(['draft', 'broken.case.yaml'], dir);
    assert.equal(r.code, 2);
    assert.equal(r.err.trim().split('\n').length, 1, r.err);
    assert.ok(!existsSync(join(dir, 'drafts')));
  });
  it('never overwrites a draft newer than the case file without --force', () => {
    assert.equal(cli(['draft', 'complete.case.yaml', '--format', 'md', '--today', TODAY], dir).code, 0);
    const file = join(dir, 'drafts', 'CYB-2026-0147-arrest-suspect.md');
    writeFileSync(file, 'edited by hand');
    const old = new Date(Date.now() - 60_000);
    utimesSync(join(dir, 'complete.case.yaml'), old, old);
    const again = cli(['draft', 'complete.case.yaml', '--format', 'md', '--today', TODAY], dir);
    assert.equal(again.code, 2);
    assert.match(again.err, /arrest-suspect\.md is newer than the case file; not overwritten \(use --force\)/);
    assert.equal(readFileSync(file, 'utf8'), 'edited by hand');
    const forced = cli(['draft', 'complete.case.yaml', '--format', 'md', '--force', '--today', TODAY], dir);
    assert.equal(forced.code, 0, forced.err);
    assert.notEqual(readFileSync(file, 'utf8'), 'edited by hand');
  });
});

describe('placeholders are not facts in a draft', () => {
  it('the New case file skeleton left as it is: no "Your authority", "Platform name" or "Short title"; the checklist says they are missing', () => {
    const text = `version: 1
case:
  id: CASE-20261203
  title: Short title
  requesting_state: IN
  requesting_authority: Your authority
  urgency: routine
requests:
  - id: preserve-platform
    channel: lers
    action: preserve
    holder: { name: "Platform name", type: platform, country: US }
    data: [subscriber, ip_logs]
`;
    const res = draftCase(text, { today: TODAY });
    assert.ok(res.ok, res.ok ? '' : res.error);
    const md = res.documents.map(renderMarkdown).join('\n');
    assert.doesNotMatch(md, /Your authority|Platform name|Short title/);
    assert.match(md, /\[missing: [^\]]*authority/i);
  });
});

