/**
 * A month as a printed calendar shows it: whole weeks starting on the site's
 * first day of the week, with the neighbour months' days filling the first and
 * last week.
 */
import { addDays, dayOfWeek, daysInMonth, formatIsoDate, type IsoDate, type YearMonth } from './calendar-date.ts';

export interface GridDay {
  date: IsoDate;
  day: number;
  /** False for the leading and trailing days of the neighbour months. */
  inMonth: boolean;
}

/** The weeks of a month: 4 to 6 rows of 7 days. */
export function monthGrid({ year, month }: YearMonth, weekStartsOn: number): GridDay[][] {
  const first = formatIsoDate({ year, month, day: 1 });
  const last = formatIsoDate({ year, month, day: daysInMonth(year, month) });
  const lead = (dayOfWeek(first) - weekStartsOn + 7) % 7;
  const trail = (weekStartsOn + 6 - dayOfWeek(last) + 7) % 7;
  const weeks: GridDay[][] = [];
  let date = addDays(first, -lead);
  const end = addDays(last, trail);
  while (date <= end) {
    const week: GridDay[] = [];
    for (let i = 0; i < 7; i++) {
      week.push({ date, day: Number(date.slice(8, 10)), inMonth: date >= first && date <= last });
      date = addDays(date, 1);
    }
    weeks.push(week);
  }
  return weeks;
}
