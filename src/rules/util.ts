// Small helpers the rules share: raw values for copying into a new request, fresh ids, dates.
// Helpers the core needs too (`slug`, `idsOf`) live in src/core/ids.ts.
import type { RuleContext } from '../core/rule';
import { freshId } from '../core/ids';
import { valueAt } from '../core/parse';
import type { YamlPath } from '../core/types';
import { holderNameKey, sameHolderKey } from '../knowledge';

/** The plain value at a path, as written (for copying a holder or identifiers into a new request). */
export function rawValue(ctx: RuleContext, path: YamlPath): unknown {
  return valueAt(ctx.parsed.value, path);
}


/** `base`, or `base-2`, `base-3`… : the first that no request uses. */
export const uniqueId = (ctx: RuleContext, base: string): string => freshId(ctx.ids, base);

/** A holder name for matching: case and punctuation ignored. */
export const nameKey = holderNameKey;

/**
 * A holder's key for "the same holder": the provider registry id where the holder names a
 * provider (so "Instagram" and "Meta Platforms, Inc." are one holder), else its name with case
 * and punctuation ignored.
 */
export const holderKey = (ctx: RuleContext, h: { name?: string; entity?: string } | undefined) => sameHolderKey(ctx.knowledge, h);

/**
 * Edits that add `date` to the request's date list `key` (`extended`, `reminders`): appended to
 * the list where there is one, else a new `key: [date]` after `afterKey`.
 */
export function addDateEdits(ctx: RuleContext, r: { path: YamlPath; }, key: string, date: string, afterKey: string) {
  return ctx.editor.seqAt([...r.path, key]) ? ctx.editor.appendValue([...r.path, key], date) : ctx.editor.set(r.path, key, `[${date}]`, afterKey);
}
