/**
 * Wall-clock times in named zones, and the instants they stand for. The content
 * says "10:45 in America/New_York"; this module is the only place that turns such
 * a pair into an instant or back, so no code reads a date in the build machine's zone.
 */
import { TZDate, tzOffset } from '@date-fns/tz';
import type { IsoDate } from './calendar-date.ts';
import { parseIsoDate } from './calendar-date.ts';

/** A wall-clock time, `HH:mm` (24 h). */
export type WallTime = string;

const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isWallTime(text: string): boolean {
  return TIME_RE.test(text);
}

const zoneCache = new Map<string, boolean>();

/** True for IANA names the runtime knows (`Europe/Berlin`, `UTC`); false for `EST5EDT`-style typos. */
export function isValidTimeZone(zone: string): boolean {
  let ok = zoneCache.get(zone);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      ok = zone.length > 0;
    } catch {
      ok = false;
    }
    zoneCache.set(zone, ok);
  }
  return ok;
}

export interface WallClock {
  date: IsoDate;
  time: WallTime;
}

/** The wall clock in `zone` at `instant`. */
export function wallClockAt(instant: Date, zone: string): WallClock {
  // TZDate's getters read the wall clock in `zone`. (Not date-fns `format`: importing
  // date-fns costs the command-line tools seconds at every start.)
  const local = new TZDate(instant.getTime(), zone);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return {
    date: `${pad(local.getFullYear(), 4)}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`,
    time: `${pad(local.getHours())}:${pad(local.getMinutes())}`,
  };
}

/** Today's date in `zone` at `now`; the build passes `now` in. */
export function todayIn(zone: string, now: Date): IsoDate {
  return wallClockAt(now, zone).date;
}

export type Resolution =
  | { kind: 'exact'; instant: Date }
  /** The repeated autumn hour: the first of the two instants is used. */
  | { kind: 'ambiguous'; instant: Date; later: Date }
  /** The skipped spring hour: no such time exists; `shifted` reads it with the offset before the gap (RFC 5545 3.3.5). */
  | { kind: 'gap'; shifted: Date };

/**
 * Resolves a wall-clock time in a zone. Offsets are tried from a day before and a
 * day after, which covers every real transition (none moves the clock a day).
 */
export function resolveWallClock(date: IsoDate, time: WallTime, zone: string): Resolution {
  const p = parseIsoDate(date);
  const t = TIME_RE.exec(time);
  if (!p || !t) throw new RangeError(`not a wall-clock time: ${date}T${time}`);
  const naiveUtc = Date.UTC(p.year, p.month - 1, p.day, Number(t[1]), Number(t[2]));
  const offsets = new Set([
    tzOffset(zone, new Date(naiveUtc - 86_400_000)),
    tzOffset(zone, new Date(naiveUtc + 86_400_000)),
  ]);
  const matches = [...offsets]
    .map((offsetMinutes) => new Date(naiveUtc - offsetMinutes * 60_000))
    .filter((instant) => {
      const wall = wallClockAt(instant, zone);
      return wall.date === date && wall.time === time;
    })
    .sort((a, b) => a.getTime() - b.getTime());
  const [first, second] = matches;
  if (!first)
    return { kind: 'gap', shifted: new Date(naiveUtc - tzOffset(zone, new Date(naiveUtc - 86_400_000)) * 60_000) };
  if (second && second.getTime() !== first.getTime()) return { kind: 'ambiguous', instant: first, later: second };
  return { kind: 'exact', instant: first };
}

const instants = new Map<string, number>();

/**
 * The instant of a wall-clock time; a time in a gap moves forward by the gap, as RFC 5545 says.
 * Memoised (a fresh Date each call): sorting, past markers and feeds ask for the
 * same occurrence's instant many times, and each answer costs four zone look-ups.
 */
export function instantOf(date: IsoDate, time: WallTime, zone: string): Date {
  const key = `${zone}|${date}|${time}`;
  let ms = instants.get(key);
  if (ms === undefined) {
    const r = resolveWallClock(date, time, zone);
    instants.set(key, (ms = (r.kind === 'gap' ? r.shifted : r.instant).getTime()));
  }
  return new Date(ms);
}

/** `+07:00`, `-05:00`: the zone's offset from UTC at that instant, for ISO 8601 and schema.org. */
export function utcOffset(instant: Date, zone: string): string {
  const minutes = tzOffset(zone, instant);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** ISO 8601 with the zone's offset: `2025-12-02T10:45:00-05:00`. */
export function isoWithOffset(date: IsoDate, time: WallTime, zone: string): string {
  return `${date}T${time}:00${utcOffset(instantOf(date, time, zone), zone)}`;
}

const zoneNameFormats = new Map<string, Intl.DateTimeFormat>();

/** Intl formatters are costly to create and a build asks for the same few thousands of times. */
function zoneNameFormat(locale: string, zone: string): Intl.DateTimeFormat {
  const key = `${locale}|${zone}`;
  let format = zoneNameFormats.get(key);
  if (!format)
    zoneNameFormats.set(key, (format = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'short' })));
  return format;
}

/** The zone's short name at an instant as readers know it: `EST`, `CET`, `GMT+7`. */
export function zoneAbbreviation(instant: Date, zone: string, locale: string): string {
  const part = zoneNameFormat(locale, zone)
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? zone;
}

/** The zone's offset from UTC in minutes at an instant (east positive), for VTIMEZONE rules. */
export function utcOffsetMinutes(instant: Date, zone: string): number {
  return tzOffset(zone, instant);
}

/**
 * A wall-clock time as a date object whose getters read in `zone`, for libraries
 * (ical-generator) that format local fields: a plain Date would be read in the
 * build machine's zone.
 */
export function zonedDateTime(date: IsoDate, time: WallTime, zone: string): TZDate {
  return new TZDate(instantOf(date, time, zone).getTime(), zone);
}
