// Navigation in the core: the Outline, definition and references between after: and id:, rename.
import { strict as assert } from 'node:assert';
import { definitionAt, documentSymbols, prepareRenameAt, referencesAt, renameAt } from '../../../src/core/navigation';
import { applyEdits } from '../../../src/core/edits';
import { parseText } from '../../../src/core/parse';

const TEXT = `version: 1
case:
  id: CYB-1
  requesting_state: IN
requests:
  - id: keep-ig
    channel: lers
    action: preserve
    holder: { name: "Meta Platforms, Inc.", type: platform, country: US }
  - id: subs
    channel: lers
    action: produce
    after: keep-ig
  - id: "content"
    channel: mlat
    action: produce
    after: 'keep-ig'
  - id: lost
    after: nobody
`;
const p = parseText(TEXT);
const at = (needle: string, from = '') => TEXT.indexOf(needle, from ? TEXT.indexOf(from) : 0) + 1;
const text = (s: [number, number]) => TEXT.slice(s[0], s[1]);

describe('navigation (core)', () => {
  it('Outline: the case, then each request with channel action holder', () => {
    const s = documentSymbols(p);
    assert.deepEqual(s.map((x) => [x.name, x.detail, x.kind]), [
      ['CYB-1', 'case', 'case'],
      ['keep-ig', 'lers preserve Meta Platforms, Inc.', 'request'],
      ['subs', 'lers produce', 'request'],
      ['content', 'mlat produce', 'request'],
      ['lost', '', 'request'],
    ]);
    assert.equal(text(s[1].selection), 'keep-ig');
    assert.ok(text(s[1].span).startsWith('id: keep-ig') && text(s[1].span).includes('country: US'));
  });

  it('definition: from an after: value (plain or quoted) to the id', () => {
    for (const from of ['subs', '"content"']) {
      const d = definitionAt(p, at('keep-ig', from));
      assert.equal(d.length, 1);
      assert.equal(d[0][0], TEXT.indexOf('keep-ig'));
    }
    assert.deepEqual(definitionAt(p, at('nobody')), []);
    assert.deepEqual(definitionAt(p, at('channel: mlat')), []);
  });

  it('references: the id and every after: that names it', () => {
    const refs = referencesAt(p, at('keep-ig'));
    assert.deepEqual(refs.map(text), ['keep-ig', 'keep-ig', 'keep-ig']);
    assert.equal(referencesAt(p, at('keep-ig'), false).length, 2);
  });

  it('rename: the id and every after:, keeping the quotes', () => {
    const res = renameAt(p, at('keep-ig', 'subs'), 'preserve-instagram');
    assert.ok('edits' in res);
    const out = applyEdits(TEXT, res.edits);
    assert.match(out, /- id: preserve-instagram\n/);
    assert.match(out, /after: preserve-instagram\n/);
    assert.match(out, /after: 'preserve-instagram'\n/);
    assert.ok(!out.includes('keep-ig'));
  });

  it('rename: a name that needs quoting is quoted', () => {
    const res = renameAt(p, at('subs'), 'subs: 2');
    assert.ok('edits' in res);
    assert.match(applyEdits(TEXT, res.edits), /- id: "subs: 2"\n/);
  });

  it('rename refuses a name already used, an empty name, and a dangling after:', () => {
    assert.deepEqual(renameAt(p, at('subs'), 'lost'), { error: 'The id "lost" is already used by another request: choose another name.' });
    assert.ok('error' in renameAt(p, at('subs'), '  '));
    assert.ok('error' in prepareRenameAt(p, at('nobody')));
    assert.ok('error' in prepareRenameAt(p, at('channel: mlat')));
    const ok = prepareRenameAt(p, at('"content"'));
    assert.ok('span' in ok && ok.placeholder === 'content' && text(ok.span) === 'content');
  });
});
