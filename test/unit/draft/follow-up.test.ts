// The follow-up letters (register.md): golden Markdown for the extension by channel (a provider
// portal with the provider's own rule, the European Preservation Order, the 24/7 network's
// continuation), the reminder and the withdrawal; the DOCX carries the same text; what refuses a
// follow-up; and `which-channel draft --follow-up`. UPDATE_GOLDEN=1 rewrites the golden files.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { DraftDocument, renderMarkdown } from '../../../src/draft';
import { draftFollowUp, FollowUp } from '../../../src/draft/follow-up';
import { SHIPPED } from '../../../src/knowledge';
import { loadDocx } from '../../../src/draft/load-docx';
import { ROOT, TODAY } from '../harness';

const DIR = join(ROOT, 'test', 'unit', 'draft');
const GOLDEN = join(DIR, 'golden-follow-up');
const FIXTURE = join(DIR, 'fixtures', 'follow-up.case.yaml');
const text = () => readFileSync(FIXTURE, 'utf8');

function letter(requestId: string, followUp: FollowUp, source = text(), today = TODAY): DraftDocument {
  const res = draftFollowUp(source, { requestId, followUp, today });
  assert.ok(res.ok, res.ok ? '' : res.error);
  return res.ok ? res.documents[0] : (undefined as never);
}
const md = (d: DraftDocument) => renderMarkdown(d);

const CASES: [string, FollowUp][] = [
  ['preserve-x', 'extension'],
  ['preserve-cloud', 'extension'],
  ['preserve-net', 'extension'],
  ['mla-x', 'reminder'],
  ['mla-x', 'withdrawal'],
  ['preserve-net', 'withdrawal'],
];

describe('follow-up letters', () => {
  describe('golden Markdown', () => {
    for (const [id, kind] of CASES) {
      it(`${id} ${kind}`, () => {
        const doc = letter(id, kind);
        const file = join(GOLDEN, `${doc.name}.md`);
        if (process.env.UPDATE_GOLDEN) writeFileSync(file, md(doc));
        assert.ok(existsSync(file), `no golden file ${file} (run with UPDATE_GOLDEN=1)`);
        assert.equal(md(doc), readFileSync(file, 'utf8'));
      });
    }
    it('no golden file without a letter', () => {
      const names = new Set(CASES.map(([id, kind]) => `${letter(id, kind).name}.md`));
      assert.deepEqual(readdirSync(GOLDEN).filter((f) => !names.has(f)), []);
    });
  });

  it('names the original request by date and both references, never by its id', () => {
    const m = md(letter('mla-x', 'reminder'));
    assert.match(m, /10 September 2026/);
    assert.match(m, /StA-B 241 Js 12\/26-2/);
    assert.match(m, /CRM-182-77001/);
    assert.doesNotMatch(m, /mla-x|preserve-x/);
  });

  it("the provider's extension cites its own rule and never asks a period it does not state", () => {
    const m = md(letter('preserve-x', 'extension'));
    assert.match(m, /7 days before the period ends, as a separate request/);
    // X states no extension period: the letter asks for "a further period", not the first 90 days.
    assert.match(m, /for a further period/);
    assert.doesNotMatch(m, /further 90 days/);
  });

  it('the hold end counts extensions sent, not the ones only planned', () => {
    const base = md(letter('preserve-x', 'extension'));
    assert.match(base, /until 30 November 2026/);
    const planned = text().replace('    their_reference: LE-889123\n', '    their_reference: LE-889123\n    planned_extensions: [2026-11-20]\n');
    assert.match(md(letter('preserve-x', 'extension', planned)), /until 30 November 2026/);
    const sent = text().replace('    their_reference: LE-889123\n', '    their_reference: LE-889123\n    extended: [2026-11-20]\n');
    assert.match(md(letter('preserve-x', 'extension', sent)), /until 28 February 2027/);
  });

  it('the European Preservation Order extension cites Art. 11 and names the Annex VI form the knowledge base holds', () => {
    const doc = letter('preserve-cloud', 'extension');
    assert.match(md(doc), /Regulation \(EU\) 2023\/1543, Art\. 11/);
    assert.match(md(doc), /further 30 days/);
    assert.match(md(doc), /Attached: the form set out in Annex VI to Regulation \(EU\) 2023\/1543, for the extension/);
    assert.ok(doc.missing.includes('the form, completed'));
  });

  it('without a sourced extension form the letter names none and leaves its place as a placeholder', () => {
    const { hold_extension_form: _form, ...channel } = SHIPPED.channels.eu_preservation_order;
    const knowledge = { ...SHIPPED, channels: { ...SHIPPED.channels, eu_preservation_order: channel } };
    const res = draftFollowUp(text(), { requestId: 'preserve-cloud', followUp: 'extension', today: TODAY, knowledge });
    assert.ok(res.ok);
    const doc = res.ok ? res.documents[0] : (undefined as never);
    assert.doesNotMatch(md(doc), /Annex VI/);
    assert.ok(doc.missing.some((m) => m.startsWith('the form the Regulation sets')));
  });

  it('the 24/7 continuation waits for the request for assistance, sent or in preparation', () => {
    assert.match(md(letter('preserve-net', 'extension')), /being prepared/);
    const sent = text().replace('    procedure: Copies certified by the executing authority.\n', '    procedure: Copies certified by the executing authority.\n    sent: 2026-11-10\n');
    const m = md(letter('preserve-net', 'extension', sent));
    assert.match(m, /was sent on 10 November 2026/);
    assert.match(m, /Art\. 29\(7\)/);
  });

  it('the reminder without needed_by leaves the deadline as a placeholder', () => {
    const doc = letter('mla-x', 'reminder', text().replace('    needed_by: 2026-12-31\n', ''));
    assert.ok(doc.missing.some((m) => m.includes('needed_by')));
  });

  describe('refused follow-ups', () => {
    const refused = (id: string, kind: FollowUp, source = text()) => {
      const res = draftFollowUp(source, { requestId: id, followUp: kind, today: TODAY });
      assert.equal(res.ok, false);
      return res.ok ? '' : res.error;
    };
    it('a request not sent', () => assert.match(refused('mla-net', 'reminder'), /not sent/));
    it('a request sent after today (planned)', () => assert.match(refused('mla-x', 'reminder', text().replace('sent: 2026-09-10', 'sent: 2026-12-10')), /not sent/));
    it('an extension of a request that is not a preservation', () => assert.match(refused('mla-x', 'extension'), /not a preservation/));
    it('a reminder of an answered request', () => assert.match(refused('mla-x', 'reminder', text().replace('    needed_by: 2026-12-31\n', '    needed_by: 2026-12-31\n    answered: 2026-11-20\n')), /answered/));
    it('a follow-up of a withdrawn request', () => assert.match(refused('mla-x', 'withdrawal', text().replace('    needed_by: 2026-12-31\n', '    needed_by: 2026-12-31\n    withdrawn: 2026-11-20\n')), /withdrawn/));
    it('an unknown request id', () => assert.match(refused('nope', 'reminder'), /no request with id "nope"/));
  });

  it('the DOCX carries the title, the references and the placeholder', async () => {
    const doc = letter('mla-x', 'withdrawal');
    const zip = await JSZip.loadAsync(await loadDocx().renderDocx(doc));
    const xml = await zip.file('word/document.xml')!.async('string');
    const plain = xml.replace(/<[^>]+>/g, '');
    assert.match(plain, /Withdrawal of a request/);
    assert.match(plain, /CRM-182-77001/);
    assert.match(plain, /\[missing: why the request is withdrawn/);
  });
});

const BIN = join(ROOT, 'bin', 'which-channel.js');
function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('CLI draft --follow-up', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'wc-follow-up-'));
    writeFileSync(join(dir, 'c.case.yaml'), text());
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes <case>-<request>-<kind> in both formats; exit 0 when complete', () => {
    const r = cli(['draft', 'c.case.yaml', '--request', 'mla-x', '--follow-up', 'reminder', '--today', TODAY], dir);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(readdirSync(join(dir, 'drafts')).sort(), ['FU-2026-12-mla-x-reminder.docx', 'FU-2026-12-mla-x-reminder.md']);
  });
  it('exit 1 when the letter has a placeholder', () => {
    const r = cli(['draft', 'c.case.yaml', '--request', 'mla-x', '--follow-up', 'withdrawal', '--format', 'md', '--today', TODAY], dir);
    assert.equal(r.code, 1, r.err);
    assert.match(r.out, /lacks: why the request is withdrawn/);
  });
  it('exit 2 and a clear message for a request not sent; nothing written', () => {
    const r = cli(['draft', 'c.case.yaml', '--request', 'mla-net', '--follow-up', 'reminder', '--today', TODAY], dir);
    assert.equal(r.code, 2);
    assert.match(r.err, /request "mla-net" is not sent/);
    assert.equal(existsSync(join(dir, 'drafts')), false);
  });
  it('exit 2 for an unknown kind or without exactly one --request', () => {
    const bad = cli(['draft', 'c.case.yaml', '--request', 'mla-x', '--follow-up', 'thanks'], dir);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /--follow-up must be extension, reminder, withdrawal/);
    const none = cli(['draft', 'c.case.yaml', '--follow-up', 'reminder'], dir);
    assert.equal(none.code, 2);
    assert.match(none.err, /exactly one --request/);
  });
});
