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

/** Any text to a slug; empty when nothing sluggable is left (e.g. only emoji). */
export function slugify(text: string): string {
  return slugifyLib(text, { decamelize: false });
}

/** The slug of a content file: its name without folders or extension. */
export function slugFromPath(path: string): string {
  const name = path.split('/').pop() ?? path;
  return name.replace(/\.(md|mdx)$/i, '');
}
