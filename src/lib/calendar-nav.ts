/**
 * The links month and year pages share: to a month, to each year, to the
 * build date's month, and a count of events in words. Every calendar page
 * links every year page, and every year page its months and days, so any
 * calendar page is at most three links from /calendar/.
 */
import type { YearMonth } from './calendar-date.ts';
import type { CalendarIndex } from './calendar-index.ts';
import { paths } from './paths.ts';
import { readerMonth, type DateLocale } from './reader-dates.ts';

export interface CalendarLink {
  href: string;
  label: string;
}

export interface YearLink extends CalendarLink {
  /** The link is to the page it is on. */
  current: boolean;
}

export function monthLink(month: YearMonth, locale: DateLocale): CalendarLink {
  return { href: paths.month(month), label: readerMonth(month, locale) };
}

/** Every year page; `current` is the year page these links are on, if any. */
export function yearLinks(calendar: CalendarIndex, current?: number): YearLink[] {
  return calendar.years.map((year) => ({ href: paths.year(year), label: String(year), current: year === current }));
}

/** /calendar/, which the daily rebuild keeps on the current month. */
export const thisMonthLink = (): CalendarLink => ({ href: paths.calendar(), label: 'This month' });

/** `No events`, `1 event`, `12 events`. */
export const eventCount = (count: number) => (count === 0 ? 'No events' : `${count} event${count === 1 ? '' : 's'}`);
