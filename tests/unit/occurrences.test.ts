import { describe, expect, it } from 'vitest';
import { occurrencesOf } from '../../src/lib/occurrences.ts';
import { isoWithOffset } from '../../src/lib/zoned-time.ts';
import { makeEvent } from '../helpers/factories.ts';

const HORIZON = '2027-12-31';
const starts = (rule: string, start: string, extra: Parameters<typeof makeEvent>[0] = {}) =>
  occurrencesOf(makeEvent({ start, end: start, startTime: '10:00', recurrence: rule, ...extra }), HORIZON).map(
    (o) => o.start,
  );

describe('recurring events', () => {
  it('a weekly Tuesday event keeps 10:00 local across the March and November DST changes in New York', () => {
    const march = occurrencesOf(
      makeEvent({
        start: '2026-03-03',
        end: '2026-03-03',
        startTime: '10:00',
        recurrence: 'FREQ=WEEKLY;BYDAY=TU;COUNT=3',
      }),
      HORIZON,
    );
    expect(march.map((o) => isoWithOffset(o.start, o.startTime!, 'America/New_York'))).toEqual([
      '2026-03-03T10:00:00-05:00',
      '2026-03-10T10:00:00-04:00',
      '2026-03-17T10:00:00-04:00',
    ]);
    const november = occurrencesOf(
      makeEvent({
        start: '2026-10-27',
        end: '2026-10-27',
        startTime: '10:00',
        recurrence: 'FREQ=WEEKLY;BYDAY=TU;COUNT=2',
      }),
      HORIZON,
    );
    expect(november.map((o) => isoWithOffset(o.start, o.startTime!, 'America/New_York'))).toEqual([
      '2026-10-27T10:00:00-04:00',
      '2026-11-03T10:00:00-05:00',
    ]);
  });

  it('and in Europe/Berlin, whose changes fall on other dates', () => {
    const tz = 'Europe/Berlin';
    const o = occurrencesOf(
      makeEvent({
        start: '2026-03-24',
        end: '2026-03-24',
        startTime: '10:00',
        timezone: tz,
        recurrence: 'FREQ=WEEKLY;BYDAY=TU;COUNT=2',
      }),
      HORIZON,
    );
    expect(o.map((x) => isoWithOffset(x.start, x.startTime!, tz))).toEqual([
      '2026-03-24T10:00:00+01:00',
      '2026-03-31T10:00:00+02:00',
    ]);
    const oct = occurrencesOf(
      makeEvent({
        start: '2026-10-20',
        end: '2026-10-20',
        startTime: '10:00',
        timezone: tz,
        recurrence: 'FREQ=WEEKLY;BYDAY=TU;COUNT=2',
      }),
      HORIZON,
    );
    expect(oct.map((x) => isoWithOffset(x.start, x.startTime!, tz))).toEqual([
      '2026-10-20T10:00:00+02:00',
      '2026-10-27T10:00:00+01:00',
    ]);
  });

  it('a monthly "last Friday" rule', () => {
    expect(starts('FREQ=MONTHLY;BYDAY=-1FR;COUNT=4', '2026-01-30')).toEqual([
      '2026-01-30',
      '2026-02-27',
      '2026-03-27',
      '2026-04-24',
    ]);
  });

  it('a COUNT rule and an UNTIL rule', () => {
    expect(starts('FREQ=DAILY;COUNT=3', '2026-05-01')).toEqual(['2026-05-01', '2026-05-02', '2026-05-03']);
    expect(starts('FREQ=WEEKLY;UNTIL=20260520', '2026-05-01')).toEqual(['2026-05-01', '2026-05-08', '2026-05-15']);
  });

  it('drops excluded dates', () => {
    expect(starts('FREQ=WEEKLY;BYDAY=TU;COUNT=4', '2026-03-03', { exclude: ['2026-03-17'] })).toEqual([
      '2026-03-03',
      '2026-03-10',
      '2026-03-24',
    ]);
  });

  it('never expands an open-ended rule beyond the horizon', () => {
    const dates = occurrencesOf(
      makeEvent({ start: '2026-01-01', end: '2026-01-01', recurrence: 'FREQ=DAILY' }),
      '2026-01-31',
    ).map((o) => o.start);
    expect(dates).toHaveLength(31);
    expect(dates.at(-1)).toBe('2026-01-31');
  });

  it('keeps a multi-day span for every occurrence', () => {
    const o = occurrencesOf(
      makeEvent({ start: '2026-01-30', end: '2026-02-01', recurrence: 'FREQ=YEARLY;COUNT=2' }),
      HORIZON,
    );
    expect(o.map((x) => [x.start, x.end])).toEqual([
      ['2026-01-30', '2026-02-01'],
      ['2027-01-30', '2027-02-01'],
    ]);
  });
});
