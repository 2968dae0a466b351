/**
 * VTIMEZONE components (RFC 5545 3.6.5) made from the runtime's own zone data,
 * the same data every page, feed and JSON-LD offset on the site comes from, so a
 * calendar file can never disagree with the page by an hour after a tz update.
 *
 * The years the events need are written out transition by transition (exact,
 * even where a zone changed its rules); for recurring events the last year's
 * changes are repeated with a yearly RRULE so clients keep the right offsets
 * past the build's horizon.
 */
import { daysInMonth, dayOfWeek, type IsoDate } from './calendar-date.ts';
import { utcOffsetMinutes, wallClockAt, zoneAbbreviation } from './zoned-time.ts';

const MINUTE = 60_000;
const DAY = 86_400_000;
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

interface Transition {
  /** First instant with the new offset, in ms. */
  at: number;
  from: number;
  to: number;
}

export interface VTimezoneOptions {
  /** First and last year the zone's events need (inclusive). */
  fromYear: number;
  toYear: number;
  /** Add yearly rules after `toYear` (open-ended or long recurrences). */
  repeat: boolean;
}

/** Offset changes in [from, to), found day by day and narrowed to the minute. */
export function zoneTransitions(zone: string, from: number, to: number): Transition[] {
  const offsetAt = (ms: number) => utcOffsetMinutes(new Date(ms), zone);
  const out: Transition[] = [];
  let prev = from;
  let prevOffset = offsetAt(prev);
  for (let t = from + DAY; t < to + DAY; t += DAY) {
    const offset = offsetAt(t);
    if (offset !== prevOffset) {
      let lo = Math.floor(prev / MINUTE);
      let hi = Math.floor(t / MINUTE);
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (offsetAt(mid * MINUTE) === prevOffset) lo = mid;
        else hi = mid;
      }
      if (hi * MINUTE < to) out.push({ at: hi * MINUTE, from: prevOffset, to: offset });
      prevOffset = offset;
    }
    prev = t;
  }
  return out;
}

/** `+0530`, `-0500`. */
function offsetText(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

/** Local date-time `YYYYMMDDTHHMMSS` of an instant read with a fixed offset. */
function localText(ms: number, offset: number): { text: string; date: IsoDate } {
  const wall = wallClockAt(new Date(ms + offset * MINUTE), 'UTC');
  return { text: `${wall.date.replaceAll('-', '')}T${wall.time.replace(':', '')}00`, date: wall.date };
}

/** `2SU` or `-1SU`: the weekday rule that puts a change on this date every year. */
function byDayRule(date: IsoDate): string {
  const day = Number(date.slice(8, 10));
  const last = daysInMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7)));
  const nth = day + 7 > last ? -1 : Math.ceil(day / 7);
  return `${nth}${WEEKDAYS[dayOfWeek(date)]}`;
}

function observance(zone: string, t: Transition, standard: number, yearly = false, dtstart?: string): string[] {
  const kind = t.to > standard ? 'DAYLIGHT' : 'STANDARD';
  const local = localText(t.at, t.from);
  return [
    `BEGIN:${kind}`,
    `DTSTART:${dtstart ?? local.text}`,
    ...(yearly ? [`RRULE:FREQ=YEARLY;BYMONTH=${Number(local.date.slice(5, 7))};BYDAY=${byDayRule(local.date)}`] : []),
    `TZOFFSETFROM:${offsetText(t.from)}`,
    `TZOFFSETTO:${offsetText(t.to)}`,
    `TZNAME:${zoneAbbreviation(new Date(t.at), zone, 'en-US')}`,
    `END:${kind}`,
  ];
}

const cache = new Map<string, string>();

/**
 * One VTIMEZONE for `zone` covering the given years; lines joined by CRLF.
 * Memoised: every event's and tag's .ics needs its zone's block, and finding
 * transitions scans the years day by day.
 */
export function vtimezone(zone: string, options: VTimezoneOptions): string {
  const key = `${zone}|${options.fromYear}|${options.toYear}|${options.repeat}`;
  let text = cache.get(key);
  if (text === undefined) cache.set(key, (text = buildVTimezone(zone, options)));
  return text;
}

const yearCache = new Map<string, Transition[]>();

/**
 * A zone's changes in one calendar year (UTC), memoised: each event's own .ics
 * covers a different span of years, and scanning a year costs 365 offset look-ups.
 */
function transitionsInYear(zone: string, year: number): Transition[] {
  const key = `${zone}|${year}`;
  let found = yearCache.get(key);
  if (found === undefined)
    yearCache.set(key, (found = zoneTransitions(zone, Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1))));
  return found;
}

function buildVTimezone(zone: string, { fromYear, toYear, repeat }: VTimezoneOptions): string {
  const start = Date.UTC(fromYear, 0, 1);
  const transitions: Transition[] = [];
  for (let year = fromYear; year <= toYear; year++) transitions.push(...transitionsInYear(zone, year));
  const later = repeat ? transitionsInYear(zone, toYear + 1) : [];
  const initial = utcOffsetMinutes(new Date(start), zone);
  const standard = Math.min(initial, ...transitions.map((t) => t.to), ...later.map((t) => t.to));
  const lines = [
    'BEGIN:VTIMEZONE',
    `TZID:${zone}`,
    // The offset in force when the covered years begin.
    ...observance(zone, { at: start, from: initial, to: initial }, standard, false, `${fromYear}0101T000000`),
    ...transitions.flatMap((t) => observance(zone, t, standard)),
    ...later.flatMap((t) => observance(zone, t, standard, true)),
    'END:VTIMEZONE',
  ];
  return lines.join('\r\n');
}
