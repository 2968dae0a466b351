import { describe, expect, it } from 'vitest';
import { buildSiteIndex } from '../../src/lib/site-index.ts';
import { makeArticle, makeEvent } from '../helpers/factories.ts';

const options = {
  now: new Date('2025-12-03T17:00:00Z'),
  siteTimeZone: 'America/New_York',
  dayCutoff: '06:00',
  recurrenceHorizonMonths: 18,
};
const article = (slug: string, date: string, tags: string[] = []) => makeArticle({ slug, title: slug, date, tags });

describe('the site index', () => {
  const events = [
    makeEvent({
      slug: 'summit',
      title: 'Summit',
      start: '2025-12-02',
      startTime: '10:45',
      end: '2025-12-04',
      tags: ['digital-health'],
    }),
    makeEvent({ slug: 'old', title: 'Old', start: '2025-10-01', end: '2025-10-01', tags: ['Digital Health'] }),
    makeEvent({ slug: 'later', title: 'Later', start: '2026-02-10', end: '2026-02-10' }),
  ];
  const index = buildSiteIndex(events, [article('a', '2025-11-01', ['ehr']), article('b', '2025-11-20')], options);

  it('counts an event in progress as upcoming, soonest first', () => {
    expect(index.upcoming.map((e) => e.event.slug)).toEqual(['summit', 'later']);
    expect(index.past.map((e) => e.event.slug)).toEqual(['old']);
  });

  it('has every month from the earliest to the latest event, empty ones too', () => {
    expect(index.months.map((m) => `${m.year}-${m.month}`)).toEqual([
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-1',
      '2026-2',
    ]);
  });

  it('lists articles newest first', () => {
    expect(index.articles.map((a) => a.slug)).toEqual(['b', 'a']);
  });

  it('merges tags that differ only in case or spacing', () => {
    const group = index.tags.get('digital-health')!;
    expect(group.events.map((e) => e.event.slug)).toEqual(['old', 'summit']);
    expect(index.tags.get('ehr')!.articles.map((a) => a.slug)).toEqual(['a']);
  });

  it('includes the build month even when no event is near it', () => {
    const empty = buildSiteIndex([], [], options);
    expect(empty.months).toEqual([{ year: 2025, month: 12 }]);
    expect(empty.today).toBe('2025-12-03');
  });
});
