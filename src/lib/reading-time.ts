/**
 * Reading time: the minutes an adult needs to read a body's plain text, at
 * WORDS_PER_MINUTE, rounded up, at least 1. The content check counts it from
 * the plain text it reads from each article's body (validation/body-facts.ts),
 * so only the number is stored, never the text.
 *
 * Words are what `Intl.Segmenter` calls word-like, so punctuation and
 * Markdown's leftover marks are not words, and text written without spaces
 * between words (Chinese, Japanese, Thai) still counts by its words.
 */

/** Adults' silent reading of non-fiction in English (Brysbaert, 2019, a review of 190 studies). */
export const WORDS_PER_MINUTE = 238;

const segmenter = new Intl.Segmenter('en', { granularity: 'word' });

export function countWords(text: string): number {
  let words = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) words++;
  return words;
}

/** Whole minutes to read `words` words: rounded up, never 0 (a short note still takes a moment). */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}

/** `4 min read` */
export function readingTimeLabel(minutes: number): string {
  return `${minutes} min read`;
}
