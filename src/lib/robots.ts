/** /robots.txt: everything may be crawled; the sitemap index says what there is. */
import { absoluteUrl } from './paths.ts';

export const SITEMAP_INDEX = '/sitemap-index.xml';

export function robotsTxt(siteUrl: string): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${absoluteUrl(siteUrl, SITEMAP_INDEX)}`, ''].join('\n');
}
