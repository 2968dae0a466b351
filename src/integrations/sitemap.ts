/**
 * @astrojs/sitemap, told by each built page what it says about itself: pages
 * marked `noindex` (empty calendar months, days beyond the events) are left
 * out, and articles get `lastmod` from their `article:modified_time`. Event
 * pages get none: an event file has no change date, and a wrong lastmod makes
 * search engines distrust them all.
 *
 * What each page says is remembered between builds by its file's mtime and
 * size (dist/ is kept, kept-output.ts): a rebuild reads only the pages it wrote,
 * not all 14,000 of them again (2 s at 5,000 + 5,000 entries).
 */
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPageMeta, type PageMeta } from '../lib/page-meta.ts';
import { sourceHash } from '../node/source-hash.ts';

/** A page's meta, and the file's mtime and size when it was read. */
type Remembered = Record<string, { stamp: string; meta: PageMeta }>;

/** The code that reads a page: a change to it must read every page again. */
const READER_CODE = ['src/lib/page-meta.ts'];

export function siteMap(): AstroIntegration[] {
  let outDir = '';
  let memoryFile = '';
  let code = '';
  let remembered: Remembered = {};
  const seen: Remembered = {};
  const metaFor = (url: string): PageMeta | undefined => {
    const path = decodeURIComponent(new URL(url).pathname);
    if (seen[path]) return seen[path].meta;
    const file = `${outDir}${path.replace(/^\//, '')}${path.endsWith('/') ? 'index.html' : ''}`;
    const stats = statSync(file, { throwIfNoEntry: false });
    if (!stats) return undefined;
    const stamp = `${stats.mtimeMs}:${stats.size}`;
    const known = remembered[path];
    seen[path] = known?.stamp === stamp ? known : { stamp, meta: readPageMeta(readFileSync(file, 'utf8')) };
    return seen[path].meta;
  };
  const remember: AstroIntegration = {
    name: 'sitemap-page-meta',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        memoryFile = join(fileURLToPath(config.cacheDir), 'sitemap-page-meta.json');
        code = sourceHash(fileURLToPath(config.root), READER_CODE);
        try {
          const memory = JSON.parse(readFileSync(memoryFile, 'utf8')) as { code: string; pages: Remembered };
          remembered = memory.code === code ? memory.pages : {};
        } catch {
          remembered = {};
        }
      },
    },
  };
  // After the sitemap's own hook: only what this build's sitemap read is kept.
  const save: AstroIntegration = {
    name: 'sitemap-page-meta-save',
    hooks: {
      'astro:build:done': () => {
        mkdirSync(join(memoryFile, '..'), { recursive: true });
        writeFileSync(memoryFile, JSON.stringify({ code, pages: seen }));
      },
    },
  };
  return [
    remember,
    sitemap({
      filter: (url) => !metaFor(url)?.noindex,
      serialize: (item) => {
        const modified = metaFor(item.url)?.modified;
        return modified ? { ...item, lastmod: new Date(modified).toISOString() } : item;
      },
    }),
    save,
  ];
}
