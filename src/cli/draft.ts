// `which-channel draft <case-file>`: the documents that are sent, one per request, in Markdown
// and/or DOCX. Exit 0: every document complete; 1: some lack elements; 2: a usage or I/O error,
// or a newer draft not overwritten (one line each, no stack trace). A case file that does not
// parse writes nothing.
import { statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { defaultOutDir, DraftFormat, writeDrafts } from '../draft/files';
import { draftCase } from '../draft';
import { draftFollowUp, FOLLOW_UPS, FollowUp } from '../draft/follow-up';
import { checkToday, parseCommand, UsageError } from './args';
import { loadKnowledge } from './knowledge';
import type { Io } from './main';
import { readText } from './main';

export const DRAFT_USAGE = `Usage: which-channel draft <case-file> [options]

Drafts the document each request becomes (preservation letter, portal request, MLA request,
order, notice request), with a visible [missing: ...] placeholder for each missing element.

Options:
  --request <id>          draft only this request (repeatable; default: all)
  --follow-up <kind>      the follow-up letter of one sent request (with one --request):
                          extension (of a preservation), reminder, or withdrawal;
                          written as <case>-<request>-<kind>.md/.docx
  --format <docx|md>      one format only (default: both)
  --out <dir>             output folder (default: drafts/ beside the case file)
  --today <YYYY-MM-DD>    the documents' date, and the date for requests with no \`sent\`
  --force                 overwrite drafts newer than the case file
  -h, --help              show this help
`;

export async function runDraft(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommand('draft', argv, {
    request: { type: 'string', multiple: true, default: [] },
    'follow-up': { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    today: { type: 'string' },
    force: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) { io.out(DRAFT_USAGE); return 0; }
  if (positionals.length !== 1) throw new UsageError(positionals.length ? 'draft takes one case file' : 'missing case file: which-channel draft <case-file>', 'draft');
  const format = values.format;
  if (format !== undefined && format !== 'docx' && format !== 'md') throw new UsageError(`--format must be docx or md, not "${format}"`, 'draft');
  checkToday('draft', values.today);
  const followUp = values['follow-up'] as FollowUp | undefined;
  if (followUp !== undefined) {
    if (!FOLLOW_UPS.includes(followUp)) throw new UsageError(`--follow-up must be ${FOLLOW_UPS.join(', ')}, not "${followUp}"`, 'draft');
    if ((values.request as string[]).length !== 1) throw new UsageError('--follow-up needs exactly one --request <id>', 'draft');
  }
  const formats: DraftFormat[] = format ? [format] : ['md', 'docx'];

  const caseFile = resolve(io.cwd, positionals[0]);
  const shown = (f: string) => relative(io.cwd, f) || f;
  let text: string;
  try { text = readText(caseFile); } catch (err) {
    throw new Error((err as NodeJS.ErrnoException).code === 'ENOENT' ? `no such file: ${positionals[0]}` : (err as Error).message.replace(caseFile, shown(caseFile)));
  }
  const { knowledge } = loadKnowledge(io, undefined);
  const res = followUp
    ? draftFollowUp(text, { requestId: (values.request as string[])[0], followUp, today: values.today, knowledge })
    : draftCase(text, { today: values.today, knowledge, requestIds: values.request as string[] });
  if (!res.ok) throw new Error(`${shown(caseFile)}: ${res.error}`);

  const outDir = values.out ? resolve(io.cwd, values.out) : defaultOutDir(caseFile);
  const written = await writeDrafts(res.documents, { outDir, formats, caseMtimeMs: statSync(caseFile).mtimeMs, force: values.force });
  let kept = 0;
  for (const w of written.filter((x) => x.status === 'kept')) {
    kept++;
    io.err(`which-channel: ${shown(w.file)} is newer than the case file; not overwritten (use --force)\n`);
  }
  for (const d of res.documents) {
    const files = written.filter((w) => w.document === d && w.status === 'written').map((w) => shown(w.file));
    if (files.length === 0) continue;
    io.out(`wrote ${files.join(', ')}\n  ${d.missing.length ? `lacks: ${d.missing.join('; ')}` : 'complete'}\n`);
  }
  // The note to the person signing: said here, not printed on the documents.
  if (written.some((w) => w.status === 'written')) io.out(`${res.documents[0].note}\n`);
  if (kept) return 2;
  return res.documents.some((d) => d.missing.length) ? 1 : 0;
}
