// One name everywhere: every rule has its file, its test, its doc page and a line in the README,
// and each doc page's wrong example triggers the rule while its right example does not.
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseKnowledgeOverride } from '../../src/core/knowledge-override';
import { lint } from '../../src/lint/engine';
import { mergeKnowledge, SHIPPED } from '../../src/knowledge';
import { RULES } from '../../src/rules';
import { decidedKnowledge, ROOT, TODAY } from './harness';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
// The mlat-without-treaty page assumes a workspace that records no treaty with KH and knows the
// regional conventions' lists of parties whole (decidedKnowledge).
const knowledge = mergeKnowledge(decidedKnowledge(SHIPPED, ['IN', 'KH']), {
  // The no-portal page assumes a workspace that checked that Signal runs no portal.
  providers: { signal: { portal: { none: true, source: 'agency check of signal.org', checked_on: '2026-11-20', confidence: 'primary' } } },
});

describe('rule docs', () => {
  for (const rule of RULES) {
    const id = rule.meta.id;
    it(`${id}: file, test, doc page, README entry`, () => {
      assert.ok(existsSync(join(ROOT, 'src', 'rules', `${id}.ts`)));
      assert.ok(existsSync(join(ROOT, 'test', 'unit', 'rules', `${id}.test.ts`)));
      assert.ok(readme.includes(`[\`${id}\`](docs/rules/${id}.md)`), 'listed in the README');
      const doc = readFileSync(join(ROOT, 'docs', 'rules', `${id}.md`), 'utf8');
      assert.ok(doc.startsWith(`# ${id}\n`));
    });
    it(`${id}: the doc's wrong example triggers it and the right one does not`, () => {
      const doc = readFileSync(join(ROOT, 'docs', 'rules', `${id}.md`), 'utf8');
      const block = (title: string) => new RegExp(`## ${title}\\n\\n\`\`\`yaml\\n([\\s\\S]*?)\`\`\``).exec(doc)![1];
      // A knowledge-file rule's examples are workspace knowledge files; the others', case files.
      const ids = (text: string) => (rule.meta.kind === 'knowledge' ? parseKnowledgeOverride(text).findings : lint(text, { today: TODAY, knowledge })).map((f) => f.ruleId);
      assert.ok(ids(block('Wrong')).includes(id), `wrong example: ${ids(block('Wrong'))}`);
      assert.ok(!ids(block('Right')).includes(id), `right example: ${ids(block('Right'))}`);
    });
    it(`${id}: the doc's right example is clean of errors and warnings`, () => {
      const doc = readFileSync(join(ROOT, 'docs', 'rules', `${id}.md`), 'utf8');
      const right = new RegExp('## Right\\n\\n```yaml\\n([\\s\\S]*?)```').exec(doc)![1];
      const found = rule.meta.kind === 'knowledge' ? parseKnowledgeOverride(right).findings : lint(right, { today: TODAY, knowledge });
      const serious = found.filter((f) => f.severity === 'error' || f.severity === 'warning');
      assert.deepEqual(serious.map((f) => `${f.ruleId} ${f.range.start.line + 1}: ${f.message}`), []);
    });
  }
  it('no doc page without a rule', () => {
    const pages = readdirSync(join(ROOT, 'docs', 'rules')).map((f) => f.replace(/\.md$/, ''));
    assert.deepEqual(pages.sort(), RULES.map((r) => r.meta.id).sort());
  });
});

describe('examples', () => {
  const dir = join(ROOT, 'examples');
  const files = readdirSync(dir).filter((f) => /\.case\.ya?ml$/.test(f));
  it('at least five', () => assert.ok(files.length >= 5));
  for (const f of files) {
    it(`${f} gives the findings its header says`, () => {
      const text = readFileSync(join(dir, f), 'utf8');
      const expected = [...text.matchAll(/^# expect: (.+)$/gm)].map((m) => m[1]).filter((e) => e !== 'none');
      // The headers list channel findings; what each document still lacks (missing-element, an
      // info on most requests) is checked in its own table, unless a header names it.
      // The calendar (preservation-expiring, answer-overdue) moves with today: its own tables test it.
      const shown = (id: string) => text.includes(`# expect: ${id}`) || !['missing-element', 'preservation-expiring', 'answer-overdue'].includes(id);
      const found = lint(text, { today: TODAY }).filter((x) => shown(x.ruleId)).map((x) => `${x.ruleId} ${x.range.start.line + 1}`);
      assert.deepEqual(found, expected);
    });
  }
});
