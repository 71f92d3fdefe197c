// `which-channel lint [paths...]`: the CLI on the same engine as the extension.
// Exit 0: no error-severity findings; 1: some; 2: a usage or I/O error (one line, no stack).
import { existsSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { Finding, SeveritySetting } from '../core/types';
import { fixText, lint, LintOptions } from '../lint/engine';
import { RULE_IDS } from '../rules';
import pkg from '../../package.json';
import { checkToday, parseCommand, UsageError } from './args';
import { runDraft } from './draft';
import { loadKnowledge } from './knowledge';
import { FileResult, json, sarif, stylish } from './formatters';
import { runPlan } from './plan';
import { runAgenda } from './agenda';

const USAGE = `Usage: which-channel lint [options] [paths...]
       which-channel plan [--format svg|html|md] [--today D] [--out FILE] <case-file>
       which-channel draft <case-file> [options]   (see which-channel draft --help)
       which-channel agenda [paths...] [options]   (see which-channel agenda --help)

Checks case files (*.case.yaml, *.case.yml) for requests sent down the wrong channel.
Folders are searched for case files; a file named on the command line is always checked.

Options:
  --format <stylish|json|sarif>  output format (default: stylish)
  --fix                          apply the preferred fix of each error and warning, re-check,
                                 repeat until nothing changes; files are written atomically
  --today <YYYY-MM-DD>           the date for requests with no \`sent\` date (default: today)
  --knowledge <file>             a knowledge override (default: .which-channel/knowledge.yaml, if present)
  --rule <id=severity>           set a rule's severity: error, warning, info, hint or off (repeatable)
  --hints                        show hints too (what each request still lacks for its draft);
                                 json and sarif always include them
  -h, --help                     show this help
  -v, --version                  show the version
`;

export interface Io {
  out(s: string): void;
  err(s: string): void;
  isTTY: boolean;
  cwd: string;
  env: Record<string, string | undefined>;
}

const defaultIo = (): Io => ({
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stdout.isTTY),
  cwd: process.cwd(),
  env: process.env,
});

const CASE_FILE = /\.case\.ya?ml$/i;
const SKIP_DIRS = new Set(['node_modules', '.git']);

function findCaseFiles(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) findCaseFiles(full, out);
    } else if (entry.isFile() && CASE_FILE.test(entry.name)) out.push(full);
  }
}

/** The case files named by `paths` (files as given, folders searched; default `.`); a missing path goes to `fail`. */
export function caseFilesOf(paths: readonly string[], io: Io, fail: (msg: string) => void): string[] {
  const files: string[] = [];
  for (const p of paths.length ? paths : ['.']) {
    const abs = resolve(io.cwd, p);
    let st;
    try { st = statSync(abs); } catch { fail(`no such file or directory: ${p}`); continue; }
    if (st.isDirectory()) {
      const before = files.length;
      try { findCaseFiles(abs, files); } catch (err) { fail((err as Error).message); }
      if (files.length === before) io.err(`which-channel: no case files (*.case.yaml, *.case.yml) in ${p}\n`);
    } else files.push(abs);
  }
  return files;
}

/** Larger files are refused unread: a case file of 64 MB would hold some 300,000 requests. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** Read a file as UTF-8 text, refusing binary content, invalid UTF-8 and giant files. */
export function readText(file: string): string {
  const size = statSync(file).size;
  if (size > MAX_FILE_BYTES) throw new Error(`${file}: ${(size / 1048576).toFixed(0)} MB is larger than the ${MAX_FILE_BYTES / 1048576} MB a case file may have; not read`);
  const buf = readFileSync(file);
  if (buf.includes(0)) throw new Error(`${file}: not a text file (it contains NUL bytes)`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buf);
  } catch {
    throw new Error(`${file}: not valid UTF-8`);
  }
}

/** Write through a temporary file and a rename, so a failure leaves the original whole. */
export function writeAtomic(file: string, text: string, expected: string): void {
  if (readText(file) !== expected) throw new Error(`${file}: changed on disk while it was being fixed; not written`);
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.which-channel.tmp`);
  try {
    writeFileSync(tmp, text, { encoding: 'utf8', mode: statSync(file).mode });
    renameSync(tmp, file);
  } catch (err) {
    if (existsSync(tmp)) unlinkSync(tmp);
    throw err;
  }
}

function packageRoot(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'docs', 'rules'))) return dir;
    if (dirname(dir) === dir) return resolve(__dirname, '..');
  }
}

function parseRuleSettings(values: string[]): Record<string, SeveritySetting> {
  const out: Record<string, SeveritySetting> = {};
  for (const v of values) {
    const m = /^([a-z0-9-]+)=(error|warning|info|hint|off)$/.exec(v);
    if (!m) throw new UsageError(`--rule takes id=severity (error, warning, info, hint or off), not "${v}"`, 'lint');
    if (!RULE_IDS.includes(m[1])) throw new UsageError(`unknown rule "${m[1]}"`, 'lint');
    out[m[1]] = m[2] as SeveritySetting;
  }
  return out;
}

export async function run(argv: string[], io: Io = defaultIo()): Promise<number> {
  try {
    if (argv[0] === 'draft') return await runDraft(argv.slice(1), io);
    if (argv[0] === 'agenda') return runAgenda(argv.slice(1), io);
    return argv[0] === 'plan' ? runPlan(argv.slice(1), io) : runLint(argv, io);
  } catch (err) {
    io.err(`which-channel: ${(err as Error).message}\n`);
    if (err instanceof UsageError) io.err(`Run "${err.help}" for usage.\n`);
    return 2;
  }
}

function runLint(argv: string[], io: Io): number {
  const { values, positionals } = parseCommand('lint', argv, {
    format: { type: 'string', default: 'stylish' },
    fix: { type: 'boolean', default: false },
    today: { type: 'string' },
    knowledge: { type: 'string' },
    rule: { type: 'string', multiple: true, default: [] },
    hints: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
    version: { type: 'boolean', short: 'v', default: false },
  });
  if (values.help) { io.out(USAGE); return 0; }
  if (values.version) { io.out(`${pkg.version}\n`); return 0; }
  const [command, ...paths] = positionals;
  if (command !== 'lint') throw new UsageError(command ? `unknown command "${command}"` : 'missing command: which-channel lint [paths...] or which-channel plan <case-file>', 'lint');
  const format = values.format!;
  if (!['stylish', 'json', 'sarif'].includes(format)) throw new UsageError(`--format must be stylish, json or sarif, not "${format}"`, 'lint');
  checkToday('lint', values.today);
  const severities = parseRuleSettings(values.rule as string[]);

  const results: FileResult[] = [];
  let ioError = false;
  const fail = (msg: string) => { io.err(`which-channel: ${msg}\n`); ioError = true; };

  // The knowledge override: named, or the workspace's own if present. A bad one is reported
  // in its own file and the shipped knowledge is used.
  const loaded = loadKnowledge(io, values.knowledge, severities);
  const knowledge = loaded.knowledge;
  if (loaded.error) fail(loaded.error);
  if (loaded.file?.findings.length) results.push(loaded.file);

  const files = caseFilesOf(paths, io, fail);

  const options: LintOptions = { today: values.today, knowledge, severities };
  for (const file of files) {
    const shown = relative(io.cwd, file) || file;
    let text: string;
    try { text = readText(file); } catch (err) { fail((err as Error).message.replace(file, shown)); continue; }
    let findings: Finding[];
    if (values.fix) {
      const res = fixText(text, options);
      if (res.output !== text) {
        try { writeAtomic(file, res.output, text); } catch (err) { fail((err as Error).message.replace(file, shown)); }
      }
      findings = res.remaining;
    } else findings = lint(text, options);
    results.push({ filePath: shown, findings });
  }

  if (results.length === 0 && files.length === 0 && !ioError) {
    io.err('which-channel: nothing to check\n');
    return 2;
  }
  const color = io.isTTY && !io.env.NO_COLOR && format === 'stylish';
  io.out(format === 'json' ? json(results) : format === 'sarif' ? sarif(results, pkg.version, packageRoot()) : stylish(results, color, values.hints === true));
  if (ioError) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

if (require.main === module) void run(process.argv.slice(2)).then((code) => { process.exitCode = code; });
