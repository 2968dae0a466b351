/**
 * The search records of event and article pages, as of this build: binds
 * src/lib/search-meta.ts to the build's clock, the site settings and the tag
 * index, so pages render `<SearchMeta record={...} />` and nothing else; and
 * the whole site's filter values and counts, which /search/ lists.
 */
import type { ArticleData } from '../lib/model.ts';
import {
  articleSearchRecord,
  eventSearchRecord,
  searchFacets,
  type SearchFacets,
  type SearchRecord,
} from '../lib/search-meta.ts';
import type { ListedEvent, SiteIndex } from '../lib/site-index.ts';
import { slugify } from '../lib/slug.ts';
import { site } from '../site.config.ts';
import { buildContext } from './build-context.ts';

const tagNameIn = (index: SiteIndex) => (tag: string) => index.tags.get(slugify(tag))?.name ?? tag;

export function eventSearch(index: SiteIndex, listed: ListedEvent): SearchRecord {
  return eventSearchRecord(listed, {
    now: buildContext.now,
    when: site,
    tagName: tagNameIn(index),
  });
}

export function articleSearch(index: SiteIndex, article: ArticleData): SearchRecord {
  return articleSearchRecord(article, { tagName: tagNameIn(index) });
}

/** Filter values and counts over every page the index holds: the same records the pages render. */
export function siteSearchFacets(index: SiteIndex): SearchFacets {
  return searchFacets([
    ...[...index.eventsBySlug.values()].map((listed) => eventSearch(index, listed)),
    ...index.articles.map((article) => articleSearch(index, article)),
  ]);
}
