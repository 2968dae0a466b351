/** Event lists under month headings, with tear-off date badges (src/lib/list-groups.ts). */
import { describe, expect, it } from 'vitest';
import { dateBadge, groupByMonth } from '../../src/lib/list-groups.ts';
import { site } from '../../src/site.config.ts';

describe('lists by month', () => {
  const items = ['2025-12-02', '2025-12-30', '2026-01-02', '2026-03-03', '2026-03-03'];

  it('put consecutive items of one month under one heading, keeping their order', () => {
    expect(groupByMonth(items, (d) => d, site)).toEqual([
      { key: '2025-12', title: 'December 2025', items: ['2025-12-02', '2025-12-30'] },
      { key: '2026-01', title: 'January 2026', items: ['2026-01-02'] },
      { key: '2026-03', title: 'March 2026', items: ['2026-03-03', '2026-03-03'] },
    ]);
  });

  it('keep newest-first lists newest first', () => {
    const groups = groupByMonth([...items].reverse(), (d) => d, site);
    expect(groups.map((g) => g.key)).toEqual(['2026-03', '2026-01', '2025-12']);
    expect(groupByMonth([], (d: string) => d, site)).toEqual([]);
  });

  it('badge a date with its weekday, day and month, and the machine date', () => {
    expect(dateBadge('2026-03-03', site)).toEqual({ date: '2026-03-03', weekday: 'Tue', day: '3', month: 'Mar' });
  });
});
