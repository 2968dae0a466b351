/**
 * Which calendar days an occurrence is listed on, and the one grouping of all
 * occurrences by day that month grids and day pages share.
 */
import { addDays, eachDate, type IsoDate } from './calendar-date.ts';
import type { Occurrence } from './occurrences.ts';
import type { WallTime } from './zoned-time.ts';

/**
 * The end-of-day cutoff rule: an event that ends on a later day, before
 * `cutoff` (e.g. 06:00), does not appear on that last day. A 20:00-01:00 evening
 * belongs to the day it starts on; a 09:00 Monday to 17:00 Wednesday conference
 * to all three days. Days are the event's own local dates, as written.
 */
export function lastListedDay(start: IsoDate, end: IsoDate, endTime: WallTime | undefined, cutoff: WallTime): IsoDate {
  if (end > start && endTime !== undefined && endTime < cutoff) return addDays(end, -1);
  return end;
}

/** Every day an occurrence is listed on. */
export function occurrenceDays(occurrence: Occurrence, cutoff: WallTime): IsoDate[] {
  return eachDate(occurrence.start, lastListedDay(occurrence.start, occurrence.end, occurrence.endTime, cutoff));
}

export interface DayEntry {
  occurrence: Occurrence;
  /** This day is the occurrence's first (its start time applies here). */
  isFirstDay: boolean;
  /** 1-based position in a multi-day span, with the span's length. */
  dayIndex: number;
  dayCount: number;
}

/** Sort within a day: all-day and continuing entries first, then by start time, then title. */
function compareEntries(a: DayEntry, b: DayEntry): number {
  const timeA = a.isFirstDay ? (a.occurrence.startTime ?? '') : '';
  const timeB = b.isFirstDay ? (b.occurrence.startTime ?? '') : '';
  return timeA.localeCompare(timeB) || a.occurrence.event.title.localeCompare(b.occurrence.event.title);
}

/**
 * Groups occurrences by the days they are listed on, in one pass over all of
 * them (O(total days)), so each month and day page is a map lookup.
 */
export function groupByDay(occurrences: Iterable<Occurrence>, cutoff: WallTime): Map<IsoDate, DayEntry[]> {
  const byDay = new Map<IsoDate, DayEntry[]>();
  for (const occurrence of occurrences) {
    const days = occurrenceDays(occurrence, cutoff);
    days.forEach((day, i) => {
      const entry: DayEntry = { occurrence, isFirstDay: i === 0, dayIndex: i + 1, dayCount: days.length };
      const list = byDay.get(day);
      if (list) list.push(entry);
      else byDay.set(day, [entry]);
    });
  }
  for (const list of byDay.values()) list.sort(compareEntries);
  return new Map([...byDay.entries()].sort(([a], [b]) => a.localeCompare(b)));
}
