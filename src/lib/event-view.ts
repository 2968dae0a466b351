/**
 * What a reader sees of an occurrence's when: the site's one format for dates,
 * times and zones, and machine-readable instants for `<time datetime>`.
 */
import type { Occurrence } from './occurrences.ts';
import { formatDateRange, formatTime, formatTimeRange } from './format.ts';
import { instantOf, isoWithOffset, utcOffsetMinutes, zoneAbbreviation } from './zoned-time.ts';

export interface WhenView {
  /** `2025-12-02 - 2025-12-04` */
  dates: string;
  /** `10:45 am`, `9:00 am - 5:00 pm`, or `All day`. */
  time: string;
  /** `GMT+7 (Asia/Ho_Chi_Minh)` when the event's zone is not the site's; empty otherwise. */
  zone: string;
  /** `datetime` attribute values: an offset date-time when timed, else the date. */
  startAttr: string;
  endAttr: string;
  /** UTC instant of the start, for the reader's-local-time script; absent for all-day events. */
  startInstant?: string;
  /** The event zone's UTC offset in minutes at the start, so the script can tell whether the reader's zone differs. */
  startOffsetMinutes?: number;
}

export function whenView(occurrence: Occurrence, siteTimeZone: string, locale: string): WhenView {
  const { event } = occurrence;
  const zone = event.timezone;
  const startAttr = occurrence.startTime
    ? isoWithOffset(occurrence.start, occurrence.startTime, zone)
    : occurrence.start;
  const endAttr = occurrence.endTime ? isoWithOffset(occurrence.end, occurrence.endTime, zone) : occurrence.end;
  const zoneText =
    zone !== siteTimeZone && occurrence.startTime
      ? `${zoneAbbreviation(instantOf(occurrence.start, occurrence.startTime, zone), zone, locale)} (${zone.replace(/_/g, ' ')})`
      : '';
  // A time range only reads right when both ends fall on one day; otherwise the
  // end time belongs with the end date.
  const sameDay = occurrence.start === occurrence.end;
  const time = !occurrence.startTime
    ? 'All day'
    : sameDay
      ? formatTimeRange(occurrence.startTime, occurrence.endTime)
      : occurrence.endTime
        ? `${formatTime(occurrence.startTime)} (ends ${formatTime(occurrence.endTime)} on ${occurrence.end})`
        : formatTime(occurrence.startTime);
  return {
    dates: formatDateRange(occurrence.start, occurrence.end),
    time,
    zone: zoneText,
    startAttr,
    endAttr,
    ...(occurrence.startTime && startInstantFields(instantOf(occurrence.start, occurrence.startTime, zone), zone)),
  };
}

function startInstantFields(instant: Date, zone: string) {
  return { startInstant: instant.toISOString(), startOffsetMinutes: utcOffsetMinutes(instant, zone) };
}

/** Kept here for src/lib/search-meta.ts; the rule is in event-status.ts. */
export { STATUS_LABELS } from './event-status.ts';
