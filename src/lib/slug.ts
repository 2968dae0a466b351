/**
 * Slugs for file names, tags and URLs. Diacritics are folded the way readers
 * type them ("Hội nghị Y tế số" -> "hoi-nghi-y-te-so", "Đà Nẵng" -> "da-nang").
 */
import slugifyLib from '@sindresorhus/slugify';

/** The contract's slug form: lower-case ASCII words joined by single hyphens. */
export const SLUG_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function isSlug(text: string): boolean {
  return SLUG_RE.test(text);
}

/**
 * Slugs already made. Tags are the text slugged most: a few hundred of them,
 * each on thousands of entries and pages (1.5 s of a cold build at
 * 5,000 + 5,000 entries went to slugging the same tags again). Titles slugged
 * by `npm run new` or an import are few.
 */
const made = new Map<string, string>();

/** Any text to a slug; empty when nothing sluggable is left (e.g. only emoji). */
export function slugify(text: string): string {
  let slug = made.get(text);
  if (slug === undefined) {
    slug = slugifyLib(text, { decamelize: false });
    // Bounded: a long-running dev server or import of many titles must not grow it without end.
    if (made.size >= 10_000) made.clear();
    made.set(text, slug);
  }
  return slug;
}

/** The slug of a content file: its name without folders or extension. */
export function slugFromPath(path: string): string {
  const name = path.split('/').pop() ?? path;
  return name.replace(/\.(md|mdx)$/i, '');
}
