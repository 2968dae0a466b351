/**
 * When two tags are the same tag, and the address of a tag's page. Readers do
 * not tell "Digital Health", "digital-health" and "DigitalHealth" apart, so
 * neither do the tag pages nor `npm run check`: both group tags by `tagKey`.
 */
import transliterate from '@sindresorhus/transliterate';
import { slugify } from './slug.ts';

/** A letter or digit: what a tag's page address is made of. */
const LETTER = /[\p{L}\p{N}]/u;
/** A run of letters, digits and the marks that belong to them (a word); anything else separates words. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;

/**
 * Whether slugify's own transliteration (the same package) has an ASCII form
 * for a letter: Latin, Cyrillic, Greek, Arabic, Georgian... do, some as
 * nothing (the soft sign "ь"); Chinese, Japanese, Korean, Hebrew, Thai do not,
 * and it leaves them as they are, for slugify to drop.
 */
const transliterates = (char: string) => !/[^\p{ASCII}]/u.test(transliterate(char));

const made = new Map<string, string>();

/**
 * The slug of a tag's page. A tag slugify can write in ASCII keeps the slug
 * it always had ("Việt Nam" -> `viet-nam`, "Здоровье" -> `zdorove`). A tag
 * with a letter it cannot write (Chinese, Japanese, Korean, Hebrew, Thai,
 * Devanagari...) keeps those letters, lower-cased, with the words it can
 * write slugified: "医疗" -> `医疗`, "AI 医疗" -> `ai-医疗`, which stays apart
 * from "AI" (`ai`). Links percent-encode it (paths.ts). Full-width and other
 * compatibility forms count as their plain letters ("ＡＩ" is "AI"). Empty
 * when the tag has no letters or digits at all (only emoji or punctuation).
 * `tagSlug(tagSlug(t)) === tagSlug(t)`, so a slug can stand for its tag.
 */
export function tagSlug(tag: string): string {
  let slug = made.get(tag);
  if (slug === undefined) {
    const text = tag.normalize('NFKC');
    const letters = [...text].filter((c) => LETTER.test(c));
    slug = letters.every(transliterates) ? slugify(text) : unicodeSlug(text);
    if (made.size >= 10_000) made.clear();
    made.set(tag, slug);
  }
  return slug;
}

/** Words joined by hyphens; within a word, what slugify can write is slugified and the rest kept, lower-cased. */
function unicodeSlug(text: string): string {
  const pieces: string[] = [];
  for (const [word] of text.matchAll(WORD)) {
    let run = '';
    let ascii = false;
    const flush = () => {
      const piece = ascii ? slugify(run) : run.toLowerCase();
      if (piece) pieces.push(piece);
      run = '';
    };
    for (const char of word) {
      // A mark stays with the letter before it.
      const kind: boolean = LETTER.test(char) ? transliterates(char) : ascii;
      if (run && kind !== ascii) flush();
      ascii = kind;
      run += char;
    }
    flush();
  }
  return pieces.join('-');
}

/** Tags that differ only in case, spaces, hyphens, underscores or width have one key. */
export function tagKey(tag: string): string {
  return tagSlug(tag).replace(/-/g, '');
}

/**
 * The spelling a tag is shown with: the one most files use; on a tie, one
 * already in tag-page form ("digital-health"), then the first alphabetically.
 */
export function preferredSpelling(counts: ReadonlyMap<string, number>): string {
  let best: { tag: string; count: number } | undefined;
  for (const [tag, count] of counts) {
    if (!best || count > best.count || (count === best.count && ranksBefore(tag, best.tag))) best = { tag, count };
  }
  return best?.tag ?? '';
}

function ranksBefore(a: string, b: string): boolean {
  const aSlug = a === tagSlug(a);
  const bSlug = b === tagSlug(b);
  if (aSlug !== bSlug) return aSlug;
  return a.localeCompare(b) < 0;
}
