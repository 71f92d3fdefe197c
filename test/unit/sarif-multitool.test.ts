// The SARIF output, read by a real client: Microsoft's SARIF Multitool (`validate`, the rules
// GitHub code scanning and the SARIF viewers follow) finds nothing to warn about in
// `lint --format sarif examples/`. The validator is a pinned devDependency whose linux-x64 binary
// ships inside the npm tarball (nothing is downloaded at install time).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT, runBin } from './harness';

const MULTITOOL = join(ROOT, 'node_modules', '@microsoft', 'sarif-multitool-linux', 'Sarif.Multitool');

describe('SARIF Multitool', function () {
  this.timeout(120000);
  before(function () {
    // The package is linux-x64 only; elsewhere the JSON shape is still tested in cli.test.ts.
    if (process.platform !== 'linux' || process.arch !== 'x64') this.skip();
    assert.ok(existsSync(MULTITOOL), 'npm ci installs @microsoft/sarif-multitool-linux');
    assert.ok(statSync(MULTITOOL).mode & 0o100, 'Sarif.Multitool is executable (its postinstall: npm rebuild @microsoft/sarif-multitool-linux)');
  });

  it('validate finds no error and no warning in lint --format sarif examples/', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wc-sarif-'));
    try {
      const r = runBin(['lint', '--format', 'sarif', '--hints', 'examples/']);
      assert.ok(r.out.length > 0, r.err);
      const log = JSON.parse(r.out);
      assert.ok(log.runs[0].results.length > 0, 'the examples give findings to validate');
      const input = join(dir, 'examples.sarif');
      const output = join(dir, 'validation.sarif');
      writeFileSync(input, r.out);
      const v = spawnSync(MULTITOOL, ['validate', input, '-o', output, '--log', 'ForceOverwrite'], { encoding: 'utf8', env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' } });
      assert.equal(v.status, 0, v.stdout + v.stderr);
      const report = JSON.parse(readFileSync(output, 'utf8'));
      const problems = report.runs[0].results.map((x: { ruleId: string; message: { text?: string; arguments?: string[] } }) => `${x.ruleId}: ${x.message.text ?? x.message.arguments?.join(' ')}`);
      assert.deepEqual(problems, []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the driver points to a page that ships with the package, and no rule name repeats its id', () => {
    const log = JSON.parse(runBin(['lint', '--format', 'sarif', 'examples/']).out);
    const driver = log.runs[0].tool.driver;
    assert.match(driver.informationUri, /^file:\/\//);
    assert.ok(existsSync(fileURLToPath(driver.informationUri)));
    for (const rule of driver.rules) assert.notEqual(rule.name?.toLowerCase(), rule.id.toLowerCase());
  });
});
