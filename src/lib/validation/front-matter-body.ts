/**
 * A file's body as the check reads it (readFrontMatter in check-file.ts), from
 * the split alone, without reading the fields: for work that starts before the
 * check is done (the build's loader renders bodies meanwhile,
 * src/loaders/checked-content.ts). Apart from the check's code, which the
 * build's main thread does not load.
 */
import matter from 'gray-matter';

/** A file with front matter starts with a line `---`. */
export const FRONT_MATTER_START = /^---\r?\n/;

/** The body after the front matter; undefined when the file has none to split off. */
export function frontMatterBody(text: string): string | undefined {
  if (!FRONT_MATTER_START.test(text)) return undefined;
  try {
    return matter(text, { engines: { yaml: () => ({}) } }).content;
  } catch {
    return undefined;
  }
}
