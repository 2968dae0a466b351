/**
 * What the search index knows about an event or article besides its text:
 * filter buckets, result metadata and sort keys. Pagefind has no range filters
 * (https://pagefind.app/docs/filtering/), so years, days and "upcoming/past"
 * are computed here at build time, as of the build's `now`, and the event and
 * article pages render them as `data-pagefind-*` attributes (SearchMeta.astro).
 *
 * Every filter costs the reader bytes only when a search uses it (Pagefind
 * loads a filter's file on first use), and every sort key costs every first
 * query (Pagefind's page list carries the order of each key): what is kept and
 * what was dropped is measured in docs/performance.md, "What search costs".
 */
import { whenView, STATUS_LABELS, type WhenSettings } from './event-view.ts';
import type { ArticleData } from './model.ts';
import type { Occurrence } from './occurrences.ts';
import { isUpcoming, occurrenceStartsAt } from './publishing.ts';
import type { ListedEvent } from './site-index.ts';
import {
  SEARCH_FILTERS,
  SEARCH_KIND,
  SEARCH_SORT_UPCOMING,
  type SearchFilter,
  type SearchKind,
} from './search-fields.ts';

export interface SearchRecord {
  /** Filter name -> values; a page can sit in several buckets (an event that meets in two years). */
  filters: Partial<Record<SearchFilter, string[]>>;
  /** Shown with each result; Pagefind also searches these words. */
  meta: Record<string, string>;
  sort: Record<string, string>;
  /**
   * Sentences indexed as body text in place of the page's facts list:
   * Pagefind does not break words between `<dt>`/`<dd>` elements, so the list
   * alone would index "WhereBerlin" and "GermanyOfficial" as single words.
   */
  facts: string[];
}

export interface SearchRecordOptions {
  /** The build's "now": what counts as upcoming. */
  now: Date;
  /** How dates are written for readers (the site config). */
  when: WhenSettings;
  /**
   * The spelling a tag filter shows, so "FHIR" and "fhir" are one bucket
   * (the site index's most-used spelling); the tag itself when not given.
   */
  tagName?: (tag: string) => string;
}

const unique = (values: Iterable<string>) => [...new Set(values)];

/** Every year an occurrence touches, first to last (an event across New Year is in both). */
function yearsOf({ start, end }: Occurrence): string[] {
  const first = Number(start.slice(0, 4));
  return Array.from({ length: Number(end.slice(0, 4)) - first + 1 }, (_, i) => String(first + i));
}

function tagValues(tags: readonly string[], tagName: ((tag: string) => string) | undefined): string[] {
  return unique(tags.map((tag) => tagName?.(tag) ?? tag));
}

/**
 * The `tags` metadata: Pagefind searches metadata words too, and leaves out
 * the page's `<nav>` of tags, so without it "fhir" would not find a page
 * tagged FHIR whose text does not say it. As metadata rather than hidden text
 * it costs "health" 11 KiB of index chunks instead of 17 (docs/performance.md).
 */
function tagsMeta(tags: readonly string[]): Record<string, string> {
  return tags.length > 0 ? { tags: tags.join(', ') } : {};
}

/**
 * The search record of an event: years from every occurrence up to the
 * horizon (a weekly webinar is in each year it meets), result metadata and
 * day from the occurrence lists show (the next one, or the last when all are past).
 */
export function eventSearchRecord(listed: ListedEvent, options: SearchRecordOptions): SearchRecord {
  const { event, occurrence, occurrences } = listed;
  const when = whenView(occurrence, options.when);
  const upcoming = isUpcoming(occurrence, options.now);
  const location = event.location ?? event.address ?? (event.online ? 'Online' : undefined);
  const status = STATUS_LABELS[event.status];
  const tags = tagValues(event.tags, options.tagName);
  const meta: Record<string, string> = {
    title: event.title,
    date: when.dates,
    time: when.zone ? `${when.time} ${when.zone}` : when.time,
  };
  if (location) meta['location'] = location;
  if (status) meta['status'] = status;
  Object.assign(meta, tagsMeta(tags));
  return {
    filters: {
      kind: [upcoming ? SEARCH_KIND.upcoming : SEARCH_KIND.past],
      ...(tags.length > 0 && { tag: tags }),
      year: unique(occurrences.flatMap(yearsOf)),
      day: [occurrence.start],
    },
    meta,
    sort: upcoming ? { [SEARCH_SORT_UPCOMING]: occurrenceStartsAt(occurrence).toISOString() } : {},
    facts: [
      `${when.dates}, ${meta['time']}.`,
      ...(event.location || event.address ? [`${[event.location, event.address].filter(Boolean).join(', ')}.`] : []),
      ...(event.online ? ['Online.'] : []),
      ...(event.organizer ? [`Organized by ${event.organizer}.`] : []),
      ...(event.url ? [`Official page: ${new URL(event.url).host}.`] : []),
    ],
  };
}

/** The search record of an article: its publish year and day, tags, category and authors. */
export function articleSearchRecord(article: ArticleData, options: Pick<SearchRecordOptions, 'tagName'>): SearchRecord {
  const meta: Record<string, string> = {
    title: article.title,
    date: article.date,
    category: article.category,
  };
  if (article.authors.length > 0) meta['author'] = article.authors.join(' and ');
  const tags = tagValues(article.tags, options.tagName);
  Object.assign(meta, tagsMeta(tags));
  return {
    filters: {
      kind: [SEARCH_KIND.article],
      ...(tags.length > 0 && { tag: tags }),
      year: [article.date.slice(0, 4)],
      day: [article.date],
    },
    meta,
    sort: {},
    facts: [],
  };
}

/** The record's filters, metadata and sort keys as flat [attribute, key, value] rows, in a stable order. */
export function searchAttributes(
  record: SearchRecord,
): { attribute: 'data-pagefind-filter' | 'data-pagefind-meta' | 'data-pagefind-sort'; key: string; value: string }[] {
  const rows: ReturnType<typeof searchAttributes> = [];
  for (const key of SEARCH_FILTERS)
    for (const value of record.filters[key] ?? []) rows.push({ attribute: 'data-pagefind-filter', key, value });
  for (const [key, value] of Object.entries(record.meta)) rows.push({ attribute: 'data-pagefind-meta', key, value });
  for (const [key, value] of Object.entries(record.sort)) rows.push({ attribute: 'data-pagefind-sort', key, value });
  return rows;
}

export interface FacetValue {
  value: string;
  /** Pages with this value, over the whole site. */
  count: number;
}

/** What the search page's menus list before any search: every value of each menu's filter, with its count. */
export interface SearchFacets {
  pages: number;
  kinds: Record<SearchKind, number>;
  /** Alphabetical, ignoring case. */
  tags: FacetValue[];
  /** Newest first. */
  years: FacetValue[];
}

/** Counts every filter value of `records` (one record per indexed page), as Pagefind would over the whole index. */
export function searchFacets(records: Iterable<SearchRecord>): SearchFacets {
  const kinds: Record<SearchKind, number> = {
    [SEARCH_KIND.upcoming]: 0,
    [SEARCH_KIND.past]: 0,
    [SEARCH_KIND.article]: 0,
  };
  const tags = new Map<string, number>();
  const years = new Map<string, number>();
  let pages = 0;
  for (const { filters } of records) {
    pages += 1;
    for (const kind of filters.kind ?? []) kinds[kind as SearchKind] += 1;
    for (const tag of filters.tag ?? []) tags.set(tag, (tags.get(tag) ?? 0) + 1);
    for (const year of filters.year ?? []) years.set(year, (years.get(year) ?? 0) + 1);
  }
  const list = (counts: Map<string, number>) => [...counts].map(([value, count]) => ({ value, count }));
  return {
    pages,
    kinds,
    tags: list(tags).sort((a, b) => a.value.localeCompare(b.value, 'en', { sensitivity: 'base' })),
    years: list(years).sort((a, b) => (a.value < b.value ? 1 : -1)),
  };
}
