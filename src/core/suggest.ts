// "Did you mean": the nearest valid names for a misspelt key or value.
import { distance } from 'fastest-levenshtein';

/**
 * Up to `max` candidates near `word`: an exact match ignoring case first, then those within an
 * edit distance of about a third of the word's length, nearest first.
 */
export function nearest(word: string, candidates: readonly string[], max = 3): string[] {
  const w = word.toLowerCase();
  const exact = candidates.filter((c) => c.toLowerCase() === w);
  if (exact.length) return exact.slice(0, max);
  const limit = Math.max(1, Math.ceil(w.length / 3));
  return candidates
    .map((c) => ({ c, d: distance(w, c.toLowerCase()) }))
    .filter((x) => x.d <= limit)
    .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c))
    .slice(0, max)
    .map((x) => x.c);
}
