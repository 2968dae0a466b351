/** Reading a built site in tests: pages by URL path, parsed with cheerio. */
import { load, type Cheerio, type CheerioAPI } from 'cheerio';
import type { AnyNode } from 'domhandler';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

export function pageFile(dist: string, urlPath: string): string {
  return urlPath.endsWith('/') ? join(dist, urlPath, 'index.html') : join(dist, urlPath);
}

export function hasPage(dist: string, urlPath: string): boolean {
  return existsSync(pageFile(dist, urlPath));
}

export function readPage(dist: string, urlPath: string): CheerioAPI {
  return load(readFileSync(pageFile(dist, urlPath), 'utf8'));
}

/** Every file under `dir`, as paths relative to it with `/` separators, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(relative(dir, full).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** Collapses whitespace, for comparing visible text. */
export const text = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The text a reader sees: without `hidden` elements (labels a script may reveal). */
export function visibleText(selection: Cheerio<AnyNode>): string {
  const copy = selection.clone();
  copy.find('[hidden]').remove();
  return text(copy.text());
}
