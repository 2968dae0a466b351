/**
 * Lists of events as a printed programme sets them: under a heading per month,
 * each event with a date badge like a tear-off calendar's (weekday, day,
 * month), the machine date beside it for `<time datetime>`.
 */
import { yearMonthKey, yearMonthOf, type IsoDate } from './calendar-date.ts';
import { readerDateParts, readerMonth, type DateLocale } from './reader-dates.ts';

export interface MonthGroup<T> {
  /** `2025-12`: for `<time datetime>` and ids. */
  key: string;
  /** `December 2025` */
  title: string;
  items: T[];
}

/** Consecutive items of one month under one heading, in the order given (soonest or newest first). */
export function groupByMonth<T>(
  items: readonly T[],
  dateOf: (item: T) => IsoDate,
  locale: DateLocale,
): MonthGroup<T>[] {
  const groups: MonthGroup<T>[] = [];
  for (const item of items) {
    const month = yearMonthOf(dateOf(item));
    const key = yearMonthKey(month);
    const last = groups.at(-1);
    if (last?.key === key) last.items.push(item);
    else groups.push({ key, title: readerMonth(month, locale), items: [item] });
  }
  return groups;
}

export interface DateBadge {
  /** `2025-12-02` */
  date: IsoDate;
  /** `Tue` */
  weekday: string;
  /** `2` */
  day: string;
  /** `Dec` */
  month: string;
}

export function dateBadge(date: IsoDate, locale: DateLocale): DateBadge {
  return { date, ...readerDateParts(date, locale) };
}
