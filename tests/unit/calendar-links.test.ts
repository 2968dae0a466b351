import { describe, expect, it } from 'vitest';
import { googleCalendarUrl, googleSubscribeUrl, outlookCalendarUrl, webcalUrl } from '../../src/lib/calendar-links.ts';
import { occurrencesOf } from '../../src/lib/occurrences.ts';
import type { EventData } from '../../src/lib/model.ts';
import { makeEvent } from '../helpers/factories.ts';

const first = (event: EventData) => occurrencesOf(event, '2027-12-31')[0]!;
const params = (url: string) => new URL(url).searchParams;
const details = { details: 'Notes & more\nhttps://example.org/events/x/' };

describe('Google Calendar links', () => {
  it('carry wall-clock times with the event zone', () => {
    const o = first(
      makeEvent({
        title: 'Forum',
        start: '2025-12-10',
        startTime: '08:00',
        end: '2025-12-10',
        endTime: '12:00',
        timezone: 'Asia/Ho_Chi_Minh',
        location: 'HCMC',
      }),
    );
    const p = params(googleCalendarUrl(o, details));
    expect(new URL(googleCalendarUrl(o, details)).origin).toBe('https://calendar.google.com');
    expect(p.get('action')).toBe('TEMPLATE');
    expect(p.get('dates')).toBe('20251210T080000/20251210T120000');
    expect(p.get('ctz')).toBe('Asia/Ho_Chi_Minh');
    expect(p.get('text')).toBe('Forum');
    expect(p.get('details')).toBe(details.details);
    expect(p.get('location')).toBe('HCMC');
  });

  it('give all-day events dates with an exclusive end and no zone', () => {
    const p = params(googleCalendarUrl(first(makeEvent({ start: '2025-12-15', end: '2025-12-17' })), details));
    expect(p.get('dates')).toBe('20251215/20251218');
    expect(p.has('ctz')).toBe(false);
  });

  it('end a timed event with a date-only end at the midnight after it', () => {
    const p = params(
      googleCalendarUrl(first(makeEvent({ start: '2025-12-02', startTime: '10:45', end: '2025-12-04' })), details),
    );
    expect(p.get('dates')).toBe('20251202T104500/20251205T000000');
  });

  it('keep titles with quotes, ampersands, markup and emoji intact', () => {
    const title = 'Data, "Privacy" & <script>alert(1)</script>; Summit 🎉';
    const p = params(
      googleCalendarUrl(
        first(makeEvent({ title, start: '2025-12-11', startTime: '09:00', end: '2025-12-11', endTime: '10:00' })),
        details,
      ),
    );
    expect(p.get('text')).toBe(title);
  });
});

describe('Outlook links', () => {
  it('carry UTC instants, right on both sides of a DST change', () => {
    const winter = params(
      outlookCalendarUrl(
        first(makeEvent({ start: '2026-03-03', startTime: '10:00', end: '2026-03-03', endTime: '11:00' })),
        details,
      ),
    );
    expect(winter.get('startdt')).toBe('2026-03-03T15:00:00Z');
    expect(winter.get('enddt')).toBe('2026-03-03T16:00:00Z');
    expect(winter.get('allday')).toBe('false');
    const summer = params(
      outlookCalendarUrl(
        first(makeEvent({ start: '2026-03-10', startTime: '10:00', end: '2026-03-10', endTime: '11:00' })),
        details,
      ),
    );
    expect(summer.get('startdt')).toBe('2026-03-10T14:00:00Z');
  });

  it('give all-day events dates with an exclusive end', () => {
    const p = params(
      outlookCalendarUrl(
        first(makeEvent({ start: '2025-12-15', end: '2025-12-17', online: 'https://example.org/live' })),
        details,
      ),
    );
    expect([p.get('startdt'), p.get('enddt'), p.get('allday')]).toEqual(['2025-12-15', '2025-12-18', 'true']);
    expect(p.get('location')).toBe('https://example.org/live');
  });

  it('go to Microsoft 365 when asked', () => {
    const url = new URL(outlookCalendarUrl(first(makeEvent()), details, 'outlook.office.com'));
    expect(url.host).toBe('outlook.office.com');
    expect(url.searchParams.get('rru')).toBe('addevent');
  });
});

describe('webcal links', () => {
  it('swap the scheme only', () => {
    expect(webcalUrl('https://example.org/events.ics')).toBe('webcal://example.org/events.ics');
  });

  it("give Google Calendar's add-by-URL the webcal address, encoded whole (a percent-encoded path included)", () => {
    const url = new URL(googleSubscribeUrl('https://example.org/tags/%E5%8C%BB%E7%96%97.ics'));
    expect(`${url.origin}${url.pathname}`).toBe('https://calendar.google.com/calendar/r');
    expect(url.searchParams.get('cid')).toBe('webcal://example.org/tags/%E5%8C%BB%E7%96%97.ics');
    expect(googleSubscribeUrl('https://example.org/events.ics')).toBe(
      'https://calendar.google.com/calendar/r?cid=webcal%3A%2F%2Fexample.org%2Fevents.ics',
    );
  });
});
