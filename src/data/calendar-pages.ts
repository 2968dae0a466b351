/**
 * The calendar: a page per month from the first event to the last, a page per
 * year that has months, a page per day with events, and /calendar/, the month
 * of the build date.
 */
import { yearMonthOf } from '../lib/calendar-date.ts';
import { calendarIndex } from '../lib/calendar-index.ts';
import type { CalendarLink } from '../lib/calendar-nav.ts';
import { monthView, type MonthView } from '../lib/month-view.ts';
import { paths } from '../lib/paths.ts';
import { readerLongDate, readerMonth } from '../lib/reader-dates.ts';
import { yearView, type YearView } from '../lib/year-view.ts';
import { site } from '../site.config.ts';
import { eventCard, type EventCardView } from './cards.ts';
import { cacheKeys, route } from './page-routes.ts';
import { getSiteData } from './site-data.ts';
import { eventsSubscribe, type SubscribeView } from './subscribe.ts';

export type MonthPageProps = { view: MonthView; subscribe: SubscribeView };

export async function monthRoutes() {
  const { index } = await getSiteData();
  const keys = cacheKeys(index);
  const calendar = calendarIndex(index);
  const subscribe = eventsSubscribe();
  return index.months.map((month) => {
    const view = monthView(index, calendar, month, site);
    const props: MonthPageProps = { view, subscribe };
    return route(keys, {
      path: paths.month(month),
      params: { year: String(month.year), month: String(month.month).padStart(2, '0') },
      props,
      // An empty month is not worth a search result.
      facts: { noindex: view.isEmpty },
    });
  });
}

/** /calendar/: the build date's month, which names its own page as canonical. */
export async function calendarIndexPage(): Promise<MonthPageProps & { canonicalPath: string }> {
  const { index } = await getSiteData();
  const calendar = calendarIndex(index);
  const month = calendar.thisMonth;
  return {
    view: monthView(index, calendar, month, site),
    subscribe: eventsSubscribe(),
    canonicalPath: paths.month(month),
  };
}

export type YearPageProps = { view: YearView; subscribe: SubscribeView };

/** /calendar/YYYY/ for every year that has month pages. */
export async function yearRoutes() {
  const { index } = await getSiteData();
  const keys = cacheKeys(index);
  const calendar = calendarIndex(index);
  const subscribe = eventsSubscribe();
  return calendar.years.map((year) => {
    const props: YearPageProps = { view: yearView(index, calendar, year, site), subscribe };
    return route(keys, { path: paths.year(year), params: { year: String(year) }, props });
  });
}

export type DayPageProps = {
  /** `Events on 2025-12-02`, as the contract fixes it. */
  heading: string;
  /** `2025-12-02` */
  date: string;
  /** `Tuesday 2 December 2025` */
  longDate: string;
  description: string;
  /** Its month page: `All of December 2025`. */
  month: CalendarLink;
  /** The nearest days before and after with events. */
  previous?: CalendarLink;
  next?: CalendarLink;
  events: EventCardView[];
};

export async function dayRoutes() {
  const { index } = await getSiteData();
  const keys = cacheKeys(index);
  const days = [...index.byDay];
  const dayLink = (at: number) => {
    const date = days[at]?.[0];
    return date === undefined ? undefined : { href: paths.day(date), label: readerLongDate(date, site) };
  };
  return days.map(([date, entries], at) => {
    const longDate = readerLongDate(date, site);
    const month = yearMonthOf(date);
    const previous = dayLink(at - 1);
    const next = dayLink(at + 1);
    const props: DayPageProps = {
      heading: `Events on ${date}`,
      date,
      longDate,
      description: `${entries.length} digital-health event${entries.length === 1 ? '' : 's'} on ${longDate}.`,
      month: { href: paths.month(month), label: `All of ${readerMonth(month, site)}` },
      ...(previous && { previous }),
      ...(next && { next }),
      events: entries.map((entry) => eventCard(entry.occurrence)),
    };
    return route(keys, {
      path: paths.day(date),
      params: { year: date.slice(0, 4), month: date.slice(5, 7), day: date.slice(8, 10) },
      props,
    });
  });
}
