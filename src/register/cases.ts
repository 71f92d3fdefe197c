// The Cases view's model (register.md, "Across the workspace"): every case file of a workspace
// with its register, kept per file so that a change re-reads that file alone, and the items due
// soon across all of them. No `vscode`: the extension feeds it file texts (from disk, or from an
// open editor while it is edited) and draws what it returns; the benchmark times it.
import type { Knowledge } from '../knowledge';
import { agenda, DueItem, RegisterRow, registerOfText } from '.';

/** One case file as the view shows it. */
export interface CaseEntry {
  /** The file's key (a URI or path, as the caller gives it). */
  file: string;
  caseId?: string;
  title?: string;
  rows: RegisterRow[];
  due: DueItem[];
  /** Syntax and schema problems: the register may miss requests while there are any. */
  problems: number;
  /** Why the file could not be read as a case at all. */
  error?: string;
}

interface Kept {
  text: string;
  /** What the text was read at (a document version, a modification time): the same stamp is not re-read. */
  stamp: string;
  entry: CaseEntry;
}

export class CasesModel {
  private readonly files = new Map<string, Kept>();

  constructor(private knowledge: Knowledge, private today: string) {}

  /** The entry of a file's text, read with the model's knowledge and date; a failure is the entry's error, never a throw. */
  private read(file: string, text: string): CaseEntry {
    try {
      const reg = registerOfText(text, this.knowledge, this.today, file);
      return { file, caseId: reg.caseId, title: reg.title, rows: reg.rows, due: reg.due, problems: reg.problems };
    } catch (err) {
      return { file, rows: [], due: [], problems: 1, error: `could not be read: ${(err as Error).message}` };
    }
  }

  /** Set a file's text; returns false (and does nothing) when the stamp is the one already read. */
  set(file: string, text: string, stamp: string): boolean {
    const kept = this.files.get(file);
    if (kept && kept.stamp === stamp) return false;
    this.files.set(file, { text, stamp, entry: this.read(file, text) });
    return true;
  }

  delete(file: string): boolean {
    return this.files.delete(file);
  }

  has(file: string): boolean {
    return this.files.has(file);
  }

  /** A new date or knowledge: every kept text is read again (statuses and due dates depend on both). */
  reset(knowledge: Knowledge, today: string): void {
    this.knowledge = knowledge;
    this.today = today;
    for (const [file, kept] of this.files) kept.entry = this.read(file, kept.text);
  }

  get date(): string {
    return this.today;
  }

  /** Every case, by case id (then file). */
  cases(): CaseEntry[] {
    return [...this.files.values()].map((k) => k.entry).sort((a, b) => (a.caseId ?? '\uffff').localeCompare(b.caseId ?? '\uffff') || a.file.localeCompare(b.file));
  }

  /** What falls due across every case within `days` days of today (and answers already overdue), in date order. */
  dueSoon(days: number): DueItem[] {
    return agenda(this.cases(), this.today, days);
  }

}
