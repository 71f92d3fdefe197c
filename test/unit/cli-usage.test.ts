// Usage errors as each command reports them (src/cli/args.ts): exit 2, the message on one line,
// then one line naming that command's help; nothing on stdout, no stack trace.
import { strict as assert } from 'node:assert';
import { runBin } from './harness';

const CASE = 'examples/in-sextortion.case.yaml';
const ROWS: { args: string[]; message: RegExp; help: string }[] = [
  { args: ['lint', '--bogus', CASE], message: /^Unknown option '--bogus'/, help: 'which-channel --help' },
  { args: ['plan', '--bogus', CASE], message: /^Unknown option '--bogus'/, help: 'which-channel plan --help' },
  { args: ['draft', CASE, '--bogus'], message: /^Unknown option '--bogus'/, help: 'which-channel draft --help' },
  { args: ['plan', '-z', CASE], message: /^Unknown option '-z'/, help: 'which-channel plan --help' },
  { args: ['draft', CASE, '--today'], message: /^Option '--today <value>' argument missing/, help: 'which-channel draft --help' },
  { args: ['lint', '--today', '2026-02-30', CASE], message: /^--today must be a real date YYYY-MM-DD, not "2026-02-30"$/, help: 'which-channel --help' },
  { args: ['plan', '--today', '2026-02-30', CASE], message: /^--today must be a real date YYYY-MM-DD, not "2026-02-30"$/, help: 'which-channel plan --help' },
  { args: ['draft', CASE, '--today', '2026-02-30'], message: /^--today must be a real date YYYY-MM-DD, not "2026-02-30"$/, help: 'which-channel draft --help' },
  { args: ['lint', '--rule', 'nope=error', CASE], message: /^unknown rule "nope"$/, help: 'which-channel --help' },
];

describe('CLI usage errors', () => {
  for (const row of ROWS) {
    it(row.args.join(' '), () => {
      const r = runBin(row.args);
      assert.equal(r.code, 2, r.err);
      assert.equal(r.out, '');
      const lines = r.err.split('\n');
      assert.equal(lines.length, 3, `two lines and the final newline: ${JSON.stringify(r.err)}`);
      assert.match(lines[0], /^which-channel: /);
      assert.match(lines[0].slice('which-channel: '.length), row.message);
      assert.equal(lines[1], `Run "${row.help}" for usage.`);
      assert.equal(lines[2], '');
    });
  }
});
