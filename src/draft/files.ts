// Writing drafts to disk, for the CLI and the editor alike: `<case id>-<request id>.<ext>` in an
// output folder, never over a file newer than the case file unless forced (the user may have
// edited the draft since), through a temporary file and a rename.
import { existsSync, mkdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { loadDocx } from './load-docx';
import { renderMarkdown } from './markdown';
import type { DraftDocument } from './model';

export type DraftFormat = 'md' | 'docx';

export interface Written {
  document: DraftDocument;
  file: string;
  /** `written`, or `kept`: a newer file was there and not overwritten. */
  status: 'written' | 'kept';
}

/** A file name from ids: anything but letters, digits, dot, dash and underscore becomes `_`. */
export const fileStem = (name: string) => name.replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^\.+/, '_');

/** The default output folder: `drafts/` beside the case file. */
export const defaultOutDir = (caseFile: string) => join(dirname(caseFile), 'drafts');

function writeAtomically(file: string, data: string | Uint8Array): void {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.which-channel.tmp`);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  } catch (err) {
    if (existsSync(tmp)) unlinkSync(tmp);
    throw err;
  }
}

/**
 * Render and write every document in every format. `caseMtimeMs` is the case file's modification
 * time: an existing draft newer than it is kept unless `force`.
 */
export async function writeDrafts(documents: readonly DraftDocument[], opts: { outDir: string; formats: readonly DraftFormat[]; caseMtimeMs: number; force?: boolean }): Promise<Written[]> {
  mkdirSync(opts.outDir, { recursive: true });
  const out: Written[] = [];
  for (const document of documents) {
    for (const format of opts.formats) {
      const file = join(opts.outDir, `${fileStem(document.name)}.${format}`);
      if (!opts.force && existsSync(file) && statSync(file).mtimeMs > opts.caseMtimeMs) {
        out.push({ document, file, status: 'kept' });
        continue;
      }
      const data = format === 'md' ? renderMarkdown(document) : await loadDocx().renderDocx(document);
      writeAtomically(file, data);
      out.push({ document, file, status: 'written' });
    }
  }
  return out;
}
