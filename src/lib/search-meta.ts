/**
 * What the search index knows about an event or article besides its text:
 * filter buckets, result metadata and sort keys. Pagefind has no range filters
 * (https://pagefind.app/docs/filtering/), so years, months and "upcoming/past"
 * are computed here at build time, as of the build's `now`, and the event and
 * article pages render them as `data-pagefind-*` attributes (SearchMeta.astro).
 */
import { eachMonth, yearMonthKey, yearMonthOf, type YearMonth } from './calendar-date.ts';
import { whenView, STATUS_LABELS, type WhenSettings } from './event-view.ts';
import type { ArticleData } from './model.ts';
import type { Occurrence } from './occurrences.ts';
import { isUpcoming, occurrenceStartsAt } from './publishing.ts';
import { searchBundleOf, type SearchBundle } from './search-bundles.ts';
import type { ListedEvent } from './site-index.ts';
import { instantOf } from './zoned-time.ts';

/**
 * Filter names as the search page shows them (Pagefind's component UI
 * capitalises the key: "Type", "Tag", "Year", "Month", "When").
 */
export const SEARCH_FILTERS = ['type', 'tag', 'year', 'month', 'when'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

export const SEARCH_TYPE = { event: 'Event', article: 'Article' } as const;
export const SEARCH_WHEN = { upcoming: 'Upcoming', past: 'Past' } as const;

/** The one sort key: the start (events) or publish instant (articles), in UTC, so it sorts as text. */
export const SEARCH_SORT_DATE = 'date';

export interface SearchRecord {
  /** Filter name -> values; a page can sit in several buckets (an event spanning two months). */
  filters: Partial<Record<SearchFilter, string[]>>;
  /** Shown with each result; Pagefind also searches these words. */
  meta: Record<string, string>;
  sort: Record<string, string>;
  /**
   * Sentences indexed as body text in place of the page's facts list: Pagefind
   * does not break words between `<dt>`/`<dd>` elements, so the list alone
   * would index "WhereBerlin" and "GermanyOfficial" as single words.
   */
  facts: string[];
  /** The Pagefind bundle the page is indexed in (src/lib/search-bundles.ts). */
  bundle: SearchBundle;
}

export interface SearchRecordOptions {
  /** The build's "now": what counts as upcoming. */
  now: Date;
  siteTimeZone: string;
  locale: string;
  /** How dates are written for readers (the site config). */
  when: WhenSettings;
  /** The first day that counts as recent for search (`recentSince`, once per build). */
  recentSince: string;
  /**
   * The spelling a tag filter shows, so "FHIR" and "fhir" are one bucket
   * (the site index's most-used spelling); the tag itself when not given.
   */
  tagName?: (tag: string) => string;
}

const unique = (values: Iterable<string>) => [...new Set(values)];

/** Every month an occurrence touches, first to last (an event across New Year is in both). */
function monthsOf(occurrence: Occurrence): YearMonth[] {
  return eachMonth(yearMonthOf(occurrence.start), yearMonthOf(occurrence.end));
}

function tagValues(tags: readonly string[], tagName: ((tag: string) => string) | undefined): string[] {
  return unique(tags.map((tag) => tagName?.(tag) ?? tag));
}

function dateBuckets(months: readonly YearMonth[]): Pick<SearchRecord['filters'], 'year' | 'month'> {
  return {
    year: unique(months.map((m) => String(m.year))),
    month: unique(months.map(yearMonthKey)),
  };
}

/**
 * The search record of an event: buckets from every occurrence up to the
 * horizon (a weekly webinar is in each month it meets), result metadata from
 * the occurrence lists show (the next one, or the last when all are past).
 */
export function eventSearchRecord(listed: ListedEvent, options: SearchRecordOptions): SearchRecord {
  const { event, occurrence, occurrences } = listed;
  const when = whenView(occurrence, options.when);
  const months = occurrences.flatMap(monthsOf);
  const upcoming = isUpcoming(occurrence, options.now);
  const location = event.location ?? event.address ?? (event.online ? 'Online' : undefined);
  const status = STATUS_LABELS[event.status];
  const meta: Record<string, string> = {
    title: event.title,
    type: SEARCH_TYPE.event,
    date: when.dates,
    time: when.zone ? `${when.time} ${when.zone}` : when.time,
  };
  if (location) meta['location'] = location;
  if (status) meta['status'] = status;
  if (event.summary) meta['summary'] = event.summary;
  Object.assign(meta, imageMeta(event));
  return {
    filters: {
      type: [SEARCH_TYPE.event],
      ...(event.tags.length > 0 && { tag: tagValues(event.tags, options.tagName) }),
      ...dateBuckets(months),
      when: [upcoming ? SEARCH_WHEN.upcoming : SEARCH_WHEN.past],
    },
    meta,
    sort: { [SEARCH_SORT_DATE]: occurrenceStartsAt(occurrence).toISOString() },
    facts: [
      `${when.dates}, ${meta['time']}.`,
      ...(event.location || event.address ? [`${[event.location, event.address].filter(Boolean).join(', ')}.`] : []),
      ...(event.online ? ['Online.'] : []),
      ...(event.organizer ? [`Organized by ${event.organizer}.`] : []),
      ...(event.url ? [`Official page: ${new URL(event.url).host}.`] : []),
    ],
    bundle: searchBundleOf(occurrence.end, upcoming, options.recentSince),
  };
}

/** Pagefind's result image and its alt text, when the page has an image. */
function imageMeta({ image, imageAlt }: { image?: string; imageAlt?: string }): Record<string, string> {
  return image ? { image, image_alt: imageAlt ?? '' } : {};
}

/** The search record of an article: its publish date's year and month, tags, category and authors. */
export function articleSearchRecord(
  article: ArticleData,
  options: Pick<SearchRecordOptions, 'siteTimeZone' | 'tagName' | 'recentSince'>,
): SearchRecord {
  const meta: Record<string, string> = {
    title: article.title,
    type: SEARCH_TYPE.article,
    date: article.date,
    category: article.category,
  };
  if (article.authors.length > 0) meta['author'] = article.authors.join(' and ');
  if (article.summary) meta['summary'] = article.summary;
  Object.assign(meta, imageMeta(article));
  return {
    filters: {
      type: [SEARCH_TYPE.article],
      ...(article.tags.length > 0 && { tag: tagValues(article.tags, options.tagName) }),
      ...dateBuckets([yearMonthOf(article.date)]),
    },
    meta,
    sort: { [SEARCH_SORT_DATE]: instantOf(article.date, article.time ?? '00:00', options.siteTimeZone).toISOString() },
    facts: [],
    bundle: searchBundleOf(article.date, false, options.recentSince),
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
