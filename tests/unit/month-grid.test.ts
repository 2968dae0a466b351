import { describe, expect, it } from 'vitest';
import { monthGrid } from '../../src/lib/month-grid.ts';
import { readerWeekdays } from '../../src/lib/reader-dates.ts';
import { site } from '../../src/site.config.ts';

const firstAndLast = (year: number, month: number) => {
  const weeks = monthGrid({ year, month }, 1);
  return { weeks, first: weeks[0]![0]!.date, last: weeks.at(-1)!.at(-1)!.date };
};

describe('monthGrid with weeks starting Monday', () => {
  it('a month starting on a Monday has no leading days (September 2025)', () => {
    const { weeks, first, last } = firstAndLast(2025, 9);
    expect(first).toBe('2025-09-01');
    expect(weeks[0]![0]!.inMonth).toBe(true);
    expect(last).toBe('2025-10-05');
    expect(weeks).toHaveLength(5);
  });

  it('a month starting on a Sunday leads with six days of the previous month (February 2026)', () => {
    const { weeks, first } = firstAndLast(2026, 2);
    expect(first).toBe('2026-01-26');
    expect(weeks[0]!.filter((d) => !d.inMonth).map((d) => d.day)).toEqual([26, 27, 28, 29, 30, 31]);
    expect(weeks[0]![6]).toEqual({ date: '2026-02-01', day: 1, inMonth: true });
  });

  it('February 2028 (a leap year) runs to the 29th', () => {
    const days = monthGrid({ year: 2028, month: 2 }, 1)
      .flat()
      .filter((d) => d.inMonth);
    expect(days).toHaveLength(29);
    expect(days.at(-1)!.date).toBe('2028-02-29');
  });

  it('a month that needs six weeks gets six rows (August 2026 starts on a Saturday)', () => {
    const { weeks, first, last } = firstAndLast(2026, 8);
    expect(weeks).toHaveLength(6);
    expect(first).toBe('2026-07-27');
    expect(last).toBe('2026-09-06');
  });

  it('February 2021 fits exactly four weeks', () => {
    expect(monthGrid({ year: 2021, month: 2 }, 1)).toHaveLength(4);
  });

  it('every week has seven consecutive days and the header starts Monday', () => {
    for (const week of monthGrid({ year: 2025, month: 12 }, 1)) expect(week).toHaveLength(7);
    expect(readerWeekdays(1, site).map((d) => d.name)).toEqual([
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
      'Sunday',
    ]);
    expect(readerWeekdays(0, site)[0]).toEqual({ name: 'Sunday', short: 'Sun', narrow: 'S' });
  });

  it('trails December 2025 into January: Monday 1 December to Sunday 4 January', () => {
    const { first, last } = firstAndLast(2025, 12);
    expect([first, last]).toEqual(['2025-12-01', '2026-01-04']);
  });
});
