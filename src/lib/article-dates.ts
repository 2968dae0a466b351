/**
 * When an article is published and last changed. The contract reads `date`
 * and `updated` (and their times) in the site's zone; a date alone means the
 * start of that day. Visibility, feeds, the check's links and the pages'
 * structured data all take the instant from here.
 */
import type { ArticleFields } from './validation/fields.ts';
import { instantOf, isoWithOffset } from './zoned-time.ts';

type ArticleDates = Pick<ArticleFields, 'date' | 'time' | 'updated' | 'updatedTime'>;

/** The instant an article is published: before it, a build leaves the article out. */
export function articlePublishedAt(article: ArticleDates, siteTimeZone: string): Date {
  return instantOf(article.date, article.time ?? '00:00', siteTimeZone);
}

/** Publish and update times as ISO 8601 with the site zone's offset (schema.org, Open Graph, the sitemap). */
export function articleTimes(article: ArticleDates, siteTimeZone: string): { published: string; modified: string } {
  const published = isoWithOffset(article.date, article.time ?? '00:00', siteTimeZone);
  const modified = article.updated
    ? isoWithOffset(article.updated, article.updatedTime ?? '00:00', siteTimeZone)
    : published;
  return { published, modified };
}
