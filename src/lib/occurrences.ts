/**
 * An event happens once, or once per date of its RRULE. Each occurrence keeps
 * the event's wall-clock times in its own zone, so a weekly 10:00 meeting stays
 * at 10:00 across DST changes.
 */
import { RRule } from './rrule.ts';
import { addDays, daysBetween, type IsoDate } from './calendar-date.ts';
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

/** The fields that decide when an event happens. */
export type EventTimes = Pick<EventFields, 'start' | 'startTime' | 'end' | 'endTime' | 'recurrence' | 'exclude'>;

/** Start and end, as an occurrence has them (an event's own dates are its one occurrence). */
export type OccurrenceTimes = Pick<Occurrence, 'start' | 'startTime' | 'end' | 'endTime'>;

/**
 * The first day of each occurrence, in order: the event's start, or every date
 * of its rule from the start up to `horizon` (inclusive) and never beyond, so
 * open-ended rules cannot make a build unbounded, less the `exclude` dates.
 */
export function occurrenceStarts(event: EventTimes, horizon: IsoDate): IsoDate[] {
  if (!event.recurrence) return [event.start];
  const excluded = new Set(event.exclude);
  return recurrenceDates(event.recurrence, event.start, event.startTime, horizon).filter((date) => !excluded.has(date));
}

/** The span of each occurrence: the same number of days as the event's own. */
export function occurrenceTimes(event: EventTimes, horizon: IsoDate): OccurrenceTimes[] {
  const span = daysBetween(event.start, event.end);
  const times = {
    ...(event.startTime && { startTime: event.startTime }),
    ...(event.endTime && { endTime: event.endTime }),
  };
  return occurrenceStarts(event, horizon).map((start) => ({ ...times, start, end: addDays(start, span) }));
}

/** The occurrences of one event, in order (see occurrenceStarts). */
export function occurrencesOf(event: EventData, horizon: IsoDate): Occurrence[] {
  return occurrenceTimes(event, horizon).map((times) => ({ event, ...times }));
}

/**
 * The dates an RRULE yields from `start`. rrule works in UTC instants, so the
 * wall-clock date and time are given as if they were UTC ("floating" time) and
 * read back the same way: no zone, no DST, no shift by the build machine's TZ.
 */
function recurrenceDates(rule: string, start: IsoDate, startTime: WallTime | undefined, horizon: IsoDate): IsoDate[] {
  const dtstart = new Date(`${start}T${startTime ?? '00:00'}:00Z`);
  const options = RRule.parseString(rule);
  const until = new Date(`${horizon}T23:59:59Z`);
  const rrule = new RRule({ ...options, dtstart });
  return rrule.between(dtstart, until, true).map((d) => d.toISOString().slice(0, 10));
}

/** The rule in words, e.g. "every week on Tuesday for 10 times". */
export function describeRecurrence(rule: string): string {
  return RRule.fromString(rule).toText();
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
