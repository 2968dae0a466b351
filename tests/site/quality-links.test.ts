/** Gate: no broken internal link, image or asset in any page, feed, calendar or sitemap. */
import { describe, expect, inject, it } from 'vitest';
import { listFiles } from '../helpers/dist.ts';
import { checkLinks } from '../helpers/gates/links.ts';
import { site } from '../../src/site.config.ts';

const dist = inject('siteDist');

describe('links', () => {
  it('every internal reference of the built site resolves to a file', () => {
    expect(checkLinks(dist, { siteUrl: site.url })).toEqual([]);
  });

  it('looked at pages and at every feed, calendar and sitemap the build wrote', () => {
    const files = listFiles(dist);
    expect(files.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(20);
    // The link gate reads every .xml, .ics and .txt file; these are the ones of the contract.
    for (const feed of ['rss.xml', 'events.ics', 'sitemap-index.xml', 'robots.txt']) {
      if (!files.includes(feed)) console.warn(`links: no ${feed} in the build yet`);
    }
  });
});
