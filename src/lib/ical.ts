/**
 * Events as iCalendar (RFC 5545) for /events.ics, /events/<slug>.ics and
 * /tags/<tag>.ics. ical-generator does the escaping, CRLF and line folding;
 * this module decides what each event says.
 *
 * Timed events keep their wall-clock time and zone (DTSTART;TZID=...) with a
 * VTIMEZONE from src/lib/vtimezone.ts, so a weekly 10:00 meeting stays at 10:00
 * across a DST change in every client. All-day events are VALUE=DATE with the
 * exclusive DTEND the RFC asks for. Nothing here reads the clock: an event
 * changed by its writer (`updated`) says so with LAST-MODIFIED, DTSTAMP and a
 * SEQUENCE that rises with every change; one never changed has SEQUENCE 0 and
 * its own start as DTSTAMP. Two builds of one commit give identical files.
 */
import { foldLines, ICalCalendar, ICalEventStatus, type ICalEvent } from 'ical-generator';
import { addDays, type IsoDate } from './calendar-date.ts';
import { placeLine } from './event-place.ts';
import { statusPrefix } from './event-status.ts';
import { eventUpdatedAt } from './event-updated.ts';
import type { EventData } from './model.ts';
import { occurrenceEnd } from './occurrences.ts';
import { absoluteUrl, paths } from './paths.ts';
import type { ListedEvent } from './site-index.ts';
import { vtimezone } from './vtimezone.ts';
import { instantOf, zonedDateTime, type WallTime } from './zoned-time.ts';

export interface CalendarOptions {
  /** X-WR-CALNAME: what a subscriber's calendar list shows. */
  name: string;
  description?: string;
  siteUrl: string;
  /** Site-relative path of this calendar file (its own URL in the file). */
  path: string;
  /** Product name for PRODID. */
  product: string;
  /** The zone events' `updated` is read in (the site's). */
  siteTimeZone: string;
}

/** A day as a UTC midnight: ical-generator reads all-day dates with UTC getters when no zone is set. */
const utcDay = (date: IsoDate) => new Date(`${date}T00:00:00Z`);
const compactDate = (date: IsoDate) => date.replaceAll('-', '');
const compactTime = (time: WallTime) => `${time.replace(':', '')}00`;

/** ical-generator writes NAME and X-WR-CALDESC as given, so TEXT escaping (RFC 5545 3.3.11) is ours. */
const escapeText = (text: string) => text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');

export const CALENDAR_CONTENT_TYPE = 'text/calendar; charset=utf-8';

export function buildCalendar(events: readonly ListedEvent[], opts: CalendarOptions): string {
  const header = {
    name: escapeText(opts.name),
    ...(opts.description && { description: escapeText(opts.description) }),
    url: absoluteUrl(opts.siteUrl, opts.path),
    prodId: { company: new URL(opts.siteUrl).host, product: opts.product, language: 'EN' },
  };
  const calendar = new ICalCalendar(header).toString();
  // Assembled here so each event's VEVENT is written once per build, not once
  // per file it appears in (its own, /events.ics and one per tag): the header,
  // the refresh lines (calendar properties come before any component, RFC 5545
  // 3.6), the VTIMEZONEs, the VEVENTs, and END with the CRLF that ends every
  // line, the last included (3.1), which ical-generator leaves off.
  const end = calendar.lastIndexOf('END:VCALENDAR');
  const sorted = [...events].sort(
    (a, b) => a.event.start.localeCompare(b.event.start) || a.event.slug.localeCompare(b.event.slug),
  );
  const zones = [...new Set(sorted.filter(({ event }) => event.startTime).map(({ event }) => event.timezone))];
  const zoneBlock = zoneGenerator(sorted);
  return [
    calendar.slice(0, end),
    REFRESH_LINES,
    ...zones.map((zone) => `${foldLines(zoneBlock(zone)!)}\r\n`),
    ...sorted.map(({ event }) => vevent(event, opts)),
    calendar.slice(end).replace(/(?:\r\n)?$/, '\r\n'),
  ].join('');
}

/**
 * The lines ical-generator writes for the refresh interval, after a calendar's
 * other properties. Subscribers refresh twice a day; the site rebuilds on every
 * content change. The lines are the same in every calendar, so they are made
 * once, not with each file's header (half of the headers' cost: 0.6 s of a
 * cold build at 5,000 events, measured).
 */
const REFRESH_LINES = (() => {
  const header = { name: 'refresh' };
  const without = new ICalCalendar(header).toString();
  const withTtl = new ICalCalendar({ ...header, ttl: 12 * 60 * 60 }).toString();
  return withTtl.slice(without.lastIndexOf('END:VCALENDAR'), withTtl.lastIndexOf('END:VCALENDAR'));
})();

type Site = Pick<CalendarOptions, 'siteUrl' | 'siteTimeZone'>;
const vevents = new WeakMap<EventData, { site: string; text: string }>();

/** One event's folded VEVENT block, memoised per event object. */
function vevent(event: EventData, opts: Site): string {
  const site = `${opts.siteUrl}|${opts.siteTimeZone}`;
  const cached = vevents.get(event);
  if (cached?.site === site) return cached.text;
  // DTSTAMP and LAST-MODIFIED are written in UTC when the calendar has no zone name of its own.
  const scratch = new ICalCalendar({ timezone: { name: null } });
  const text = foldLines(addEvent(scratch, event, opts).toString());
  vevents.set(event, { site, text });
  return text;
}

/** The largest SEQUENCE: RFC 5545 3.8.7.4 makes it an INTEGER, a signed 32-bit value (3.3.8). */
const MAX_SEQUENCE = 2 ** 31 - 1;

/**
 * SEQUENCE for a change at `instant`: whole minutes since 1970-01-01 UTC, so
 * each later change gives a larger number without the site keeping a count
 * (29 million in 2026; it fits until the year 6053). 0 for an event never
 * changed, and for a change dated before 1970.
 */
export function changeSequence(instant: Date | undefined): number {
  if (!instant) return 0;
  return Math.min(MAX_SEQUENCE, Math.max(0, Math.floor(instant.getTime() / 60_000)));
}

function addEvent(calendar: ICalCalendar, event: EventData, { siteUrl, siteTimeZone }: Site): ICalEvent {
  const pageUrl = absoluteUrl(siteUrl, paths.event(event.slug));
  const location = placeLine(event);
  const updatedAt = eventUpdatedAt(event, siteTimeZone);
  const description = [
    event.text || event.summary,
    event.online && `Online: ${event.online}`,
    event.url && `Official page: ${event.url}`,
    `Details: ${pageUrl}`,
  ]
    .filter(Boolean)
    .join('\n\n');
  const common = {
    id: `${event.slug}@${new URL(siteUrl).host}`,
    summary: statusPrefix(event.status) + event.title,
    description,
    url: pageUrl,
    categories: event.tags.map((name) => ({ name })),
    // DTSTAMP: when the event was last revised (RFC 5545 3.8.7.2, no METHOD); without `updated`, its own start.
    stamp: updatedAt ?? instantOf(event.start, event.startTime ?? '00:00', event.timezone),
    sequence: changeSequence(updatedAt),
    ...(updatedAt && { lastModified: updatedAt }),
    ...(location && { location }),
    ...(event.status === 'cancelled' && { status: ICalEventStatus.CANCELLED }),
    ...(event.status === 'postponed' && { status: ICalEventStatus.TENTATIVE }),
    ...(event.recurrence && { repeating: recurrenceLines(event) }),
  };
  if (!event.startTime) {
    return calendar.createEvent({
      ...common,
      allDay: true,
      start: utcDay(event.start),
      end: utcDay(addDays(event.end, 1)),
    });
  }
  return calendar.createEvent({
    ...common,
    timezone: event.timezone,
    start: zonedDateTime(event.start, event.startTime, event.timezone),
    ...endOf(event),
  });
}

/**
 * A timed event's DTEND: its end time, or the midnight after a later end day
 * ("through that day"). A same-day event without an end time gets none, which
 * RFC 5545 reads as "ends when it starts": inventing a length would mislead.
 */
function endOf(event: EventData): { end?: ReturnType<typeof zonedDateTime> } {
  const end = occurrenceEnd(event);
  return end.stated ? { end: zonedDateTime(end.date, end.time, event.timezone) } : {};
}

/**
 * RRULE and EXDATE lines. The site expands rules with wall-clock ("floating")
 * UNTIL values; RFC 5545 wants UNTIL in UTC when DTSTART has a TZID (a date for
 * all-day events), so UNTIL is converted here and clients stop where the site does.
 */
export function recurrenceLines(event: EventData): string {
  const rule = event
    .recurrence!.toUpperCase()
    .split(';')
    .filter(Boolean)
    .map((part) => {
      const [key, value = ''] = part.split('=');
      return key === 'UNTIL' ? `UNTIL=${untilValue(value, event)}` : part;
    });
  const lines = [`RRULE:${rule.join(';')}`];
  if (event.exclude.length > 0) {
    const dates = [...event.exclude].sort();
    lines.push(
      event.startTime
        ? `EXDATE;TZID=${event.timezone}:${dates.map((d) => `${compactDate(d)}T${compactTime(event.startTime!)}`).join(',')}`
        : `EXDATE;VALUE=DATE:${dates.map(compactDate).join(',')}`,
    );
  }
  return lines.join('\n');
}

function untilValue(value: string, event: EventData): string {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})\d{2}Z?)?$/.exec(value);
  if (!m) return value;
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  if (!event.startTime) return compactDate(date);
  const instant = instantOf(date, m[4] ? `${m[4]}:${m[5]}` : '00:00', event.timezone).toISOString();
  return `${instant.slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/** VTIMEZONEs covering every year the calendar's timed events need, one per zone. */
function zoneGenerator(events: readonly ListedEvent[]): (zone: string) => string | null {
  const years = new Map<string, { from: number; to: number; repeat: boolean }>();
  for (const { event, occurrences } of events) {
    if (!event.startTime) continue;
    const last = occurrences.at(-1)?.end ?? event.end;
    const span = years.get(event.timezone);
    const from = Number(event.start.slice(0, 4));
    const to = Math.max(Number(event.end.slice(0, 4)), Number(last.slice(0, 4)));
    years.set(event.timezone, {
      from: Math.min(from, span?.from ?? from),
      to: Math.max(to, span?.to ?? to),
      repeat: Boolean(span?.repeat || event.recurrence),
    });
  }
  return (zone) => {
    const span = years.get(zone);
    return span ? vtimezone(zone, { fromYear: span.from, toYear: span.to, repeat: span.repeat }) : null;
  };
}
