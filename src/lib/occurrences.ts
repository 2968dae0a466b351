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
import type { EventFields } from './validation/fields.ts';

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

/** The fields that decide when an event happens. */
export type EventTimes = Pick<EventFields, 'start' | 'startTime' | 'end' | 'endTime' | 'recurrence' | 'exclude'>;

/** Start and end, as an occurrence has them (an event's own dates are its one occurrence). */
export type OccurrenceTimes = Pick<Occurrence, 'start' | 'startTime' | 'end' | 'endTime'>;

export interface ExpandedDates {
  /** The first day of each occurrence, in order. */
  starts: IsoDate[];
  /** Dates of the rule that `exclude` took out. */
  skipped: IsoDate[];
  /** For an open-ended rule, the last day it was expanded to: later dates exist but are not listed. */
  cappedAt?: IsoDate;
}

/**
 * The one expansion of an event's dates: its start, or every date of its rule
 * less the `exclude` dates. A bounded rule (COUNT or UNTIL) gives every date;
 * an open-ended one stops at `horizon` (inclusive), so it cannot make a build
 * unbounded.
 */
export function expandDates(event: EventTimes, horizon: IsoDate): ExpandedDates {
  if (!event.recurrence) return { starts: [event.start], skipped: [] };
  const open = isOpenEnded(event.recurrence);
  const excluded = new Set(event.exclude);
  const dates = recurrenceDates(event.recurrence, event.start, event.startTime, open ? horizon : undefined);
  return {
    starts: dates.filter((date) => !excluded.has(date)),
    skipped: dates.filter((date) => excluded.has(date)),
    ...(open && { cappedAt: horizon }),
  };
}

/** The first day of each occurrence, in order (see expandDates). */
export function occurrenceStarts(event: EventTimes, horizon: IsoDate): IsoDate[] {
  return expandDates(event, horizon).starts;
}

/** The span of each occurrence: the same number of days as the event's own. */
function timesFrom(event: EventTimes, starts: readonly IsoDate[]): OccurrenceTimes[] {
  const span = daysBetween(event.start, event.end);
  const times = {
    ...(event.startTime && { startTime: event.startTime }),
    ...(event.endTime && { endTime: event.endTime }),
  };
  return starts.map((start) => ({ ...times, start, end: addDays(start, span) }));
}

export function occurrenceTimes(event: EventTimes, horizon: IsoDate): OccurrenceTimes[] {
  return timesFrom(event, occurrenceStarts(event, horizon));
}

export interface Expansion extends Omit<ExpandedDates, 'starts'> {
  occurrences: Occurrence[];
}

/** An event's occurrences, with what its words need: the dates taken out and where an open rule stops. */
export function expandEvent(event: EventData, horizon: IsoDate): Expansion {
  const { starts, ...rest } = expandDates(event, horizon);
  return { occurrences: timesFrom(event, starts).map((times) => ({ event, ...times })), ...rest };
}

/** The occurrences of one event, in order (see expandDates). */
export function occurrencesOf(event: EventData, horizon: IsoDate): Occurrence[] {
  return expandEvent(event, horizon).occurrences;
}

/**
 * The dates an RRULE yields from `start`, up to `horizon` when given (a bounded
 * rule needs none). rrule works in UTC instants, so the wall-clock date and
 * time are given as if they were UTC ("floating" time) and read back the same
 * way: no zone, no DST, no shift by the build machine's TZ.
 */
function recurrenceDates(rule: string, start: IsoDate, startTime: WallTime | undefined, horizon?: IsoDate): IsoDate[] {
  const dtstart = new Date(`${start}T${startTime ?? '00:00'}:00Z`);
  const rrule = new RRule({ ...RRule.parseString(rule), dtstart });
  const dates = horizon ? rrule.between(dtstart, new Date(`${horizon}T23:59:59Z`), true) : rrule.all();
  return dates.map((d) => d.toISOString().slice(0, 10));
}

export interface OccurrenceEnd {
  date: IsoDate;
  time: WallTime;
  /**
   * Whether the writer gave this end: false for a timed event without an end
   * time on its one day, which "ends when it starts" for calendar apps and is
   * over at the end of that day for the site's lists.
   */
  stated: boolean;
}

/**
 * When an occurrence is over, on its own wall clock: its end time, else the
 * midnight after its last day (an all-day event, or a date-only end).
 */
export function occurrenceEnd(o: OccurrenceTimes): OccurrenceEnd {
  if (o.endTime !== undefined) return { date: o.end, time: o.endTime, stated: true };
  return { date: addDays(o.end, 1), time: '00:00', stated: o.startTime === undefined || o.end > o.start };
}
