// `which-channel agenda [paths]`: what falls due across the case files of files and folders
// (register.md): preservation holds ending, needed_by dates, answers becoming overdue. Formats:
// stylish, md, json, csv (the register: a row per request of every case) and ics (iCalendar).
// Exit codes like lint: 0; 1 when a case file has syntax or schema problems (its register may
// miss requests; `which-channel lint` shows them); 2 on a usage or I/O error.
import { relative } from 'node:path';
import { localToday } from '../lint/engine';
import { agenda, CaseRegister, registerOfText } from '../register';
import { loadIcs } from '../register/load-ics';
import { agendaJson, agendaMarkdown, agendaStylish, registerCsv } from '../register/render';
import { checkToday, parseCommand, UsageError } from './args';
import { loadKnowledge } from './knowledge';
import { caseFilesOf, Io, readText } from './main';

export const AGENDA_USAGE = `Usage: which-channel agenda [options] [paths...]

What falls due across the case files (*.case.yaml) of the files and folders given (default: .):
preservation holds ending (the last day to send their extension), needed_by dates, and answers
becoming overdue, with the case, the request, the holder, the channel, the status and what to do.

Options:
  --days <N>               how many days ahead (default 30); answers already overdue are always shown
  --today <YYYY-MM-DD>     the date to count from (default: today)
  --format <stylish|md|json|csv|ics>
                           stylish (default), md (a table), json, csv (the register: one row per
                           request of every case), ics (an iCalendar file: an event per due date,
                           an alarm 3 days before, stable UIDs so a re-import updates)
  --knowledge <file>       a knowledge override (default: .which-channel/knowledge.yaml, if present)
  -h, --help               show this help

Exit codes: 0; 1 when a case file has syntax or schema problems (run which-channel lint);
2 on a usage or I/O error.
`;

const FORMATS = ['stylish', 'md', 'json', 'csv', 'ics'];

export function runAgenda(argv: string[], io: Io): number {
  const { values, positionals } = parseCommand('agenda', argv, {
    format: { type: 'string', default: 'stylish' },
    days: { type: 'string', default: '30' },
    today: { type: 'string' },
    knowledge: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) { io.out(AGENDA_USAGE); return 0; }
  const format = values.format!;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be stylish, md, json, csv or ics, not "${format}"`, 'agenda');
  if (!/^\d{1,4}$/.test(values.days!)) throw new UsageError(`--days takes a whole number of days from 0 to 9999, not "${values.days}"`, 'agenda');
  const days = Number(values.days);
  checkToday('agenda', values.today);
  const today = values.today ?? localToday();

  let ioError = false;
  const fail = (msg: string) => { io.err(`which-channel: ${msg}\n`); ioError = true; };
  const loaded = loadKnowledge(io, values.knowledge);
  if (loaded.error) fail(loaded.error);
  const files = caseFilesOf(positionals, io, fail);
  const registers: CaseRegister[] = [];
  let problems = false;
  for (const file of files) {
    const shown = relative(io.cwd, file) || file;
    let text: string;
    try { text = readText(file); } catch (err) { fail((err as Error).message.replace(file, shown)); continue; }
    const reg = registerOfText(text, loaded.knowledge, today, shown);
    if (reg.problems) {
      problems = true;
      io.err(`which-channel: ${shown}: ${reg.problems} syntax or schema problem${reg.problems === 1 ? '' : 's'}; its register may miss requests (run which-channel lint ${shown})\n`);
    }
    registers.push(reg);
  }
  if (files.length === 0 && !ioError) {
    io.err('which-channel: nothing to check\n');
    return 2;
  }
  const items = agenda(registers, today, days);
  const output = format === 'csv' ? registerCsv(registers.flatMap((r) => r.rows))
    : format === 'ics' ? loadIcs().renderIcs(items)
    : format === 'json' ? agendaJson(items, today, days)
    : format === 'md' ? agendaMarkdown(items)
    : agendaStylish(items, today, days);
  io.out(output);
  if (ioError) return 2;
  return problems ? 1 : 0;
}
