/**
 * An event happens once, or once per date of its RRULE. Each occurrence keeps
 * the event's wall-clock times in its own zone, so a weekly 10:00 meeting stays
 * at 10:00 across DST changes.
 */
import { RRule } from './rrule.ts';
import { addDays, daysBetween, type IsoDate } from './calendar-date.ts';
import type { WallTime } from './zoned-time.ts';
import type { EventData } from './model.ts';

export interface Occurrence {
  event: EventData;
  start: IsoDate;
  startTime?: WallTime;
  end: IsoDate;
  endTime?: WallTime;
}

/**
 * The occurrences of one event, in order. Recurrences are expanded from the
 * event's start up to `horizon` (inclusive) and never beyond, so open-ended
 * rules cannot make a build unbounded.
 */
export function occurrencesOf(event: EventData, horizon: IsoDate): Occurrence[] {
  const base = {
    event,
    ...(event.startTime && { startTime: event.startTime }),
    ...(event.endTime && { endTime: event.endTime }),
  };
  if (!event.recurrence) return [{ ...base, start: event.start, end: event.end }];
  const span = daysBetween(event.start, event.end);
  const excluded = new Set(event.exclude);
  return recurrenceDates(event.recurrence, event.start, event.startTime, horizon)
    .filter((date) => !excluded.has(date))
    .map((date) => ({ ...base, start: date, end: addDays(date, span) }));
}

/**
 * The dates an RRULE yields from `start`. rrule works in UTC instants, so the
 * wall-clock date and time are given as if they were UTC ("floating" time) and
 * read back the same way: no zone, no DST, no shift by the build machine's TZ.
 */
export function recurrenceDates(
  rule: string,
  start: IsoDate,
  startTime: WallTime | undefined,
  horizon: IsoDate,
): IsoDate[] {
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
