/**
 * The search records of event and article pages, as of this build: binds
 * src/lib/search-meta.ts to the build's clock, the site settings and the tag
 * index, so pages render `<SearchMeta record={...} />` and nothing else.
 */
import type { ArticleData } from '../lib/model.ts';
import { articleSearchRecord, eventSearchRecord, type SearchRecord } from '../lib/search-meta.ts';
import type { ListedEvent, SiteIndex } from '../lib/site-index.ts';
import { recentSince } from '../lib/search-bundles.ts';
import { slugify } from '../lib/slug.ts';
import { site } from '../site.config.ts';
import { buildContext } from './build-context.ts';

/** The first day that counts as recent for search in this build: the bundles and /search/'s own words both read it. */
export const searchRecentSince = recentSince(buildContext.now, site.timeZone);
const tagNameIn = (index: SiteIndex) => (tag: string) => index.tags.get(slugify(tag))?.name ?? tag;

export function eventSearch(index: SiteIndex, listed: ListedEvent): SearchRecord {
  return eventSearchRecord(listed, {
    now: buildContext.now,
    siteTimeZone: site.timeZone,
    locale: site.locale,
    when: site,
    recentSince: searchRecentSince,
    tagName: tagNameIn(index),
  });
}

export function articleSearch(index: SiteIndex, article: ArticleData): SearchRecord {
  return articleSearchRecord(article, {
    siteTimeZone: site.timeZone,
    recentSince: searchRecentSince,
    tagName: tagNameIn(index),
  });
}
