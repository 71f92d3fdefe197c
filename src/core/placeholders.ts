// The placeholder texts that the New case file skeleton and the wc- snippets put where a fact
// goes. One list, so the skeleton, the snippets, the `placeholder-value` rule and the drafts
// agree: a placeholder left in place is not a fact, and nothing may print it as one.

/**
 * Placeholder values as written (compared with case and surrounding space ignored). Only texts
 * that cannot be a real value: a sample that could be true (`Meta Platforms, Inc.`, `US`, a
 * date) is not here.
 */
export const PLACEHOLDERS: readonly string[] = [
  'CASE-ID',
  'Short title',
  'Your authority',
  'Platform name',
  'Holder name',
  'Provider name',
  'Person name',
  'Witness name',
  'Officer name',
  'official@agency.gov',
  '+00 0000 0000',
  'value',
  'offence',
  'Section, Act',
  'The competent court',
  'How this account is linked to the offence',
  'Why the data risks being lost',
  'Why this data is evidence of the offence (for US content: facts showing probable cause)',
  'Who did what, when, to whom; how the data or witness is linked to it.',
  'Certification or sworn statements needed, and why',
  'What the witness knows about the offence',
  'Testimony under oath, verbatim record',
];

const KEYS = new Set(PLACEHOLDERS.map((p) => p.trim().toLowerCase()));
/** Their lengths and first characters (ASCII lower-cased by `| 32`): most strings are turned away by these alone. */
const LENGTHS = new Set([...KEYS].map((k) => k.length));
const FIRSTS = new Set([...KEYS].map((k) => k.charCodeAt(0) | 32));
const isSpace = (c: number) => c <= 32 || c === 160 || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;

/**
 * Whether a value is a placeholder left in place. Called on every string of a file (the
 * `placeholder-value` rule: about 95,000 of them at 10,000 requests), so a string is turned away
 * by its length and first character before any copy is made of it.
 */
export function isPlaceholder(v: unknown): v is string {
  if (typeof v !== 'string' || v.length === 0) return false;
  const s = isSpace(v.charCodeAt(0)) || isSpace(v.charCodeAt(v.length - 1)) ? v.trim() : v;
  return LENGTHS.has(s.length) && FIRSTS.has(s.charCodeAt(0) | 32) && KEYS.has(s.toLowerCase());
}
