/**
 * Reading time: the minutes an adult needs to read a body, from its words
 * (prose, code, image descriptions and the text of raw HTML, not its tags) at
 * WORDS_PER_MINUTE, rounded up, at least 1. The renderer stores it in the
 * front matter Astro passes on (satteri-plugins.ts), where an Astro page reads
 * it after rendering the entry:
 *
 *     const { remarkPluginFrontmatter } = await render(entry);
 *     const minutes = readingMinutesOf(remarkPluginFrontmatter); // number | undefined
 *
 * A word is what Intl.Segmenter calls word-like (Unicode's word boundaries,
 * UAX #29), so text without spaces between words (Chinese, Japanese, Thai)
 * counts by its words too. Text in the Latin script, most bodies, is counted by
 * a regular expression that follows the same rules for the characters it
 * allows, at a third of the segmenter's cost (it runs on every body); a test
 * holds the two to the same count on the 18F posts.
 */

/** Adults' silent reading of non-fiction in English (Brysbaert, 2019, a review of 190 studies). */
export const WORDS_PER_MINUTE = 238;

/** The front-matter key the minutes are stored under. */
export const READING_MINUTES = 'readingMinutes';

const segmenter = new Intl.Segmenter('en', { granularity: 'word' });

/** The word-like segments of Intl.Segmenter: the definition of a word here. */
export function segmenterWordCount(text: string): number {
  let words = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) words++;
  return words;
}

/**
 * Text made only of characters whose word-break class (UAX #29) WORD knows:
 * ASCII, Latin letters, and the spaces, dashes and quotes of Latin text.
 */
const LATIN_TEXT = /^[\t\n\r\x20-\x7E\u00A0-\u00AC\u00AE-\u024F\u2013\u2014\u2018\u2019\u201C\u201D\u2026]*$/;
const LETTER = 'A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F';
/**
 * A segment without a break inside: letters, digits and `_` (rules WB5, WB8-10,
 * WB13a-b), `:` `·` `.` and apostrophes between letters (WB6-7), `,` `;` `.` and
 * apostrophes between digits (WB11-12). Word-like unless it is a lone `_`.
 */
const WORD = new RegExp(
  `(?:[${LETTER}0-9_]|(?<=[${LETTER}])[:\\u00B7.'\\u2018\\u2019](?=[${LETTER}])|(?<=[0-9])[,;.'\\u2018\\u2019](?=[0-9]))+`,
  'g',
);

export function countWords(text: string): number {
  if (!LATIN_TEXT.test(text)) return segmenterWordCount(text);
  let words = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) if (m[0] !== '_') words++;
  return words;
}

export function readingMinutes(words: number): number {
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}

/** The minutes from what Astro's render() returns as `remarkPluginFrontmatter`; undefined when absent. */
export function readingMinutesOf(frontmatter: Record<string, unknown> | undefined): number | undefined {
  const minutes = frontmatter?.[READING_MINUTES];
  return typeof minutes === 'number' && Number.isInteger(minutes) && minutes > 0 ? minutes : undefined;
}
