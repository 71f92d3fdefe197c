// The knowledge a command runs on: the shipped facts, merged with a workspace knowledge file
// named by --knowledge, or the default `.which-channel/knowledge.yaml` of the current folder when
// it exists. The default is data of unknown origin picked up without being asked for, so the
// command says so on stderr, with the number of shipped facts it overrides (each also a
// `knowledge-override` finding in lint's output). A file with a problem is reported in its own
// findings and the shipped knowledge is used.
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseKnowledgeOverride } from '../core/knowledge-override';
import type { Finding, SeveritySetting } from '../core/types';
import { Knowledge, mergeKnowledge, SHIPPED } from '../knowledge';
import type { Io } from './main';
import { readText } from './main';

export interface LoadedKnowledge {
  knowledge: Knowledge;
  /** The knowledge file as shown (relative to the current folder) and its findings. */
  file?: { filePath: string; findings: Finding[] };
  /** A file named by --knowledge that could not be read. */
  error?: string;
}

export function loadKnowledge(io: Io, named: string | undefined, severities?: Readonly<Record<string, SeveritySetting>>): LoadedKnowledge {
  const file = named ? resolve(io.cwd, named) : join(io.cwd, '.which-channel', 'knowledge.yaml');
  if (!named && !existsSync(file)) return { knowledge: SHIPPED };
  const shown = relative(io.cwd, file) || file;
  let text: string;
  try {
    text = readText(file);
  } catch (err) {
    return { knowledge: SHIPPED, error: (err as NodeJS.ErrnoException).code === 'ENOENT' ? `no such file: ${named ?? shown}` : (err as Error).message };
  }
  const res = parseKnowledgeOverride(text, { severities });
  if (!named) {
    const what = !res.override ? 'it has problems and is ignored (see its findings)' : res.overrides ? `it overrides ${res.overrides} shipped fact${res.overrides === 1 ? '' : 's'} (check them: lint reports each)` : 'it adds facts and overrides no shipped one';
    io.err(`which-channel: using the workspace knowledge file ${shown}: ${what}\n`);
  }
  return { knowledge: res.override ? mergeKnowledge(SHIPPED, res.override) : SHIPPED, file: { filePath: shown, findings: res.findings } };
}
