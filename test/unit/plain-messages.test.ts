// What a user reads in plain-text surfaces (Problems panel, quick-fix titles, the CLI): no
// Markdown; one syntax finding per broken line, at the parser's position, in plain words; a bad
// knowledge file says what is allowed, that it is ignored, and links to its own page.
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseKnowledgeOverride } from '../../src/core/knowledge-override';
import { docPath } from '../../src/core/rule';
import { lint } from '../../src/lint/engine';
import { caseFile, ROOT, TODAY } from './harness';

const examples = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.yaml')).map((f) => readFileSync(join(ROOT, 'examples', f), 'utf8'));

describe('plain-text messages', () => {
  it('no message or fix title of any example or doc page carries Markdown backticks', () => {
    const docs = readdirSync(join(ROOT, 'docs', 'rules')).map((f) => readFileSync(join(ROOT, 'docs', 'rules', f), 'utf8'));
    const blocks = docs.flatMap((d) => [...d.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]));
    let seen = 0;
    for (const text of [...examples, ...blocks]) {
      for (const f of lint(text, { today: TODAY })) {
        seen++;
        assert.doesNotMatch(f.message, /`/, `${f.ruleId}: ${f.message}`);
        for (const fix of f.fixes) assert.doesNotMatch(fix.title, /`/, `${f.ruleId} fix: ${fix.title}`);
      }
    }
    assert.ok(seen > 50, `only ${seen} findings looked at`);
  });
});

describe('syntax findings', () => {
  const broken: [string, string, RegExp][] = [
    // [what, text, the plain words expected]
    ['a value that starts a mapping (the parser reports a cascade of three)', caseFile('  - id: a\n    channel: lers\n    holder: name: Meta\n      type: platform\n'), /second "key:" on one line/],
    ['a key with no colon', caseFile('  - id: a\n    channel lers\n    action: preserve\n'), /not "key: value"/],
    ['a tab', 'version: 1\ncase:\n\tid: X\n', /tab indents/i],
    ['an unclosed quote', 'version: 1\ncase:\n  id: "X\n  requesting_state: IN\n', /quoted value is not closed/],
    ['an unclosed bracket', 'version: 1\nrequests: [a, b\ncase: {}\n', /bracket is not closed/],
    ['a duplicate key', 'version: 1\nversion: 1\n', /appears twice/],
  ];
  for (const [what, text, words] of broken) {
    it(`${what}: one finding per broken line, in plain words`, () => {
      const found = lint(text, { today: TODAY }).filter((f) => f.ruleId === 'yaml-syntax');
      assert.ok(found.length >= 1, 'no syntax finding');
      const lines = found.map((f) => f.range.start.line);
      assert.equal(new Set(lines).size, lines.length, `two findings on one line: ${found.map((f) => f.message).join(' | ')}`);
      assert.match(found[0].message, words);
      assert.doesNotMatch(found[0].message, /implicit key|compact mapping|YAML stream/i, 'the parser\'s raw words');
    });
  }

  it('the finding sits at the parser\'s position, not at the top of the file', () => {
    const text = caseFile('  - id: a\n    channel: lers\n    holder: name: Meta\n      type: platform\n');
    const [f] = lint(text, { today: TODAY }).filter((x) => x.ruleId === 'yaml-syntax');
    assert.equal(f.range.start.line, text.split('\n').findIndex((l) => l.includes('holder: name: Meta')));
  });
});

describe('knowledge-file problems', () => {
  it('a syntax error: once, at its line, in plain words, saying the file is ignored', () => {
    const text = 'version: 1\nmlat_pairs:\n  - states: [IN, FR]\n    status: name: x\n      source: y\n';
    const { findings, override } = parseKnowledgeOverride(text);
    assert.equal(override, undefined);
    assert.equal(findings.length, 1, findings.map((f) => f.message).join(' | '));
    assert.equal(findings[0].ruleId, 'yaml-syntax');
    assert.equal(findings[0].range.start.line, 3);
    assert.match(findings[0].message, /ignored until this is fixed/);
  });

  it('says what is allowed: the values, the date format, the missing source', () => {
    const cases: [string, RegExp][] = [
      ['mlat_pairs:\n  - { states: [IN, FR], status: maybe, source: s, as_of: 2026-01-01 }\n', /"mlat_pairs\.0\.status" must be one of "in_force", "none"/],
      ['cloud_act_agreements:\n  - { state: CA, in_force: 1 March 2026, source: s, as_of: 2026-01-01 }\n', /must be a date written YYYY-MM-DD/],
      ['central_authorities:\n  - { state: DE, name: BfJ, as_of: 2026-01-01 }\n', /needs the key "source": every fact carries a source/],
      ['mlat_pairs:\n  - { sates: [IN, FR], status: none, source: s, as_of: 2026-01-01 }\n', /"mlat_pairs\.0\.sates" is not a key the knowledge file knows/],
      ['conventions:\n  untoc:\n    title: t\n    source: s\n    as_of: 2026-01-01\n    parties:\n      - { state: KR, source: s, as_of: 2026-01-01 }\n', /"conventions\.untoc\.parties\.0" gives no date: add "in_force" .* or "in_force_by"/],
      ['conventions:\n  sadc_2002:\n    title: SADC\n    source: s\n    as_of: 2026-01-01\n', /"conventions\.sadc_2002" is not an instrument which-channel knows \(budapest, .*untoc, un_drugs_1988\)/],
    ];
    for (const [text, words] of cases) {
      const { findings } = parseKnowledgeOverride(text);
      assert.ok(findings.some((f) => words.test(f.message)), `${text}\n→ ${findings.map((f) => f.message).join(' | ')}`);
      for (const f of findings) {
        assert.doesNotMatch(f.message, /must be equal to one of the allowed values|must match format/, 'raw validator words');
        assert.match(f.message, /ignored until this is fixed/);
        if (f.ruleId !== 'yaml-syntax') assert.equal(f.ruleId, 'knowledge-file');
      }
    }
  });

  it('links to a page of its own, which ships and shows the file\'s shape', () => {
    assert.equal(docPath('knowledge-file'), 'docs/knowledge-file.md');
    assert.ok(existsSync(join(ROOT, docPath('knowledge-file'))));
    const page = readFileSync(join(ROOT, 'docs', 'knowledge-file.md'), 'utf8');
    const example = page.match(/```yaml\n([\s\S]*?)```/)?.[1] ?? '';
    assert.deepEqual(parseKnowledgeOverride(example).findings, [], 'the page\'s example is a valid knowledge file');
    assert.match(readFileSync(join(ROOT, '.vscodeignore'), 'utf8'), /^!docs\/knowledge-file\.md$/m, 'packaged in the .vsix');
  });
});
