/**
 * What the calendar's navigation needs to know of the whole site, computed
 * once per build from the site index: how many events each month lists, the
 * months and years that have pages, and for each month the nearest earlier and
 * later months with events. Month and year pages only look things up here.
 */
import { yearMonthKey, yearMonthOf, type YearMonth } from './calendar-date.ts';
import type { Occurrence } from './occurrences.ts';
import type { SiteIndex } from './site-index.ts';

export interface CalendarIndex {
  /** Every month with a page, in order (the site index's months). */
  months: YearMonth[];
  /** Occurrences listed in each month (`YYYY-MM`) and year (`YYYY`): once however many of its days they span. */
  counts: ReadonlyMap<string, number>;
  /** Years that have month pages, in order: each has a year page. */
  years: number[];
  /** The build date's month: what /calendar/ shows. */
  thisMonth: YearMonth;
  /** The nearest month before and after each month page that lists events, by `YYYY-MM`. */
  nearest: ReadonlyMap<string, { earlier?: YearMonth; later?: YearMonth }>;
}

const indexes = new WeakMap<SiteIndex, CalendarIndex>();

export function calendarIndex(index: SiteIndex): CalendarIndex {
  let calendar = indexes.get(index);
  if (calendar) return calendar;
  const seen = new Map<string, Set<Occurrence>>();
  for (const [date, entries] of index.byDay) {
    for (const key of [date.slice(0, 7), date.slice(0, 4)]) {
      let set = seen.get(key);
      if (!set) seen.set(key, (set = new Set()));
      for (const entry of entries) set.add(entry.occurrence);
    }
  }
  const counts = new Map([...seen].map(([key, set]) => [key, set.size]));
  const nearest = new Map<string, { earlier?: YearMonth; later?: YearMonth }>();
  let earlier: YearMonth | undefined;
  for (const month of index.months) {
    nearest.set(yearMonthKey(month), earlier ? { earlier } : {});
    if (counts.has(yearMonthKey(month))) earlier = month;
  }
  let later: YearMonth | undefined;
  for (const month of [...index.months].reverse()) {
    const key = yearMonthKey(month);
    if (later) nearest.set(key, { ...nearest.get(key), later });
    if (counts.has(key)) later = month;
  }
  calendar = {
    months: index.months,
    counts,
    years: [...new Set(index.months.map((m) => m.year))],
    thisMonth: yearMonthOf(index.today),
    nearest,
  };
  indexes.set(index, calendar);
  return calendar;
}

/** Whether the month has a page. */
export function hasMonthPage(calendar: CalendarIndex, month: YearMonth): boolean {
  const first = calendar.months[0];
  const last = calendar.months.at(-1);
  const key = yearMonthKey(month);
  return Boolean(first && last && key >= yearMonthKey(first) && key <= yearMonthKey(last));
}
