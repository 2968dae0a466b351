/**
 * Which Pagefind bundle a page is searched in.
 *
 * Pagefind's first query fetches the bundle's list of every page and all its
 * filter data, so one bundle of 10,000 events and 10,000 articles costs a
 * reader about 570 KiB before the first result. Search is therefore split:
 * - `recent`, at /pagefind/: upcoming events, and events and articles dated in
 *   the last RECENT_MONTHS whole months. /search/ loads only this one first.
 * - one bundle per year for everything older, at /pagefind-archive/<year>/,
 *   merged into the search when the reader asks for older items, or when a
 *   query finds nothing recent.
 * A bundle per year also means an edit to an old article re-indexes its year,
 * not the whole archive.
 */
import { addMonths, yearMonthKey, yearMonthOf, type IsoDate } from './calendar-date.ts';
import { todayIn } from './zoned-time.ts';

/** Whole months before the build's month that count as recent. */
export const RECENT_MONTHS = 6;

export const RECENT_BUNDLE = 'recent';

/** `recent`, or the four-digit year of an archive bundle. */
export type SearchBundle = string;

/** Where bundles live in the output (and are served from). */
export const PAGEFIND_DIR = 'pagefind';
export const ARCHIVE_DIR = 'pagefind-archive';
/** The archive's list of year bundles, written next to them: what the search page merges. */
export const ARCHIVE_LIST = 'bundles.json';

export interface ArchiveList {
  /** Newest year first, each with its path on the site and how many pages it holds. */
  bundles: { year: string; path: string; pages: number }[];
}

/**
 * The first day that counts as recent: the first of the month RECENT_MONTHS
 * before the build's month (in the site's zone), so the line moves once a
 * month, and pages change bundle once a month, not on every day's build.
 */
export function recentSince(now: Date, siteTimeZone: string): IsoDate {
  return `${yearMonthKey(addMonths(yearMonthOf(todayIn(siteTimeZone, now)), -RECENT_MONTHS))}-01`;
}

/**
 * The bundle of a page dated `date` (an event's last day as listed, an
 * article's publish date): upcoming events are always recent.
 */
export function searchBundleOf(date: IsoDate, upcoming: boolean, since: IsoDate): SearchBundle {
  return upcoming || date >= since ? RECENT_BUNDLE : date.slice(0, 4);
}

export function isSearchBundle(name: string): boolean {
  return name === RECENT_BUNDLE || /^\d{4}$/.test(name);
}

/** A bundle's folder in the output, e.g. `pagefind` or `pagefind-archive/2019`. */
export function bundleFolder(bundle: SearchBundle): string {
  return bundle === RECENT_BUNDLE ? PAGEFIND_DIR : `${ARCHIVE_DIR}/${bundle}`;
}

/** A bundle's path on the site, e.g. `/pagefind/` or `/pagefind-archive/2019/`. */
export function bundlePath(bundle: SearchBundle): string {
  return `/${bundleFolder(bundle)}/`;
}
