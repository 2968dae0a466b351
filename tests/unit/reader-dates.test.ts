import { de } from 'date-fns/locale/de';
import { describe, expect, it } from 'vitest';
import { whenText, whenView } from '../../src/lib/event-view.ts';
import { occurrencesOf } from '../../src/lib/occurrences.ts';
import {
  readerDate,
  readerDateParts,
  readerDateRange,
  readerLongDate,
  readerMonth,
  readerTime,
  readerWeekdays,
  zoneAbbreviation,
} from '../../src/lib/reader-dates.ts';
import { site } from '../../src/site.config.ts';
import { makeEvent } from '../helpers/factories.ts';

const german = { locale: 'de-DE', dateNames: de };

describe('dates for readers', () => {
  describe.each([
    ['one day', '2025-12-02', '2025-12-02', 'Tue 2 Dec 2025'],
    ['days of one month', '2025-12-02', '2025-12-04', 'Tue 2 - Thu 4 Dec 2025'],
    ['across a month', '2025-09-30', '2025-10-02', 'Tue 30 Sep - Thu 2 Oct 2025'],
    ['across a year', '2025-12-31', '2026-01-02', 'Wed 31 Dec 2025 - Fri 2 Jan 2026'],
    ['a leap day', '2028-02-29', '2028-03-01', 'Tue 29 Feb - Wed 1 Mar 2028'],
  ])('a range of %s', (_, start, end, text) => {
    it(`reads "${text}"`, () => expect(readerDateRange(start, end, site)).toBe(text));
  });

  it('take weekday and month names from the site locale, in the site order', () => {
    expect(readerDate('2025-12-02', german)).toBe('Di. 2 Dez. 2025');
    expect(readerMonth({ year: 2026, month: 3 }, german)).toBe('März 2026');
    expect(readerLongDate('2025-12-02', site)).toBe('Tuesday 2 December 2025');
    expect(readerMonth({ year: 2025, month: 12 }, site)).toBe('December 2025');
    expect(readerMonth({ year: 2025, month: 12 }, site, true)).toBe('Dec 2025');
  });

  it('write 12-hour times in lower case', () => {
    expect(['00:00', '09:05', '12:00', '13:30', '23:59'].map((t) => readerTime(t, site))).toEqual([
      '12:00 am',
      '9:05 am',
      '12:00 pm',
      '1:30 pm',
      '11:59 pm',
    ]);
  });

  it('do not move a day under any TZ of the build machine', () => {
    // Dates are formatted as days in UTC; a TZ far east or west must not change them.
    const before = process.env['TZ'];
    try {
      for (const tz of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC']) {
        process.env['TZ'] = tz;
        expect(readerDate('2026-01-01', site)).toBe('Thu 1 Jan 2026');
      }
    } finally {
      if (before === undefined) delete process.env['TZ'];
      else process.env['TZ'] = before;
    }
  });

  it.each([
    ['America/New_York', '2026-01-15T12:00:00Z', 'EST'],
    ['America/New_York', '2026-07-15T12:00:00Z', 'EDT'],
    ['Europe/Berlin', '2026-01-15T12:00:00Z', 'CET'],
    ['Europe/Berlin', '2026-07-15T12:00:00Z', 'CEST'],
    ['Europe/London', '2026-07-15T12:00:00Z', 'BST'],
    ['Australia/Sydney', '2026-01-15T12:00:00Z', 'AEDT'],
    ['Asia/Kolkata', '2026-01-15T12:00:00Z', 'IST'],
    // No locale abbreviates Việt Nam's zone: its offset says it plainly.
    ['Asia/Ho_Chi_Minh', '2026-01-15T12:00:00Z', 'GMT+7'],
  ])('name %s at %s as %s', (zone, instant, name) => {
    expect(zoneAbbreviation(new Date(instant), zone, site)).toBe(name);
  });
});

describe('calendar parts', () => {
  it('name the days of a week from its first day, in the locale', () => {
    expect(readerWeekdays(1, site).map((d) => d.short)).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    expect(readerWeekdays(0, site)[0]).toEqual({ name: 'Sunday', short: 'Sun', narrow: 'S' });
    expect(readerWeekdays(1, german)[0]).toEqual({ name: 'Montag', short: 'Mo.', narrow: 'M' });
  });

  it("give a tear-off calendar's weekday, day and month", () => {
    expect(readerDateParts('2025-12-02', site)).toEqual({ weekday: 'Tue', day: '2', month: 'Dec' });
    expect(readerDateParts('2026-03-01', german)).toEqual({ weekday: 'So.', day: '1', month: 'März' });
  });
});

describe('an event\u2019s when', () => {
  const when = (fields: Parameters<typeof makeEvent>[0]) =>
    whenView(occurrencesOf(makeEvent(fields), '2030-12-31')[0]!, site);

  it('gives a timed event in the site zone its zone too', () => {
    const view = when({ start: '2025-12-02', startTime: '10:45', end: '2025-12-04' });
    expect(whenText(view)).toBe('Tue 2 - Thu 4 Dec 2025, 10:45 am EST');
    expect(view.startAttr).toBe('2025-12-02T10:45:00-05:00');
    expect(view.endAttr).toBe('2025-12-04');
  });

  it('gives an event elsewhere its own zone and the start on the site clock', () => {
    const view = when({
      start: '2026-12-08',
      startTime: '09:00',
      end: '2026-12-10',
      endTime: '17:00',
      timezone: 'Europe/Berlin',
    });
    expect(whenText(view)).toBe('Tue 8 - Thu 10 Dec 2026, 9:00 am - 5:00 pm CET (3:00 am EST)');
  });

  it('says the site-clock date when the start falls on another day there', () => {
    const view = when({ start: '2026-12-15', startTime: '08:30', end: '2026-12-15', timezone: 'Asia/Ho_Chi_Minh' });
    expect(whenText(view)).toBe('Tue 15 Dec 2026, 8:30 am GMT+7 (Mon 14 Dec, 8:30 pm EST)');
  });

  it('lists a late evening on the day it starts, as the calendar does', () => {
    const view = when({ start: '2025-09-25', startTime: '20:00', end: '2025-09-26', endTime: '01:00' });
    expect(whenText(view)).toBe('Thu 25 Sep 2025, 8:00 pm - 1:00 am EDT');
  });

  it('names each end\u2019s zone across a DST change', () => {
    const view = when({ start: '2026-11-01', startTime: '00:30', end: '2026-11-01', endTime: '03:30' });
    expect(view.time).toBe('12:30 am EDT - 3:30 am EST');
  });

  it('says "All day" and no zone for a date-only event, and no time for a missing end', () => {
    expect(whenText(when({ start: '2027-01-28', end: '2027-01-28' }))).toBe('Thu 28 Jan 2027, All day');
    expect(when({ start: '2027-01-28', startTime: '09:00', end: '2027-01-28' }).time).toBe('9:00 am EST');
  });

  it('is made once per occurrence and shared, and an edited event (a new object) gets its own', () => {
    const event = makeEvent({ start: '2025-12-02', startTime: '10:45', end: '2025-12-04' });
    const [occurrence] = occurrencesOf(event, '2030-12-31');
    const view = whenView(occurrence!, site);
    expect(whenView({ ...occurrence! }, site)).toBe(view);
    expect(Object.isFrozen(view)).toBe(true);
    expect(whenView(occurrence!, { ...site, locale: 'de-DE', dateNames: de })).not.toBe(view);
    const moved = makeEvent({ start: '2025-12-02', startTime: '10:45', end: '2025-12-04', timezone: 'Europe/Berlin' });
    expect(whenView(occurrencesOf(moved, '2030-12-31')[0]!, site).time).toBe('10:45 am CET');
  });
});
