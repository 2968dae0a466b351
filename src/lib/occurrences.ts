/**
 * An event happens once, or once per date of its RRULE. Each occurrence keeps
 * the event's wall-clock times in its own zone, so a weekly 10:00 meeting stays
 * at 10:00 across DST changes.
 */
import { RRule } from './rrule.ts';
import {
  addDays,
  addMonths,
  compareYearMonth,
  daysBetween,
  daysInMonth,
  formatIsoDate,
  yearMonthOf,
  type IsoDate,
} from './calendar-date.ts';
import type { WallTime } from './zoned-time.ts';
import type { EventData } from './model.ts';

export interface Occurrence {
  event: EventData;
  start: IsoDate;
  startTime?: WallTime;
  end: IsoDate;
  endTime?: WallTime;
}

/** A rule with COUNT or UNTIL ends by itself; any other runs for ever. */
export function isOpenEnded(rule: string): boolean {
  return !/(^|;)\s*(COUNT|UNTIL)=/i.test(rule);
}

/**
 * How far an open-ended rule is expanded: `months` whole months past the later
 * of today's month and the series' first month, so a series that starts far
 * ahead still shows its first dates and a build stays bounded.
 */
export function recurrenceHorizon(start: IsoDate, today: IsoDate, months: number): IsoDate {
  const from = [yearMonthOf(today), yearMonthOf(start)].sort(compareYearMonth)[1]!;
  const last = addMonths(from, months);
  return formatIsoDate({ ...last, day: daysInMonth(last.year, last.month) });
}

export interface Expansion {
  occurrences: Occurrence[];
  /** Dates of the rule that `exclude` took out. */
  skipped: IsoDate[];
  /** For an open-ended rule, the last day it was expanded to: later dates exist but are not listed. */
  cappedAt?: IsoDate;
}

/**
 * The occurrences of one event, in order. A bounded rule (COUNT or UNTIL)
 * gives every date; an open-ended one stops at `horizon` (inclusive), so it
 * cannot make a build unbounded. `exclude` dates are taken out.
 */
export function expandEvent(event: EventData, horizon: IsoDate): Expansion {
  const base = {
    event,
    ...(event.startTime && { startTime: event.startTime }),
    ...(event.endTime && { endTime: event.endTime }),
  };
  if (!event.recurrence) return { occurrences: [{ ...base, start: event.start, end: event.end }], skipped: [] };
  const open = isOpenEnded(event.recurrence);
  const span = daysBetween(event.start, event.end);
  const excluded = new Set(event.exclude);
  const dates = recurrenceDates(event.recurrence, event.start, event.startTime, open ? horizon : undefined);
  return {
    occurrences: dates
      .filter((date) => !excluded.has(date))
      .map((date) => ({ ...base, start: date, end: addDays(date, span) })),
    skipped: dates.filter((date) => excluded.has(date)),
    ...(open && { cappedAt: horizon }),
  };
}

export function occurrencesOf(event: EventData, horizon: IsoDate): Occurrence[] {
  return expandEvent(event, horizon).occurrences;
}

/**
 * The dates an RRULE yields from `start`, up to `horizon` when given (a bounded
 * rule needs none). rrule works in UTC instants, so the wall-clock date and
 * time are given as if they were UTC ("floating" time) and read back the same
 * way: no zone, no DST, no shift by the build machine's TZ.
 */
export function recurrenceDates(
  rule: string,
  start: IsoDate,
  startTime: WallTime | undefined,
  horizon?: IsoDate,
): IsoDate[] {
  const dtstart = new Date(`${start}T${startTime ?? '00:00'}:00Z`);
  const rrule = new RRule({ ...RRule.parseString(rule), dtstart });
  const dates = horizon ? rrule.between(dtstart, new Date(`${horizon}T23:59:59Z`), true) : rrule.all();
  return dates.map((d) => d.toISOString().slice(0, 10));
}
