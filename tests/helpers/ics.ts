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

/**
 * What a strict iCalendar reader rejects, which ical.js (lenient) lets pass:
 * a line not ended by CRLF (the last included, RFC 5545 3.1), a line over 75
 * octets, components that do not nest, calendar properties after the first
 * component (3.6), a VEVENT without UID, DTSTAMP or DTSTART (3.6.1), an
 * RRULE whose UNTIL is not UTC when DTSTART has a TZID, or not a date when
 * DTSTART is one (3.3.10), a DTSTAMP or LAST-MODIFIED not in UTC (3.8.7.2,
 * 3.8.7.3), and a SEQUENCE that is not a non-negative 32-bit integer (3.8.7.4,
 * 3.3.8). One message per problem, with its line number.
 */
export function strictIcsProblems(text: string): string[] {
  const problems: string[] = [];
  if (!text.endsWith('\r\n')) problems.push('the last line does not end in CRLF');
  const raw = text.split('\r\n');
  if (raw.at(-1) === '') raw.pop();
  raw.forEach((line, i) => {
    if (/[\r\n]/.test(line)) problems.push(`line ${i + 1}: a bare CR or LF`);
    if (Buffer.byteLength(line, 'utf8') > 75) problems.push(`line ${i + 1}: longer than 75 octets`);
  });
  // Unfold (3.1): a CRLF followed by a space or tab continues the line.
  const lines: { text: string; at: number }[] = [];
  raw.forEach((line, i) => {
    if (/^[ \t]/.test(line) && lines.length > 0) lines.at(-1)!.text += line.slice(1);
    else lines.push({ text: line, at: i + 1 });
  });
  const stack: string[] = [];
  let componentSeen = false;
  let event: Map<string, string> | undefined;
  for (const { text: line, at } of lines) {
    const name = /^[A-Za-z0-9-]+/.exec(line)?.[0]?.toUpperCase() ?? '';
    const value = line.slice(line.indexOf(':') + 1);
    if (name === 'BEGIN') {
      if (stack.length === 0 && value !== 'VCALENDAR') problems.push(`line ${at}: ${line} outside VCALENDAR`);
      if (stack.length === 1) componentSeen = true;
      stack.push(value);
      if (value === 'VEVENT') event = new Map();
    } else if (name === 'END') {
      if (stack.pop() !== value) problems.push(`line ${at}: ${line} closes another component`);
      if (value === 'VEVENT' && event) {
        for (const required of ['UID', 'DTSTAMP', 'DTSTART'])
          if (!event.has(required)) problems.push(`line ${at}: a VEVENT without ${required}`);
        event = undefined;
      }
    } else if (stack.length === 1 && componentSeen) {
      problems.push(`line ${at}: calendar property ${name} after the first component`);
    } else if (stack.at(-1) === 'VEVENT' && event) {
      event.set(name, line);
      if ((name === 'DTSTAMP' || name === 'LAST-MODIFIED') && !/^\d{8}T\d{6}Z$/.test(value))
        problems.push(`line ${at}: ${name} ${value} is not a UTC date-time`);
      if (name === 'SEQUENCE' && !(/^\d{1,10}$/.test(value) && Number(value) <= 2 ** 31 - 1))
        problems.push(`line ${at}: SEQUENCE ${value} is not a non-negative 32-bit integer`);
      const until = /UNTIL=([^;]+)/.exec(line)?.[1];
      const start = event.get('DTSTART') ?? '';
      if (name === 'RRULE' && until) {
        if (/;TZID=/.test(start) && !/^\d{8}T\d{6}Z$/.test(until))
          problems.push(`line ${at}: UNTIL ${until} is not UTC though DTSTART has a TZID`);
        if (/VALUE=DATE[:;]/.test(start) && !/^\d{8}$/.test(until))
          problems.push(`line ${at}: UNTIL ${until} is not a date though DTSTART is`);
      }
    }
  }
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(' > ')}`);
  return problems;
}
