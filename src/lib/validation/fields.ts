/**
 * The contract's field names (docs/content.md), used to catch typos:
 * an unknown field is an error that names the known field it resembles.
 */
import { distance } from 'fastest-levenshtein';

export const EVENT_FIELDS = [
  'title',
  'slug',
  'start',
  'end',
  'timezone',
  'location',
  'address',
  'online',
  'url',
  'summary',
  'organizer',
  'tags',
  'image',
  'imageAlt',
  'status',
  'recurrence',
  'exclude',
  'draft',
] as const;

export const ARTICLE_FIELDS = [
  'title',
  'slug',
  'date',
  'updated',
  'author',
  'category',
  'tags',
  'summary',
  'image',
  'imageAlt',
  'draft',
] as const;

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
