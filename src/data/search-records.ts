/**
 * The search records of event and article pages, as of this build: binds
 * src/lib/search-meta.ts to the build's clock, the site settings and the tag
 * index, so pages render `<SearchMeta record={...} />` and nothing else; and
 * the whole site's filter values and counts, which /search/'s menus list.
 */
import type { ArticleData } from '../lib/model.ts';
import {
  articleSearchRecord,
  eventSearchRecord,
  searchFacets,
  type FacetValue,
  type SearchFacets,
  type SearchRecord,
} from '../lib/search-meta.ts';
import { SEARCH_KIND } from '../lib/search-fields.ts';
import type { ListedEvent, SiteIndex } from '../lib/site-index.ts';
import { tagKey } from '../lib/tags.ts';
import { site } from '../site.config.ts';
import { buildContext } from './build-context.ts';
import { getSiteData } from './site-data.ts';

const tagNameIn = (index: SiteIndex) => (tag: string) => index.tagsByKey.get(tagKey(tag))?.name ?? tag;

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
function siteSearchFacets(index: SiteIndex): SearchFacets {
  return searchFacets([
    ...[...index.eventsBySlug.values()].map((listed) => eventSearch(index, listed)),
    ...index.articles.map((article) => articleSearch(index, article)),
  ]);
}

/** A menu of /search/'s form: its field, label, and [value, text] options ('' is "any"). */
export interface SearchMenu {
  name: 'type' | 'when' | 'tag' | 'year' | 'sort';
  label: string;
  options: [string, string][];
}

const number = (n: number) => n.toLocaleString('en-US');
const counted = ({ value, count }: FacetValue): [string, string] => [value, `${value} (${number(count)})`];

/** What /search/ shows before any search: how many pages there are, and its menus with whole-site counts. */
export async function searchPage(): Promise<{ pages: string; menus: SearchMenu[] }> {
  const facets = siteSearchFacets((await getSiteData()).index);
  const { [SEARCH_KIND.upcoming]: upcoming, [SEARCH_KIND.past]: past, [SEARCH_KIND.article]: article } = facets.kinds;
  const menus: SearchMenu[] = [
    {
      name: 'type',
      label: 'Type',
      options: [
        ['', `All types (${number(facets.pages)})`],
        ['event', `Events (${number(upcoming + past)})`],
        ['article', `Articles (${number(article)})`],
      ],
    },
    {
      name: 'when',
      label: 'When',
      options: [
        ['', 'Any time'],
        ['upcoming', `Upcoming events (${number(upcoming)})`],
        ['past', `Past events (${number(past)})`],
      ],
    },
    { name: 'tag', label: 'Tag', options: [['', 'All tags'], ...facets.tags.map(counted)] },
    { name: 'year', label: 'Year', options: [['', 'All years'], ...facets.years.map(counted)] },
    {
      name: 'sort',
      label: 'Sort',
      options: [
        ['', 'Best match'],
        ['newest', 'Newest first'],
        ['soonest', 'Soonest upcoming'],
      ],
    },
  ];
  return { pages: number(facets.pages), menus };
}
