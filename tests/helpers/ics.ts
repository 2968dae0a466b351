/** Reading iCalendar text in tests with ical.js, a real parser (Mozilla's). */
import ICAL from 'ical.js';

export interface ParsedIcs {
  calendar: ICAL.Component;
  events: ICAL.Event[];
}

/** Parses a calendar and registers its VTIMEZONEs first, so TZID times resolve through them (not through a built-in zone database). */
export function parseIcs(text: string): ParsedIcs {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

/** The UTC instant of a parsed date-time, as ISO 8601. */
export const utcIso = (time: ICAL.Time) => new Date(time.toUnixTime() * 1000).toISOString();

/** Every occurrence's start (UTC, ISO) of a recurring event, as a client expands it. */
export function occurrenceStarts(event: ICAL.Event, limit = 500): string[] {
  if (!event.isRecurring()) return [utcIso(event.startDate)];
  const out: string[] = [];
  const it = event.iterator();
  for (let next = it.next(); next && out.length < limit; next = it.next())
    out.push(utcIso(event.getOccurrenceDetails(next).startDate));
  return out;
}
