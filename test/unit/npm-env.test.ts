// The environment an npm spawned by the e2e tooling gets: what a real `npm run` exports (its
// config, lifecycle and package variables, its user agent with the outer Node's version) is gone,
// the machine's own settings (PATH, HOME, registry, cache, proxies) are kept.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './harness';

/** Runs `cleanNpmEnv` (an ES module) on `env` in a child Node and returns what it kept. */
function clean(env: Record<string, string>): Record<string, string> {
  const code = `import { cleanNpmEnv } from ${JSON.stringify(join(ROOT, 'scripts', 'npm-env.mjs'))};
    process.stdout.write(JSON.stringify(cleanNpmEnv(JSON.parse(process.env.WC_ENV))));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { env: { PATH: process.env.PATH ?? '', WC_ENV: JSON.stringify(env) }, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as Record<string, string>;
}

describe('npm environment of the e2e installs', () => {
  it('drops what a real `npm run` exports and keeps the machine settings', function () {
    this.timeout(60_000);
    // Capture what npm really exports to a script, under settings a machine may have.
    const dir = mkdtempSync(join(tmpdir(), 'wc-npm-env-'));
    try {
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'probe', version: '1.0.0', scripts: { probe: 'node -e "process.stdout.write(JSON.stringify(process.env))"' } }));
      const machine = { npm_config_registry: 'https://registry.example.test/', https_proxy: 'http://proxy.example.test:3128', npm_config_https_proxy: 'http://proxy.example.test:3128' };
      const r = spawnSync('npm', ['run', '-s', 'probe'], { cwd: dir, env: { ...process.env, ...machine }, encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      const exported = JSON.parse(r.stdout) as Record<string, string>;
      assert.match(exported.npm_config_user_agent, /node\/v\d+/, 'npm exports its user agent (the cause of the bug)');
      assert.ok(exported.npm_lifecycle_event && exported.npm_package_name && exported.npm_execpath);

      const kept = clean(exported);
      const leaked = Object.keys(kept).filter((k) => /^npm_/i.test(k) && !/^npm_config_(registry|cache|https_proxy|userconfig|globalconfig|cafile|noproxy|proxy)$/i.test(k));
      assert.deepEqual(leaked, []);
      assert.equal(kept.npm_config_user_agent, undefined);
      assert.equal(kept.npm_config_registry, machine.npm_config_registry);
      assert.equal(kept.npm_config_https_proxy, machine.npm_config_https_proxy);
      assert.equal(kept.https_proxy, machine.https_proxy);
      assert.equal(kept.PATH, exported.PATH);
      assert.equal(kept.HOME, exported.HOME);
      if (exported.npm_config_cache) assert.equal(kept.npm_config_cache, exported.npm_config_cache);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an inner npm no longer sees the outer user agent', function () {
    this.timeout(60_000);
    const outer = { ...process.env, npm_config_user_agent: 'npm/9.0.0 node/v20.0.0 linux x64', npm_lifecycle_event: 'start' } as Record<string, string>;
    const seen = (env: Record<string, string>) => spawnSync('npm', ['config', 'get', 'user-agent'], { env, encoding: 'utf8' }).stdout.trim();
    assert.equal(seen(outer), outer.npm_config_user_agent);
    assert.notEqual(seen(clean(outer)), outer.npm_config_user_agent);
  });
});
