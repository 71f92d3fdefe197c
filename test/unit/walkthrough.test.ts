// The Getting started walkthrough (issue 22, item 13): its steps, their command buttons (each a
// command the extension contributes), and media that exist and are packaged in the .vsix.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './harness';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/** Whether .vscodeignore (ignore everything, then `!` what ships) lets `path` into the .vsix. */
function packaged(path: string): boolean {
  const rules = readFileSync(join(ROOT, '.vscodeignore'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  let inside = false;
  for (const r of rules) {
    const negate = r.startsWith('!');
    const glob = negate ? r.slice(1) : r;
    const re = new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*/g, '\0').replace(/\*/g, '[^/]*').replace(/\0/g, '.*')}$`);
    if (re.test(path)) inside = negate;
  }
  return inside;
}

describe('Getting started walkthrough', () => {
  const walkthroughs = pkg.contributes.walkthroughs as { id: string; steps: { id: string; title: string; description: string; media: Record<string, string>; completionEvents?: string[] }[] }[];
  const steps = walkthroughs?.[0]?.steps ?? [];
  const commands = new Set((pkg.contributes.commands as { command: string }[]).map((c) => c.command));

  it('new case, preserve first, fix, plan, draft, Recommend: in that order', () => {
    assert.deepEqual(steps.map((s) => s.id), ['newCase', 'preserveFirst', 'fix', 'plan', 'draft', 'recommend']);
  });
  it('each step has a button for a command the extension contributes, and completes when it runs', () => {
    for (const s of steps) {
      const links = [...s.description.matchAll(/\]\(command:([\w.]+)(\?[^)]*)?\)/g)];
      assert.equal(links.length, 1, `${s.id}: one button`);
      const [, command, args] = links[0];
      assert.ok(commands.has(command), `${s.id}: ${command} is contributed`);
      if (args) assert.ok(Array.isArray(JSON.parse(decodeURIComponent(args.slice(1)))), `${s.id}: arguments are a JSON array`);
      assert.deepEqual(s.completionEvents, [`onCommand:${command}`], s.id);
    }
  });
  it('each medium exists and is packaged in the .vsix', () => {
    for (const s of steps) {
      const file = s.media.markdown ?? s.media.image ?? s.media.svg;
      assert.ok(file && existsSync(join(ROOT, file)), `${s.id}: ${file}`);
      assert.ok(packaged(file), `${s.id}: ${file} is left out of the .vsix by .vscodeignore`);
    }
    assert.equal(packaged('src/extension/extension.ts'), false, 'the matcher leaves the sources out');
  });
  it('the preserve-first button opens a rule page that exists', () => {
    assert.ok(existsSync(join(ROOT, 'docs', 'rules', 'preserve-first.md')));
  });
});
