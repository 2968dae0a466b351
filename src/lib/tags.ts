/**
 * When two tags are the same tag. Readers do not tell "Digital Health",
 * "digital-health" and "DigitalHealth" apart, so neither do the tag pages nor
 * `npm run check`: both group tags by this key.
 */
import { slugify } from './slug.ts';

/** Tags that differ only in case, spaces, hyphens or underscores have one key. */
export function tagKey(tag: string): string {
  return slugify(tag).replace(/-/g, '');
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
  const aSlug = a === slugify(a);
  const bSlug = b === slugify(b);
  if (aSlug !== bSlug) return aSlug;
  return a.localeCompare(b) < 0;
}
