/**
 * The site's one way of writing dates and times for readers: ISO dates
 * ("2025-12-02 - 2025-12-04") so no reader misreads 02/12, and 12-hour times
 * in lower case ("10:45 am"), as the seed content shows.
 */
import type { IsoDate } from './calendar-date.ts';
import type { WallTime } from './zoned-time.ts';

/** `10:45` -> `10:45 am`, `13:05` -> `1:05 pm`, `00:00` -> `12:00 am`. */
export function formatTime(time: WallTime): string {
  const [h = 0, m = 0] = time.split(':').map(Number);
  const suffix = h < 12 ? 'am' : 'pm';
  const hour12 = h % 12 === 0 ? 12 : h % 12;
  return `${hour12}:${String(m).padStart(2, '0')} ${suffix}`;
}

/** `2025-12-02` for one day, `2025-12-02 - 2025-12-04` for a span. */
export function formatDateRange(start: IsoDate, end: IsoDate): string {
  return start === end ? start : `${start} - ${end}`;
}

/** `10:45 am`, `9:00 am - 5:00 pm`, or empty for an all-day event. */
export function formatTimeRange(startTime: WallTime | undefined, endTime: WallTime | undefined): string {
  if (!startTime) return '';
  return endTime ? `${formatTime(startTime)} - ${formatTime(endTime)}` : formatTime(startTime);
}
