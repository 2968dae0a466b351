/**
 * The calendar: a page per month from the first event to the last, a page per
 * day with events, and /calendar/, the month of the build date.
 */
import { yearMonthOf } from '../lib/calendar-date.ts';
import { dayTitle, monthView, type MonthView } from '../lib/month-view.ts';
import { paths } from '../lib/paths.ts';
import { site } from '../site.config.ts';
import { eventCard, type EventCardView } from './cards.ts';
import { cacheKeys, route } from './page-routes.ts';
import { getSiteData } from './site-data.ts';

export async function monthRoutes() {
  const { index } = await getSiteData();
  const keys = cacheKeys(index);
  return index.months.map((month) => {
    const view = monthView(index, month, site.weekStartsOn, site.locale);
    return route(keys, {
      path: paths.month(month),
      params: { year: String(month.year), month: String(month.month).padStart(2, '0') },
      props: { view },
      // An empty month is not worth a search result.
      facts: { noindex: view.isEmpty },
    });
  });
}

/** /calendar/: the build date's month, which names its own page as canonical. */
export async function calendarIndexPage(): Promise<{ view: MonthView; canonicalPath: string }> {
  const { index } = await getSiteData();
  const month = yearMonthOf(index.today);
  return { view: monthView(index, month, site.weekStartsOn, site.locale), canonicalPath: paths.month(month) };
}

export type DayPageProps = {
  /** `Events on 2025-12-02` */
  heading: string;
  description: string;
  /** `Tuesday, December 2` */
  title: string;
  monthHref: string;
  events: EventCardView[];
};

export async function dayRoutes() {
  const { index } = await getSiteData();
  const keys = cacheKeys(index);
  return [...index.byDay].map(([date, entries]) => {
    const title = dayTitle(date, site.locale);
    const props: DayPageProps = {
      heading: `Events on ${date}`,
      description: `${entries.length} digital-health event${entries.length === 1 ? '' : 's'} on ${title}.`,
      title,
      monthHref: paths.month(yearMonthOf(date)),
      events: entries.map((entry) => eventCard(entry.occurrence)),
    };
    return route(keys, {
      path: paths.day(date),
      params: { year: date.slice(0, 4), month: date.slice(5, 7), day: date.slice(8, 10) },
      props,
    });
  });
}
