// `which-channel plan <case-file>`: the case plan as SVG (default), a self-contained HTML page,
// or a Markdown table. Exit 0; 1 when the file does not parse (its syntax findings go to stderr
// and no picture is written); 2 on a usage or I/O error.
import { writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { planText, renderHtml, renderMarkdown, renderSvg } from '../plan';
import { stylish } from './formatters';
import { checkToday, parseCommand, UsageError } from './args';
import { loadKnowledge } from './knowledge';
import type { Io } from './main';
import { readText } from './main';

export const PLAN_USAGE = `Usage: which-channel plan [options] <case-file>

Draws when each request's answer can come: the window of its expected answer, its deadline,
preservation holds and their lapse dates, and the requests it waits on (after:).

Options:
  --format <svg|html|md>   svg (default): the picture; html: a page with the picture and a table;
                           md: the table (request, channel, action, start, earliest answer,
                           latest answer, needed by, verdict, preservation lapse, status)
  --today <YYYY-MM-DD>     the date for requests with no \`sent\` date and the today line (default: today)
  --out <file>             write to a file instead of standard output
  --knowledge <file>       a knowledge override (default: .which-channel/knowledge.yaml, if present)
  -h, --help               show this help
`;

export function runPlan(argv: string[], io: Io): number {
  const { values, positionals } = parseCommand('plan', argv, {
    format: { type: 'string', default: 'svg' },
    today: { type: 'string' },
    out: { type: 'string' },
    knowledge: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) { io.out(PLAN_USAGE); return 0; }
  const format = values.format!;
  if (!['svg', 'html', 'md'].includes(format)) throw new UsageError(`--format must be svg, html or md, not "${format}"`, 'plan');
  checkToday('plan', values.today);
  if (positionals.length !== 1) throw new UsageError(positionals.length ? 'plan takes one case file' : 'missing case file: which-channel plan <case-file>', 'plan');
  const file = resolve(io.cwd, positionals[0]);
  const shown = relative(io.cwd, file) || file;

  const loaded = loadKnowledge(io, values.knowledge);
  if (loaded.error) throw new Error(loaded.error);
  const knowledge = loaded.knowledge;

  let text: string;
  try { text = readText(file); } catch (err) {
    throw new Error((err as NodeJS.ErrnoException).code === 'ENOENT' ? `no such file: ${positionals[0]}` : (err as Error).message.replace(file, shown));
  }
  const res = planText(text, { today: values.today, knowledge });
  if (!res.plan) {
    io.err(stylish([{ filePath: shown, findings: res.syntax }], false));
    return 1;
  }
  const output = format === 'md' ? renderMarkdown(res.plan) : format === 'html' ? renderHtml(res.plan) : renderSvg(res.plan);
  if (values.out) {
    const out = resolve(io.cwd, values.out);
    try { writeFileSync(out, output, 'utf8'); } catch (err) { throw new Error(`cannot write ${values.out}: ${(err as Error).message}`); }
  } else io.out(output);
  return 0;
}
