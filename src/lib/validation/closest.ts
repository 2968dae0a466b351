/** The known word a typo most likely meant: for field names, options, slugs, components and zones. */
import { distance } from 'fastest-levenshtein';

/** The closest of `candidates` to `word`, if close enough to be a likely typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    const c = candidate.toLowerCase();
    // Case and separator slips ("image_alt", "Start") count as exact.
    const score = c === lower.replace(/[-_ ]/g, '') ? 0 : distance(lower, c);
    if (score < bestScore) [best, bestScore] = [candidate, score];
  }
  // Two edits cover a swapped pair of letters ("strat"); short words allow one.
  const allowed = word.length <= 3 ? 1 : 2;
  return bestScore <= allowed ? best : undefined;
}
