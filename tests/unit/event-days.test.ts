import { describe, expect, it } from 'vitest';
import { groupByDay, lastListedDay, occurrenceDays } from '../../src/lib/event-days.ts';
import { makeEvent } from '../helpers/factories.ts';
import type { Occurrence } from '../../src/lib/occurrences.ts';

const occ = (start: string, end: string, times: { startTime?: string; endTime?: string } = {}): Occurrence => ({
  event: makeEvent({ start, end, ...times }),
  start,
  end,
  ...times,
});

describe('the days an event is listed on', () => {
  it('a three-day event is on all three days', () => {
    expect(occurrenceDays(occ('2025-12-02', '2025-12-04', { startTime: '10:45' }), '06:00')).toEqual([
      '2025-12-02',
      '2025-12-03',
      '2025-12-04',
    ]);
  });

  it('spans month and year ends', () => {
    expect(occurrenceDays(occ('2025-12-30', '2026-01-02', { startTime: '09:00', endTime: '17:00' }), '06:00')).toEqual([
      '2025-12-30',
      '2025-12-31',
      '2026-01-01',
      '2026-01-02',
    ]);
  });

  it('an evening that ends after midnight belongs to the day it starts on', () => {
    expect(lastListedDay('2025-12-05', '2025-12-06', '01:00', '06:00')).toBe('2025-12-05');
    expect(occurrenceDays(occ('2025-12-05', '2025-12-06', { startTime: '20:00', endTime: '01:00' }), '06:00')).toEqual([
      '2025-12-05',
    ]);
    // Ending exactly at midnight does not touch the next day either.
    expect(lastListedDay('2025-12-05', '2025-12-06', '00:00', '06:00')).toBe('2025-12-05');
  });

  it('an event running past the cutoff on its last day is listed on it', () => {
    expect(lastListedDay('2025-12-05', '2025-12-06', '09:00', '06:00')).toBe('2025-12-06');
  });

  it('groups once, sorted by day, with all-day and continuing entries before timed ones', () => {
    const byDay = groupByDay(
      [
        occ('2025-12-03', '2025-12-03', { startTime: '14:00' }),
        occ('2025-12-02', '2025-12-04', { startTime: '10:45' }),
        occ('2025-12-03', '2025-12-03'),
      ],
      '06:00',
    );
    expect([...byDay.keys()]).toEqual(['2025-12-02', '2025-12-03', '2025-12-04']);
    const third = byDay.get('2025-12-03')!;
    expect(third.map((e) => [e.occurrence.startTime ?? 'all-day', e.isFirstDay, e.dayIndex])).toEqual([
      ['10:45', false, 2],
      ['all-day', true, 1],
      ['14:00', true, 1],
    ]);
  });
});
