/**
 * A year page, /calendar/YYYY/: twelve small month grids, each day with events
 * a link to its day page (named with its count), each month's name a link to
 * its month page when it has one, with the month's count of events. Computed
 * from the site index like the month pages (month-view.ts).
 */
import { yearMonthKey, type IsoDate, type YearMonth } from './calendar-date.ts';
import { hasMonthPage, type CalendarIndex } from './calendar-index.ts';
import { eventCount, thisMonthLink, yearLinks, type CalendarLink, type YearLink } from './calendar-nav.ts';
import { monthGrid } from './month-grid.ts';
import { dayLinkLabel, type CalendarSettings } from './month-view.ts';
import { paths } from './paths.ts';
import { readerMonth, readerWeekdays, type WeekdayName } from './reader-dates.ts';
import type { SiteIndex } from './site-index.ts';

export interface MiniDay {
  date: IsoDate;
  /** Empty for the neighbour months' days that fill the first and last week. */
  day: string;
  count: number;
  href?: string;
  /** `Tuesday 2 December 2025: 3 events` */
  label?: string;
}

export interface MiniMonth {
  key: string;
  /** `December 2025`: the heading says the year too, for readers who jump to a month. */
  title: string;
  /** Its month page, when it has one. */
  href?: string;
  countText: string;
  /** No events: phones show only its name and count. */
  isEmpty: boolean;
  weeks: MiniDay[][];
}

export interface YearView {
  year: number;
  /** `8 events in 2026` */
  summary: string;
  weekdays: WeekdayName[];
  months: MiniMonth[];
  nav: {
    previous?: CalendarLink;
    next?: CalendarLink;
    thisMonth: CalendarLink;
    years: YearLink[];
  };
}

export function yearView(
  index: SiteIndex,
  calendar: CalendarIndex,
  year: number,
  settings: CalendarSettings,
): YearView {
  const months = Array.from({ length: 12 }, (_, i): MiniMonth => {
    const month: YearMonth = { year, month: i + 1 };
    const key = yearMonthKey(month);
    return {
      key,
      title: readerMonth(month, settings),
      ...(hasMonthPage(calendar, month) && { href: paths.month(month) }),
      countText: eventCount(calendar.counts.get(key) ?? 0),
      isEmpty: !calendar.counts.has(key),
      weeks: monthGrid(month, settings.weekStartsOn).map((week) =>
        week.map(({ date, day, inMonth }): MiniDay => {
          const count = inMonth ? (index.byDay.get(date)?.length ?? 0) : 0;
          if (!inMonth) return { date, day: '', count };
          if (count === 0) return { date, day: String(day), count };
          return { date, day: String(day), count, href: paths.day(date), label: dayLinkLabel(date, count, settings) };
        }),
      ),
    };
  });
  const years = calendar.years;
  const at = years.indexOf(year);
  const link = (y: number | undefined) => (y === undefined ? undefined : { href: paths.year(y), label: String(y) });
  const previous = link(at > 0 ? years[at - 1] : undefined);
  const next = link(at >= 0 ? years[at + 1] : undefined);
  return {
    year,
    summary: `${eventCount(calendar.counts.get(String(year)) ?? 0)} in ${year}`,
    weekdays: readerWeekdays(settings.weekStartsOn, settings),
    months,
    nav: {
      ...(previous && { previous }),
      ...(next && { next }),
      thisMonth: thisMonthLink(),
      years: yearLinks(calendar, year),
    },
  };
}
