import { describe, expect, it } from 'vitest';
import { addDays, addMonths, dayOfWeek, eachDate, eachMonth, parseIsoDate } from '../../src/lib/calendar-date.ts';

describe('calendar dates', () => {
  it.each(['2025-02-30', '2025-13-01', '2025-00-10', '2025-2-3', '2025-02-29', 'tomorrow'])('rejects %s', (text) => {
    expect(parseIsoDate(text)).toBeNull();
  });

  it('accepts leap days only in leap years', () => {
    expect(parseIsoDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(parseIsoDate('2100-02-29')).toBeNull();
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2025-12-30', 3)).toBe('2026-01-02');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(eachDate('2025-12-30', '2026-01-02')).toEqual(['2025-12-30', '2025-12-31', '2026-01-01', '2026-01-02']);
  });

  it('knows the weekday without looking at the machine zone', () => {
    expect(dayOfWeek('2025-12-02')).toBe(2); // a Tuesday
    expect(dayOfWeek('2026-02-01')).toBe(0); // a Sunday
  });

  it('steps months across years', () => {
    expect(addMonths({ year: 2025, month: 11 }, 3)).toEqual({ year: 2026, month: 2 });
    expect(addMonths({ year: 2026, month: 1 }, -1)).toEqual({ year: 2025, month: 12 });
    expect(eachMonth({ year: 2025, month: 11 }, { year: 2026, month: 2 })).toHaveLength(4);
  });
});
