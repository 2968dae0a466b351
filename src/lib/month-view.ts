/**
 * Everything a month page renders, computed from the site index: the grid, each
 * day's entries, neighbour links and whether the month is empty.
 */
import { addMonths, compareYearMonth, yearMonthKey, type IsoDate, type YearMonth } from './calendar-date.ts';
import type { DayEntry } from './event-days.ts';
import { monthGrid, weekdayNames, type GridDay } from './month-grid.ts';
import { formatTime } from './format.ts';
import type { SiteIndex } from './site-index.ts';

export interface MonthDayView extends GridDay {
  entries: DayEntry[];
}

export interface MonthView {
  month: YearMonth;
  key: string;
  /** `December 2025` */
  title: string;
  weekdays: string[];
  weeks: MonthDayView[][];
  /** Days of this month that have events, for the narrow-screen list. */
  eventDays: MonthDayView[];
  previous?: YearMonth;
  next?: YearMonth;
  isEmpty: boolean;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per locale and style for the whole build (creating one costs more than formatting). */
function utcFormat(locale: string, style: 'month' | 'day'): Intl.DateTimeFormat {
  const key = `${locale}|${style}`;
  let format = formats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      style === 'month' ? { month: 'long', year: 'numeric' } : { weekday: 'long', month: 'long', day: 'numeric' };
    formats.set(key, (format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })));
  }
  return format;
}

export function monthTitle({ year, month }: YearMonth, locale: string): string {
  return utcFormat(locale, 'month').format(new Date(Date.UTC(year, month - 1, 1)));
}

/** `Tuesday, December 2` for day headings in lists. */
export function dayTitle(date: IsoDate, locale: string): string {
  return utcFormat(locale, 'day').format(new Date(`${date}T00:00:00Z`));
}

/** What a calendar cell says before an event's title: its start time, "All day", or "Day 2 of 3" on later days. */
export function entryLabel(entry: DayEntry): string {
  if (!entry.isFirstDay) return `Day ${entry.dayIndex} of ${entry.dayCount}`;
  return entry.occurrence.startTime ? formatTime(entry.occurrence.startTime) : 'All day';
}

/** The day link's accessible name: `Tuesday, December 2: 3 events`. */
export function dayLinkLabel(date: IsoDate, count: number, locale: string): string {
  return `${dayTitle(date, locale)}: ${count} event${count === 1 ? '' : 's'}`;
}

export function monthView(index: SiteIndex, month: YearMonth, weekStartsOn: number, locale: string): MonthView {
  const first = index.months[0];
  const last = index.months.at(-1);
  const previous = addMonths(month, -1);
  const next = addMonths(month, 1);
  const weeks = monthGrid(month, weekStartsOn).map((week) =>
    week.map((day) => ({ ...day, entries: index.byDay.get(day.date) ?? [] })),
  );
  const eventDays = weeks.flat().filter((d) => d.inMonth && d.entries.length > 0);
  return {
    month,
    key: yearMonthKey(month),
    title: monthTitle(month, locale),
    weekdays: weekdayNames(weekStartsOn),
    weeks,
    eventDays,
    ...(first && compareYearMonth(previous, first) >= 0 && { previous }),
    ...(last && compareYearMonth(next, last) <= 0 && { next }),
    isEmpty: eventDays.length === 0,
  };
}
