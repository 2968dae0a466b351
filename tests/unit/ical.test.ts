import { describe, expect, it } from 'vitest';
import { buildCalendar, changeSequence, recurrenceLines } from '../../src/lib/ical.ts';
import { occurrencesOf } from '../../src/lib/occurrences.ts';
import type { EventData } from '../../src/lib/model.ts';
import type { ListedEvent } from '../../src/lib/site-index.ts';
import { vtimezone } from '../../src/lib/vtimezone.ts';
import { instantOf, utcOffsetMinutes } from '../../src/lib/zoned-time.ts';
import { makeEvent } from '../helpers/factories.ts';
import { occurrenceStarts, parseIcs, strictIcsProblems, utcIso } from '../helpers/ics.ts';
import { plainText } from '../../src/lib/excerpt.ts';

const HORIZON = '2027-06-30';
const listed = (event: EventData): ListedEvent => {
  const occurrences = occurrencesOf(event, HORIZON);
  return { event, occurrence: occurrences[0]!, occurrences, skipped: [] };
};
const options = {
  name: 'Test, calendar',
  siteUrl: 'https://example.org',
  path: '/events.ics',
  product: 'Test',
  siteTimeZone: 'America/New_York',
};

const weekly = makeEvent({
  slug: 'weekly',
  title: 'FHIR Office Hours',
  start: '2026-03-03',
  startTime: '10:00',
  end: '2026-03-03',
  endTime: '11:00',
  online: 'https://example.org/office-hours',
  recurrence: 'FREQ=WEEKLY;BYDAY=TU;COUNT=6',
  exclude: ['2026-03-17'],
  tags: ['fhir', 'webinar'],
});
const privacy = makeEvent({
  slug: 'privacy',
  title: 'Privacy Days',
  start: '2025-12-15',
  end: '2025-12-17',
  location: 'Boston',
});
const cancelled = makeEvent({
  slug: 'meetup',
  title: 'Meetup',
  start: '2025-12-18',
  startTime: '18:00',
  end: '2025-12-18',
  endTime: '20:00',
  status: 'cancelled',
});
const tricky = makeEvent({
  slug: 'tricky',
  title: 'Data, "Privacy" & <script>alert(1)</script>; Summit 🎉',
  start: '2025-12-11',
  startTime: '09:00',
  end: '2025-12-11',
  endTime: '10:00',
  location: 'Room 1; Floor 2, Main St. "East"',
  text: 'Line one, with; punctuation\\ and a backslash.\n\nSecond paragraph 🎉.',
  tags: ['a,b', 'privacy'],
});
const hanoi = makeEvent({
  slug: 'hanoi',
  title: 'Forum',
  start: '2025-12-10',
  startTime: '08:00',
  end: '2025-12-10',
  endTime: '12:00',
  timezone: 'Asia/Ho_Chi_Minh',
});
const summit = makeEvent({
  slug: 'summit',
  title: 'Summit',
  start: '2025-12-02',
  startTime: '10:45',
  end: '2025-12-04',
});

const all = [weekly, privacy, cancelled, tricky, hanoi, summit].map(listed);
const text = buildCalendar(all, options);
const { calendar, events } = parseIcs(text);
const byUid = (slug: string) => events.find((e) => e.uid === `${slug}@example.org`)!;

describe('buildCalendar', () => {
  it('holds each event once with a stable slug-based UID and the calendar name', () => {
    expect(events.map((e) => e.uid).sort()).toEqual(all.map((l) => `${l.event.slug}@example.org`).sort());
    // ical.js does not type NAME (RFC 7986), so it returns the raw TEXT value: the comma escaped.
    expect(calendar.getFirstPropertyValue('name')).toBe('Test\\, calendar');
    expect(buildCalendar(all, options)).toBe(text);
  });

  it('writes CRLF lines of at most 75 octets, the last line ended too', () => {
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('passes a strict reader: calendar properties before components, UNTIL in UTC', () => {
    const until = makeEvent({ ...weekly, slug: 'until', recurrence: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20260331' });
    const withTtl = buildCalendar([...all, listed(until)], options);
    expect(strictIcsProblems(withTtl)).toEqual([]);
    const lines = withTtl.split('\r\n');
    expect(lines.indexOf('REFRESH-INTERVAL;VALUE=DURATION:PT12H')).toBeLessThan(lines.indexOf('BEGIN:VTIMEZONE'));
    expect(lines.indexOf('X-PUBLISHED-TTL:PT12H')).toBeLessThan(lines.indexOf('BEGIN:VTIMEZONE'));
  });

  it('keeps paragraphs and list items apart in DESCRIPTION', () => {
    const body = 'Topics:\n\n- Where the rules stand\n- Oversight of AI tools\n\nSee you there.';
    const event = makeEvent({ slug: 'listy', title: 'Listy', text: plainText(body) });
    const description = parseIcs(buildCalendar([listed(event)], options)).events[0]!.description;
    expect(description).toMatch(/^Topics:\n\n- Where the rules stand\n- Oversight of AI tools\n\nSee you there\.\n\n/);
  });

  it('gives timed events their zone, with a matching VTIMEZONE per zone', () => {
    const zones = calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'));
    expect(zones.sort()).toEqual(['America/New_York', 'Asia/Ho_Chi_Minh']);
    const forum = byUid('hanoi');
    expect(forum.startDate.zone?.tzid).toBe('Asia/Ho_Chi_Minh');
    expect(forum.startDate.toString()).toBe('2025-12-10T08:00:00');
    expect(utcIso(forum.startDate)).toBe('2025-12-10T01:00:00.000Z');
    expect(utcIso(forum.endDate)).toBe('2025-12-10T05:00:00.000Z');
  });

  it('keeps a weekly event at 10:00 local across the March DST change and skips excluded dates', () => {
    const event = byUid('weekly');
    const expected = occurrencesOf(weekly, HORIZON).map((o) =>
      instantOf(o.start, '10:00', 'America/New_York').toISOString(),
    );
    expect(occurrenceStarts(event)).toEqual(expected);
    expect(expected).toContain('2026-03-03T15:00:00.000Z'); // EST
    expect(expected).toContain('2026-03-10T14:00:00.000Z'); // EDT
    expect(expected.some((s) => s.startsWith('2026-03-17'))).toBe(false);
  });

  it('writes an all-day event as dates with an exclusive end', () => {
    const event = byUid('privacy');
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2025-12-15');
    expect(event.endDate.toString()).toBe('2025-12-18');
    expect(event.duration.days).toBe(3);
  });

  it('ends a timed event with a date-only end at the midnight after its last day', () => {
    expect(byUid('summit').endDate.toString()).toBe('2025-12-05T00:00:00');
  });

  it('marks a cancelled event CANCELLED', () => {
    expect(byUid('meetup').component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(byUid('summit').component.getFirstPropertyValue('status')).toBeNull();
  });

  it('escapes commas, semicolons, quotes, markup and emoji so they come back intact', () => {
    const event = byUid('tricky');
    expect(event.summary).toBe(tricky.title);
    expect(event.location).toBe(tricky.location);
    expect(event.description).toContain(tricky.text);
    expect(event.component.getFirstProperty('categories')!.getValues()).toEqual(['a,b', 'privacy']);
  });

  it('carries URL, DTSTAMP from the content, and no build clock', () => {
    const event = byUid('summit');
    expect(event.component.getFirstPropertyValue('url')).toBe('https://example.org/events/summit/');
    expect(utcIso(event.component.getFirstPropertyValue('dtstamp') as never)).toBe('2025-12-02T15:45:00.000Z');
  });

  it('has SEQUENCE 0 and no LAST-MODIFIED for an event never changed', () => {
    const event = byUid('summit').component;
    expect(event.getFirstPropertyValue('sequence')).toBe(0);
    expect(event.getFirstProperty('last-modified')).toBeNull();
  });

  it("takes LAST-MODIFIED, DTSTAMP and a SEQUENCE that rises with each change from the event's `updated`", () => {
    const at = (updated: string, updatedTime?: string) => {
      const event = makeEvent({ ...summit, updated, ...(updatedTime && { updatedTime }) });
      const text = buildCalendar([listed(event)], options);
      expect(strictIcsProblems(text)).toEqual([]);
      const vevent = parseIcs(text).events[0]!.component;
      return {
        modified: utcIso(vevent.getFirstPropertyValue('last-modified') as never),
        stamp: utcIso(vevent.getFirstPropertyValue('dtstamp') as never),
        sequence: Number(vevent.getFirstPropertyValue('sequence')),
      };
    };
    // `updated` is read in the site's zone, a date alone as the start of that day.
    const first = at('2025-11-20');
    expect(first.modified).toBe('2025-11-20T05:00:00.000Z');
    expect(first.stamp).toBe(first.modified);
    const second = at('2025-11-20', '14:30');
    expect(second.modified).toBe('2025-11-20T19:30:00.000Z');
    const third = at('2025-11-21');
    expect(first.sequence).toBeGreaterThan(0);
    expect(second.sequence).toBeGreaterThan(first.sequence);
    expect(third.sequence).toBeGreaterThan(second.sequence);
    expect(third.sequence).toBeLessThanOrEqual(2 ** 31 - 1);
  });

  it('keeps SEQUENCE a non-negative 32-bit integer, whatever the date', () => {
    expect(changeSequence(undefined)).toBe(0);
    expect(changeSequence(new Date('1969-07-20T20:17:00Z'))).toBe(0);
    expect(changeSequence(new Date('2026-02-10T15:00:00Z'))).toBe(29_512_260);
    expect(changeSequence(new Date('9999-12-31T23:59:00Z'))).toBe(2 ** 31 - 1);
  });

  it('is the same under any TZ of the build machine', () => {
    const before = process.env['TZ'];
    try {
      process.env['TZ'] = 'Pacific/Kiritimati';
      const east = buildCalendar(all, options);
      process.env['TZ'] = 'America/Adak';
      const west = buildCalendar(all, options);
      expect(east).toBe(text);
      expect(west).toBe(text);
    } finally {
      if (before === undefined) delete process.env['TZ'];
      else process.env['TZ'] = before;
    }
  });
});

describe('recurrenceLines', () => {
  it('turns a wall-clock UNTIL into UTC for a zoned start, and a date for all-day events', () => {
    const timed = makeEvent({
      start: '2026-03-03',
      startTime: '10:00',
      recurrence: 'freq=weekly;until=20260401T100000',
    });
    expect(recurrenceLines(timed)).toBe('RRULE:FREQ=WEEKLY;UNTIL=20260401T140000Z');
    const allDay = makeEvent({
      start: '2026-03-03',
      recurrence: 'FREQ=DAILY;UNTIL=20260310T000000',
      exclude: ['2026-03-05', '2026-03-04'],
    });
    expect(recurrenceLines(allDay)).toBe('RRULE:FREQ=DAILY;UNTIL=20260310\nEXDATE;VALUE=DATE:20260304,20260305');
  });
});

describe('vtimezone', () => {
  it('gives ical.js the same offsets as the site, inside the covered years and after them', async () => {
    const ICAL = (await import('ical.js')).default;
    for (const zone of ['America/New_York', 'Europe/Berlin', 'Australia/Sydney', 'Asia/Kolkata']) {
      const component = new ICAL.Component(
        ICAL.parse(
          `BEGIN:VCALENDAR\r\n${vtimezone(zone, { fromYear: 2025, toYear: 2026, repeat: true })}\r\nEND:VCALENDAR`,
        ),
      );
      const tz = new ICAL.Timezone(component.getFirstSubcomponent('vtimezone')!);
      for (let ms = Date.UTC(2025, 0, 2); ms < Date.UTC(2029, 0, 1); ms += 86_400_000 * 5 + 3_600_000 * 7) {
        const time = ICAL.Time.fromJSDate(new Date(ms), true);
        expect(tz.utcOffset(time) / 60, `${zone} at ${new Date(ms).toISOString()}`).toBe(
          utcOffsetMinutes(new Date(ms), zone),
        );
      }
    }
  });
});
