// The engine's vocabulary: findings, fixes and text edits. Plain data, no `vscode`, so the
// CLI, the unit tests and the extension adapter all speak it.

/**
 * `hint`: information that needs no attention now (VS Code draws dots, not a squiggle; the CLI's
 * stylish output shows it with --hints, json and sarif always, as SARIF `note`).
 */
export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

/** A path into the YAML document, as `yaml`'s getIn takes it: keys and sequence indexes. */
export type YamlPath = ReadonlyArray<string | number>;

/** Replace the text between two offsets (UTF-16, into the document text) with `newText`. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  /** What the fix does, as a quick-fix title. */
  title: string;
  edits: TextEdit[];
  /**
   * The fix changes nothing a sent request says: it only rewrites how a value is spelled (a typo
   * of an enum value or key, quotes), writes a plan beside the record (`planned_extensions`), or
   * records what was done today (a reminder or an extension sent: `reminders`, `extended`).
   * Allowed on a sent request, which no other fix may change (core/records.ts).
   */
  sparesRecord?: boolean;
  /** The fix adds a request that follows up a sent one: what that request is, to see that it exists. */
  followUp?: FollowUp;
}

/**
 * A request that follows up a sent request on the right route (core/records.ts): its channel,
 * action, holder (by `sameHolderKey`), requested state (on the channels that take one) and data.
 */
export interface FollowUp {
  channel: string;
  action?: string;
  holder?: string;
  requestedState?: string;
  data?: readonly string[];
}

/** A zero-based position, as the editor counts it; the CLI adds one for display. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
  /** The same range as offsets into the text. */
  startOffset: number;
  endOffset: number;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  range: Range;
  /** The preferred fix first. Empty when the rule has none. */
  fixes: Fix[];
  /** The request the finding is about, when it is about one (index into `requests`). */
  requestIndex?: number;
  /** Whether `--fix` and Fix All may apply `fixes[0]` unattended. */
  autofix: boolean;
}

/** Where a rule's finding points: a node (its value, or its key) by path. */
export interface Report {
  path: YamlPath;
  /** A range given directly as offsets (the parser's errors); wins over `path`. */
  offsets?: [number, number];
  /** `key` points at the key of the last path element; `value` (default) at its value. */
  target?: 'key' | 'value';
  message: string;
  fixes?: Fix[];
  /** Overrides the rule's default severity for this one finding (the user's setting still wins). */
  severity?: Severity;
  /** Whether `--fix` and Fix All may apply the preferred fix unattended (default true). */
  autofix?: boolean;
}
