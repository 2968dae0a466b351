/**
 * An entry's rendered Markdown, kept in a file beside Astro's content store
 * rather than inside it.
 *
 * Why: Astro hands its store to the build as one JavaScript string literal, and
 * V8 compiles that in time that grows much faster than its size. Rendered HTML
 * was half of the store at 5,000 + 5,000 entries (14 of 28 MB), and taking it
 * out cut the store's compile from 8.7 s to 0.9 s (measured with Node's
 * compile cache off). The file is written when the loader renders the entry,
 * so, like the store, only for new or changed files.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The file that holds one entry's HTML: one per entry, overwritten when it changes. */
export function renderedHtmlPath(cacheDir: string, collection: string, id: string): string {
  return join(cacheDir, 'rendered-html', collection, `${encodeURIComponent(id)}.html`);
}

export function writeRenderedHtml(file: string, html: string): void {
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, html);
}

export function removeRenderedHtml(file: string): void {
  rmSync(file, { force: true });
}

export function hasRenderedHtml(file: string): boolean {
  return existsSync(file);
}

/** The HTML of `source` (named in the error); the loader re-renders an entry whose file has gone, so a miss means a cache emptied mid-build. */
export function readRenderedHtml(file: string, source: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new Error(`${source}: its rendered HTML (${file}) is missing; delete node_modules/.astro and build again`);
  }
}
