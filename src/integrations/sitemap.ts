/**
 * @astrojs/sitemap, told by the build what each page says about itself: pages
 * marked `noindex` (empty calendar months) are left out, and articles get
 * `lastmod` from their update (else publish) time, event pages from their
 * writer's `updated` when they have one. Other pages get none: nothing says
 * when they changed, and a wrong lastmod makes search engines distrust them
 * all. The facts come from the data layer, which noted them while it computed
 * the pages (src/node/page-facts.ts), not from the written HTML.
 */
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { notedPageFacts, type PageFacts } from '../node/page-facts.ts';

export function siteMap(): AstroIntegration {
  const factsOf = (url: string): PageFacts | undefined => {
    const facts = notedPageFacts();
    // Every build has pages of dynamic routes; none noted means the pages ran where this process cannot see.
    if (!facts) throw new Error('sitemap: the build noted no page facts (src/node/page-facts.ts); nothing to list');
    return facts.get(decodeURIComponent(new URL(url).pathname));
  };
  return sitemap({
    filter: (url) => !factsOf(url)?.noindex,
    serialize: (item) => {
      const modified = factsOf(item.url)?.modified;
      return modified ? { ...item, lastmod: new Date(modified).toISOString() } : item;
    },
  });
}
