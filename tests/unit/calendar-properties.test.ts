/**
 * Properties over random events, zones and months (fast-check): the rules hold
 * for every input, not only the examples we thought of.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysInMonth, formatIsoDate, fromDayNumber, toDayNumber } from '../../src/lib/calendar-date.ts';
import { groupByDay, occurrenceDays } from '../../src/lib/event-days.ts';
import { monthGrid } from '../../src/lib/month-grid.ts';
import { isOpenEnded, occurrencesOf } from '../../src/lib/occurrences.ts';
import { makeEvent } from '../helpers/factories.ts';

const ZONES = [
  'America/New_York',
  'Europe/Berlin',
  'Asia/Ho_Chi_Minh',
  'Australia/Sydney',
  'Pacific/Auckland',
  'UTC',
  'America/St_Johns',
];
const date = fc.integer({ min: toDayNumber('2024-01-01'), max: toDayNumber('2028-12-31') }).map(fromDayNumber);
const time = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const CUTOFF = '06:00';

const eventArb = fc
  .record({
    start: date,
    spanDays: fc.integer({ min: 0, max: 6 }),
    startTime: fc.option(time, { nil: undefined }),
    endTime: fc.option(time, { nil: undefined }),
    timezone: fc.constantFrom(...ZONES),
    rule: fc.option(
      fc.constantFrom(
        'FREQ=WEEKLY;COUNT=5',
        'FREQ=DAILY;INTERVAL=3;COUNT=4',
        'FREQ=MONTHLY;BYDAY=-1FR',
        'FREQ=WEEKLY;BYDAY=MO,TH',
      ),
      { nil: undefined },
    ),
  })
  .map(({ start, spanDays, startTime, endTime, timezone, rule }) => {
    const end = addDays(start, spanDays);
    const timedEnd = startTime && endTime && (spanDays > 0 || endTime >= startTime) ? endTime : undefined;
    return makeEvent({
      start,
      end,
      timezone,
      ...(startTime && { startTime }),
      ...(timedEnd && { endTime: timedEnd }),
      ...(rule && { recurrence: rule }),
    });
  });

describe('calendar properties', () => {
  it('each occurrence is listed on exactly the local dates it covers, and on no other day', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { minLength: 1, maxLength: 4 }), (events) => {
        const horizon = '2029-12-31';
        const occurrences = events.map((e, i) => ({ ...e, slug: `e${i}` })).flatMap((e) => occurrencesOf(e, horizon));
        const byDay = groupByDay(occurrences, CUTOFF);
        for (const occurrence of occurrences) {
          const expected = occurrenceDays(occurrence, CUTOFF);
          // First day is its start date; the span is contiguous; it ends on the end date or the day before (cutoff).
          expect(expected[0]).toBe(occurrence.start);
          expect(expected.at(-1)! <= occurrence.end).toBe(true);
          for (const day of expected)
            expect(byDay.get(day)!.filter((d) => d.occurrence === occurrence)).toHaveLength(1);
        }
        let listed = 0;
        for (const entries of byDay.values()) listed += entries.length;
        expect(listed).toBe(occurrences.reduce((n, o) => n + occurrenceDays(o, CUTOFF).length, 0));
      }),
      { numRuns: 50 },
    );
  }, 30_000);

  it('an open-ended rule never passes the horizon; a bounded one gives every date', () => {
    fc.assert(
      fc.property(eventArb, fc.integer({ min: 0, max: 400 }), (event, days) => {
        const horizon = addDays(event.start, days);
        const open = event.recurrence !== undefined && isOpenEnded(event.recurrence);
        const listed = occurrencesOf(event, horizon);
        for (const o of listed) expect(o.start <= horizon || !open).toBe(true);
        if (event.recurrence && !open) expect(listed).toEqual(occurrencesOf(event, addDays(event.start, 400 * 365)));
      }),
      { numRuns: 200 },
    );
  });

  it('a month grid always has 7 columns, starts on the week start and covers the whole month', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2200 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 6 }),
        (year, month, weekStartsOn) => {
          const weeks = monthGrid({ year, month }, weekStartsOn);
          expect(weeks.length).toBeGreaterThanOrEqual(4);
          expect(weeks.length).toBeLessThanOrEqual(6);
          const days = weeks.flat();
          for (const week of weeks) expect(week).toHaveLength(7);
          expect(new Date(`${days[0]!.date}T00:00:00Z`).getUTCDay()).toBe(weekStartsOn);
          const inMonth = days.filter((d) => d.inMonth).map((d) => d.date);
          expect(inMonth[0]).toBe(formatIsoDate({ year, month, day: 1 }));
          expect(inMonth).toHaveLength(daysInMonth(year, month));
          for (let i = 1; i < days.length; i++)
            expect(toDayNumber(days[i]!.date) - toDayNumber(days[i - 1]!.date)).toBe(1);
        },
      ),
      { numRuns: 300 },
    );
  });
});
