// The argument handling the CLI's commands share: parse with node:util's parseArgs and an options
// table, a usage error that names the help to read, and the check of `--today`. A usage error is
// printed as one line and exits 2 (src/cli/main.ts `run`).
import { parseArgs, ParseArgsConfig } from 'node:util';
import { isDate } from '../core/dates';

/** The commands whose usage errors point at their own help. */
export type Command = 'lint' | 'plan' | 'draft' | 'agenda';

/** A mistake in the command line: one line, then where the help is; exit 2. */
export class UsageError extends Error {
  constructor(message: string, readonly command: Command) {
    super(message);
  }

  /** The command that shows this command's help. */
  get help(): string {
    return this.command === 'lint' ? 'which-channel --help' : `which-channel ${this.command} --help`;
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parse `argv` with an options table (positionals allowed); a parseArgs error becomes a UsageError of `command`. */
export function parseCommand<O extends Options>(command: Command, argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options });
  } catch (err) {
    throw new UsageError((err as Error).message, command);
  }
}

/** Refuse a `--today` that is not a real date `YYYY-MM-DD`; absent is fine (today). */
export function checkToday(command: Command, today: string | undefined): void {
  if (today !== undefined && !isDate(today)) throw new UsageError(`--today must be a real date YYYY-MM-DD, not "${today}"`, command);
}
