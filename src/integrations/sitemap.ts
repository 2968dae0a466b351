/**
 * @astrojs/sitemap, told by each built page what it says about itself: pages
 * marked `noindex` (empty calendar months, days beyond the events) are left
 * out, and articles get `lastmod` from their `article:modified_time`. Event
 * pages get none: an event file has no change date, and a wrong lastmod makes
 * search engines distrust them all.
 */
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readPageMeta, type PageMeta } from '../lib/page-meta.ts';

export function siteMap(): AstroIntegration[] {
  let outDir = '';
  const cache = new Map<string, PageMeta | undefined>();
  const metaFor = (url: string): PageMeta | undefined => {
    if (!cache.has(url)) {
      const path = decodeURIComponent(new URL(url).pathname);
      const file = `${outDir}${path.replace(/^\//, '')}${path.endsWith('/') ? 'index.html' : ''}`;
      cache.set(url, existsSync(file) ? readPageMeta(readFileSync(file, 'utf8')) : undefined);
    }
    return cache.get(url);
  };
  const locate: AstroIntegration = {
    name: 'sitemap-page-meta',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
    },
  };
  return [
    locate,
    sitemap({
      filter: (url) => !metaFor(url)?.noindex,
      serialize: (item) => {
        const modified = metaFor(item.url)?.modified;
        return modified ? { ...item, lastmod: new Date(modified).toISOString() } : item;
      },
    }),
  ];
}
