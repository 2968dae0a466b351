import { describe, expect, it } from 'vitest';
import { groupByDay } from '../../src/lib/event-days.ts';
import { dayLinkLabel, entryLabel } from '../../src/lib/month-view.ts';
import { makeEvent } from '../helpers/factories.ts';

describe('calendar cell labels', () => {
  const summit = makeEvent({ start: '2025-12-02', startTime: '10:45', end: '2025-12-04' });
  const allDay = makeEvent({ start: '2025-12-03', end: '2025-12-03' });
  const byDay = groupByDay(
    [
      { event: summit, start: summit.start, startTime: '10:45', end: summit.end },
      { event: allDay, start: allDay.start, end: allDay.end },
    ],
    '06:00',
  );

  it('shows the start time on the first day, "Day n of m" after, "All day" for all-day events', () => {
    expect(byDay.get('2025-12-02')!.map(entryLabel)).toEqual(['10:45 am']);
    expect(byDay.get('2025-12-03')!.map(entryLabel).sort()).toEqual(['All day', 'Day 2 of 3']);
    expect(byDay.get('2025-12-04')!.map(entryLabel)).toEqual(['Day 3 of 3']);
  });

  it('names the day link with the weekday and the count', () => {
    expect(dayLinkLabel('2025-12-02', 1, 'en-US')).toBe('Tuesday, December 2: 1 event');
    expect(dayLinkLabel('2025-12-03', 2, 'en-US')).toBe('Wednesday, December 3: 2 events');
  });
});
