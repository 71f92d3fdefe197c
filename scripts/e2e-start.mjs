// `npm run test:start`: the README's first command as a newcomer meets it. Runs `npm start` (through
// npm, as a user does, so the outer npm's environment is in play) with a cache folder that is empty
// unless WHICH_CHANNEL_E2E_CACHE names one, waits for the URL it prints, checks that VS Code serves
// examples/ (/healthz and the workbench page answer 200), presses Ctrl+C (SIGINT to the process
// group, as a terminal does) and checks that nothing it started is left running or listening.
// Exit 0 when all of that holds; prints how long the install and the start took.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ownCache = !process.env.WHICH_CHANNEL_E2E_CACHE;
const CACHE = process.env.WHICH_CHANNEL_E2E_CACHE ?? mkdtempSync(join(tmpdir(), 'which-channel-start-cache-'));
const t0 = Date.now();
const secs = () => ((Date.now() - t0) / 1000).toFixed(0);
const say = (s) => console.log(`[start ${secs()}s] ${s}`);

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

/** Live processes (not zombies) whose command line mentions `needle`. */
function processesMentioning(needle) {
  const out = [];
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
      const state = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ').pop()?.[0];
      if (cmd.includes(needle) && state !== 'Z' && Number(pid) !== process.pid) out.push(`${pid} ${cmd.slice(0, 120)}`);
    } catch { /* ended while we looked */ }
  }
  return out;
}

const listening = (port) => new Promise((res) => {
  const s = createConnection({ host: '127.0.0.1', port }, () => { s.destroy(); res(true); });
  s.on('error', () => res(false));
});

/** Waits for `cond()` to hold, checking every 100 ms, up to `ms`: a condition, not a fixed sleep. */
async function until(cond, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) { if (await cond()) return true; await new Promise((r) => setTimeout(r, 100)); }
  return cond();
}

const failures = [];
const check = (ok, what) => { say(`${ok ? 'ok  ' : 'FAIL'} ${what}`); if (!ok) failures.push(what); };

const port = await freePort();
say(`npm start, cache ${CACHE}${ownCache ? ' (empty)' : ''}, port ${port}`);
const child = spawn('npm', ['start'], { cwd: ROOT, detached: true, env: { ...process.env, PORT: String(port), WHICH_CHANNEL_E2E_CACHE: CACHE }, stdio: ['ignore', 'pipe', 'pipe'] });
let out = '';
for (const s of [child.stdout, child.stderr]) {
  let partial = '';
  s.on('data', (b) => {
    out += b;
    const lines = (partial + b).split('\n');
    partial = lines.pop();
    for (const l of lines) console.log(`  | ${l}`);
  });
}
const exited = new Promise((res) => child.on('exit', (code, signal) => res({ code, signal })));

const url = await Promise.race([
  until(() => /running in VS Code at (http:\/\/\S+)/.test(out), 20 * 60_000).then(() => out.match(/running in VS Code at (http:\/\/\S+)/)?.[1]),
  exited.then(({ code }) => { throw new Error(`npm start exited (${code}) before it printed a URL`); }),
]).catch((e) => { check(false, e.message); return undefined; });

if (url) {
  say(`URL printed after ${secs()} s: ${url}`);
  check(url.includes(encodeURIComponent(join(ROOT, 'examples'))), 'the URL opens examples/');
  const health = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined);
  check(health?.status === 200, '/healthz answers 200');
  const page = await fetch(url).catch(() => undefined);
  const html = page ? await page.text() : '';
  check(page?.status === 200 && /workbench/i.test(html), 'the workbench page answers 200');
}

say('Ctrl+C');
try { process.kill(-child.pid, 'SIGINT'); } catch { /* already gone */ }
const stopped = await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 30_000))]);
check(stopped, 'npm start stops within 30 s of Ctrl+C');
check(await until(async () => !(await listening(port)), 5_000), `nothing listens on port ${port} any more`);
check(await until(() => processesMentioning(CACHE).length === 0, 5_000), 'no process left from the cache folder');
const left = processesMentioning(CACHE);
if (left.length) { console.log(left.join('\n')); try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }

if (ownCache) rmSync(CACHE, { recursive: true, force: true });
console.log(`start: ${failures.length ? 'failed' : 'passed'} in ${secs()} s${failures.length ? ` (${failures.join('; ')})` : ''}`);
process.exit(failures.length ? 1 : 0);
