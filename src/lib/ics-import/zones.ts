/**
 * An imported event's zone and wall-clock times: the file's zone when the site
 * knows it (IANA, or an Outlook/Exchange name mapped to one), else the times
 * converted to the site's zone through the file's own VTIMEZONE.
 */
import ICAL from 'ical.js';
import type { IsoDate } from '../calendar-date.ts';
import { isValidTimeZone, wallClockAt, type WallTime } from '../zoned-time.ts';
import type { Component, Property, Time } from './calendar-file.ts';

/** Outlook/Exchange names for common zones (CLDR windowsZones.xml, territory 001). */
const WINDOWS_ZONES: Record<string, string> = {
  'Dateline Standard Time': 'Etc/GMT+12',
  'Hawaiian Standard Time': 'Pacific/Honolulu',
  'Alaskan Standard Time': 'America/Anchorage',
  'Pacific Standard Time': 'America/Los_Angeles',
  'US Mountain Standard Time': 'America/Phoenix',
  'Mountain Standard Time': 'America/Denver',
  'Central Standard Time': 'America/Chicago',
  'Central Standard Time (Mexico)': 'America/Mexico_City',
  'Canada Central Standard Time': 'America/Regina',
  'Eastern Standard Time': 'America/New_York',
  'SA Pacific Standard Time': 'America/Bogota',
  'Atlantic Standard Time': 'America/Halifax',
  'Newfoundland Standard Time': 'America/St_Johns',
  'E. South America Standard Time': 'America/Sao_Paulo',
  'Argentina Standard Time': 'America/Argentina/Buenos_Aires',
  UTC: 'UTC',
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Romance Standard Time': 'Europe/Paris',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Central European Standard Time': 'Europe/Warsaw',
  'W. Central Africa Standard Time': 'Africa/Lagos',
  'GTB Standard Time': 'Europe/Bucharest',
  'FLE Standard Time': 'Europe/Kyiv',
  'E. Europe Standard Time': 'Europe/Chisinau',
  'Egypt Standard Time': 'Africa/Cairo',
  'South Africa Standard Time': 'Africa/Johannesburg',
  'Israel Standard Time': 'Asia/Jerusalem',
  'Turkey Standard Time': 'Europe/Istanbul',
  'Russian Standard Time': 'Europe/Moscow',
  'Arab Standard Time': 'Asia/Riyadh',
  'E. Africa Standard Time': 'Africa/Nairobi',
  'Iran Standard Time': 'Asia/Tehran',
  'Arabian Standard Time': 'Asia/Dubai',
  'Pakistan Standard Time': 'Asia/Karachi',
  'India Standard Time': 'Asia/Kolkata',
  'Nepal Standard Time': 'Asia/Kathmandu',
  'Bangladesh Standard Time': 'Asia/Dhaka',
  'SE Asia Standard Time': 'Asia/Bangkok',
  'China Standard Time': 'Asia/Shanghai',
  'Singapore Standard Time': 'Asia/Singapore',
  'Taipei Standard Time': 'Asia/Taipei',
  'W. Australia Standard Time': 'Australia/Perth',
  'Tokyo Standard Time': 'Asia/Tokyo',
  'Korea Standard Time': 'Asia/Seoul',
  'Cen. Australia Standard Time': 'Australia/Adelaide',
  'E. Australia Standard Time': 'Australia/Brisbane',
  'AUS Eastern Standard Time': 'Australia/Sydney',
  'New Zealand Standard Time': 'Pacific/Auckland',
};

export interface ZonePlan {
  /** IANA zone the event is written in; undefined means the site's zone (no `timezone:` line). */
  zone?: string;
  /** Times are converted to `zone`'s wall clock rather than kept as written. */
  convert: boolean;
  /** Said to the writer when the zone changed on the way. */
  note?: string;
  /** The IANA name of a TZID of this calendar, when it has one. */
  iana: (tzid: string) => string | undefined;
}

export function ianaFor(tzid: string, calendar: Component): string | undefined {
  const clean = tzid.replace(/^"|"$/g, '').trim();
  if (isValidTimeZone(clean) && clean.includes('/')) return clean;
  if (clean.toUpperCase() === 'UTC' || clean.toUpperCase() === 'GMT') return 'UTC';
  const windows = WINDOWS_ZONES[clean];
  if (windows) return windows;
  const vtimezone = calendar.getAllSubcomponents('vtimezone').find((z) => z.getFirstPropertyValue('tzid') === tzid);
  const location = vtimezone?.getFirstPropertyValue('x-lic-location');
  if (typeof location === 'string' && isValidTimeZone(location)) return location;
  // "/mozilla.org/20050126_1/Europe/Berlin", "custom_America/New_York": an IANA name at the end.
  const tail = /([A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+)$/.exec(clean)?.[1];
  if (tail) {
    for (let parts = tail.split('/'); parts.length >= 2; parts = parts.slice(1)) {
      const candidate = parts.join('/');
      if (isValidTimeZone(candidate)) return candidate;
    }
  }
  return undefined;
}

export function planZone(
  start: Time,
  prop: Property,
  iana: (tzid: string) => string | undefined,
  siteTimeZone: string,
): ZonePlan {
  if (start.isDate) return { convert: false, iana };
  const tzid = prop.getParameter('tzid');
  const isUtc = start.zone === ICAL.Timezone.utcTimezone || start.zone?.tzid === 'UTC';
  if (typeof tzid === 'string' && !isUtc) {
    const name = iana(tzid);
    if (name === 'UTC') return { convert: true, iana };
    if (name === siteTimeZone) return { convert: false, iana };
    if (name)
      return {
        zone: name,
        convert: false,
        iana,
        ...(name !== tzid && { note: `time zone "${tzid}" is written as "${name}"` }),
      };
    return {
      convert: true,
      iana,
      note: `time zone "${tzid}" is not a name the site knows; the times were converted to ${siteTimeZone}`,
    };
  }
  if (isUtc) return { convert: true, iana };
  return { convert: false, iana }; // floating: a wall clock without zone, read in the site's zone
}

export interface Wall {
  date: IsoDate;
  time?: WallTime;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function asWritten(t: Time): Wall {
  const date = `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}`;
  return t.isDate ? { date } : { date, time: `${pad(t.hour)}:${pad(t.minute)}` };
}

/** A time as the wall clock the file will say: as written, or converted to `zone`. */
export function wallOf(t: Time, plan: ZonePlan, zone: string): Wall {
  if (t.isDate) return asWritten(t);
  const tzid = t.zone?.tzid;
  if (!plan.convert && (!tzid || tzid === 'floating' || plan.iana(tzid) === zone)) return asWritten(t);
  return wallClockAt(new Date(t.toUnixTime() * 1000), zone);
}

export const shown = (w: Wall) => (w.time ? `${w.date}T${w.time}` : w.date);
