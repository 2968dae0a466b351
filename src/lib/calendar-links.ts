/**
 * "Add to calendar" links for one occurrence. Google Calendar takes wall-clock
 * times plus the event's zone (`ctz`), so the entry keeps its zone; Outlook's
 * compose link only reliably understands UTC (`...Z`), so it gets the instants.
 * All-day events use dates with an exclusive end day in both, as .ics does.
 */
import { addDays, type IsoDate } from './calendar-date.ts';
import { placeLine } from './event-place.ts';
import { occurrenceEnd, type Occurrence } from './occurrences.ts';
import { instantOf, type WallTime } from './zoned-time.ts';

export interface LinkDetails {
  /** Plain text for the entry's notes (kept short: it travels in a URL). */
  details: string;
}

const compactDate = (date: IsoDate) => date.replaceAll('-', '');
const compactDateTime = (date: IsoDate, time: WallTime) => `${compactDate(date)}T${time.replace(':', '')}00`;
const isoUtc = (instant: Date) => `${instant.toISOString().slice(0, 19)}Z`;

/**
 * The end of a timed occurrence as a wall clock: its end time, the midnight
 * after a later end day, or (no end given) its start: neither service gets an
 * invented length.
 */
function timedEnd(o: Occurrence): { date: IsoDate; time: WallTime } {
  const end = occurrenceEnd(o);
  return end.stated ? end : { date: o.start, time: o.startTime ?? '00:00' };
}

function query(params: Record<string, string>): string {
  return Object.entries(params)
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');
}

export function googleCalendarUrl(o: Occurrence, { details }: LinkDetails): string {
  const { event } = o;
  const dates = o.startTime
    ? `${compactDateTime(o.start, o.startTime)}/${compactDateTime(timedEnd(o).date, timedEnd(o).time)}`
    : `${compactDate(o.start)}/${compactDate(addDays(o.end, 1))}`;
  return `https://calendar.google.com/calendar/render?${query({
    action: 'TEMPLATE',
    text: event.title,
    dates,
    ...(o.startTime && { ctz: event.timezone }),
    details,
    location: placeLine(o.event),
  })}`;
}

export type OutlookHost = 'outlook.live.com' | 'outlook.office.com';

/** Outlook on the web: `outlook.live.com` for personal accounts, `outlook.office.com` for Microsoft 365. */
export function outlookCalendarUrl(
  o: Occurrence,
  { details }: LinkDetails,
  host: OutlookHost = 'outlook.live.com',
): string {
  const { event } = o;
  const times = o.startTime
    ? (() => {
        const end = timedEnd(o);
        return {
          startdt: isoUtc(instantOf(o.start, o.startTime, event.timezone)),
          enddt: isoUtc(instantOf(end.date, end.time, event.timezone)),
          allday: 'false',
        };
      })()
    : { startdt: o.start, enddt: addDays(o.end, 1), allday: 'true' };
  return `https://${host}/calendar/0/action/compose?${query({
    rru: 'addevent',
    subject: event.title,
    ...times,
    body: details,
    location: placeLine(o.event),
  })}`;
}

/** The same feed for calendar apps that subscribe (Apple Calendar, Outlook): `webcal://host/path`. */
export function webcalUrl(httpsUrl: string): string {
  return httpsUrl.replace(/^https?:/, 'webcal:');
}

/**
 * Google Calendar's "add by URL" for a calendar feed: it opens the reader's
 * calendar settings with the feed filled in, and Google then fetches it about
 * once a day. `cid` takes the webcal:// address.
 */
export function googleSubscribeUrl(feedUrl: string): string {
  return `https://calendar.google.com/calendar/r?cid=${encodeURIComponent(webcalUrl(feedUrl))}`;
}
