/**
 * Everything a month page renders, computed from the site index: the grid,
 * each day's entries with their start time in their own zone, the agenda (the
 * same days as a list), and the links to the neighbour months, the nearest
 * months with events when a neighbour is empty, the year, this month and
 * every year. Components only lay it out.
 */
import { addMonths, compareYearMonth, yearMonthKey, type IsoDate, type YearMonth } from './calendar-date.ts';
import type { CalendarIndex } from './calendar-index.ts';
import { eventCount, monthLink, thisMonthLink, yearLinks, type CalendarLink, type YearLink } from './calendar-nav.ts';
import type { DayEntry } from './event-days.ts';
import { placeLabel } from './event-place.ts';
import { statusLabel, type EventStatus } from './event-status.ts';
import { startLabel, type WhenSettings } from './event-view.ts';
import { monthGrid, type GridDay } from './month-grid.ts';
import { paths } from './paths.ts';
import { readerLongDate, readerMonth, readerWeekdays, type WeekdayName } from './reader-dates.ts';
import type { SiteIndex } from './site-index.ts';

export interface CalendarSettings extends WhenSettings {
  /** 0 = Sunday, 1 = Monday. */
  weekStartsOn: number;
}

/** One event on one day of the calendar. */
export interface CalendarEntry {
  href: string;
  title: string;
  /** `9:00 am CET` on a timed occurrence's first day, `All day`, or `Day 2 of 3` on its later days. */
  label: string;
  /** The start as an offset date-time, when the label is a start time. */
  datetime?: string;
  status: EventStatus;
  /** `Cancelled`, `Postponed`, or empty. */
  statusLabel: string;
  /** The place's name, or "Online". */
  place?: string;
}

export interface MonthDayView extends GridDay {
  entries: CalendarEntry[];
  /** The day's page, when it has events. */
  href?: string;
  /** The day link's accessible name: `Tuesday 2 December 2025: 3 events`. */
  label?: string;
}

/** A day of the agenda: the month's days with events, as a list. */
export interface AgendaDay {
  date: IsoDate;
  /** `Tuesday 2 December 2025` */
  heading: string;
  href: string;
  entries: CalendarEntry[];
}

export interface CalendarNav {
  previous?: CalendarLink;
  next?: CalendarLink;
  /** The nearest earlier month with events, when the previous month has none. */
  earlier?: CalendarLink;
  /** The nearest later month with events, when the next month has none. */
  later?: CalendarLink;
  /** The month's year page: `All of 2025`. */
  year: CalendarLink;
  thisMonth: CalendarLink;
  years: YearLink[];
}

export interface MonthView {
  month: YearMonth;
  key: string;
  /** `December 2025` */
  title: string;
  /** `8 events`: the occurrences listed in the month, once each. */
  countText: string;
  weekdays: WeekdayName[];
  weeks: MonthDayView[][];
  agenda: AgendaDay[];
  nav: CalendarNav;
  isEmpty: boolean;
}

/** Kept for the search page's "recent" line: `December 2025` by `Intl` in a BCP 47 locale. */
export function monthTitle({ year, month }: YearMonth, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, 1)),
  );
}

const entries = new WeakMap<DayEntry, CalendarEntry>();

/** An entry as every calendar page shows it; made once per day entry (a day shows on up to three month pages). */
export function calendarEntry(entry: DayEntry, settings: WhenSettings): CalendarEntry {
  let view = entries.get(entry);
  if (!view) {
    const { event } = entry.occurrence;
    const start = entry.isFirstDay ? startLabel(entry.occurrence, settings) : undefined;
    const place = placeLabel(event);
    view = {
      href: paths.event(event.slug),
      title: event.title,
      label: entry.isFirstDay ? (start?.text ?? 'All day') : `Day ${entry.dayIndex} of ${entry.dayCount}`,
      ...(start && { datetime: start.datetime }),
      status: event.status,
      statusLabel: statusLabel(event.status),
      ...(place !== undefined && { place }),
    };
    entries.set(entry, view);
  }
  return view;
}

/** `Tuesday 2 December 2025: 3 events`, for a day link whose text is only the day's number. */
export function dayLinkLabel(date: IsoDate, count: number, settings: CalendarSettings): string {
  return `${readerLongDate(date, settings)}: ${eventCount(count).toLowerCase()}`;
}

export function monthView(
  index: SiteIndex,
  calendar: CalendarIndex,
  month: YearMonth,
  settings: CalendarSettings,
): MonthView {
  const key = yearMonthKey(month);
  const weeks = monthGrid(month, settings.weekStartsOn).map((week) =>
    week.map((day): MonthDayView => {
      const dayEntries = index.byDay.get(day.date) ?? [];
      if (dayEntries.length === 0) return { ...day, entries: [] };
      return {
        ...day,
        entries: dayEntries.map((entry) => calendarEntry(entry, settings)),
        href: paths.day(day.date),
        label: dayLinkLabel(day.date, dayEntries.length, settings),
      };
    }),
  );
  const agenda = weeks
    .flat()
    .filter((day) => day.inMonth && day.href)
    .map((day) => ({
      date: day.date,
      heading: readerLongDate(day.date, settings),
      href: day.href!,
      entries: day.entries,
    }));
  const count = calendar.counts.get(key) ?? 0;
  return {
    month,
    key,
    title: readerMonth(month, settings),
    countText: eventCount(count),
    weekdays: readerWeekdays(settings.weekStartsOn, settings),
    weeks,
    agenda,
    nav: monthNav(calendar, month, settings),
    isEmpty: count === 0,
  };
}

function monthNav(calendar: CalendarIndex, month: YearMonth, settings: CalendarSettings): CalendarNav {
  const first = calendar.months[0];
  const last = calendar.months.at(-1);
  const previous = addMonths(month, -1);
  const next = addMonths(month, 1);
  const hasPrevious = first !== undefined && compareYearMonth(previous, first) >= 0;
  const hasNext = last !== undefined && compareYearMonth(next, last) <= 0;
  const { earlier, later } = calendar.nearest.get(yearMonthKey(month)) ?? {};
  const hasEvents = (m: YearMonth) => calendar.counts.has(yearMonthKey(m));
  return {
    ...(hasPrevious && { previous: monthLink(previous, settings) }),
    ...(hasNext && { next: monthLink(next, settings) }),
    ...(earlier && !hasEvents(previous) && { earlier: monthLink(earlier, settings) }),
    ...(later && !hasEvents(next) && { later: monthLink(later, settings) }),
    year: { href: paths.year(month.year), label: `All of ${month.year}` },
    thisMonth: thisMonthLink(),
    years: yearLinks(calendar),
  };
}
