/**
 * The names the search index and the search page share: filters, kinds of
 * page, the sort key. Nothing imported, so the search page's script, which
 * reads them, does not carry the build's date and event code
 * (src/lib/search-meta.ts makes the records).
 */

/**
 * Filters in the order pages list them:
 * - `kind`: upcoming event, past event or article; the page's Type and When
 *   menus both filter on it, so one file serves both;
 * - `tag`, one spelling per tag;
 * - `year`: every year an event meets in (up to the horizon), an article's year;
 * - `day`: the page's date (the day its listed occurrence starts, an article's
 *   publish day), which the "Newest" order reads; not a menu.
 */
export const SEARCH_FILTERS = ['kind', 'tag', 'year', 'day'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

export const SEARCH_KIND = { upcoming: 'Upcoming event', past: 'Past event', article: 'Article' } as const;
export type SearchKind = (typeof SEARCH_KIND)[keyof typeof SEARCH_KIND];

/**
 * The one sort key: an upcoming event's start (UTC, so it sorts as text
 * across zones). Only upcoming events carry it, so sorting by it lists upcoming
 * events only, soonest first, and its order costs the first query a few bytes
 * per upcoming event rather than per page.
 */
export const SEARCH_SORT_UPCOMING = 'upcoming';
