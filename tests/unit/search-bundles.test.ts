import { describe, expect, it } from 'vitest';
import { bundleFolder, bundlePath, isSearchBundle, recentSince, searchBundleOf } from '../../src/lib/search-bundles.ts';
import { articleSearchRecord, eventSearchRecord } from '../../src/lib/search-meta.ts';
import { buildSiteIndex } from '../../src/lib/site-index.ts';
import { site } from '../../src/site.config.ts';
import { makeArticle, makeEvent } from '../helpers/factories.ts';

const zone = 'America/New_York';

describe('search bundles', () => {
  it('count as recent the six whole months before the build month, in the site zone', () => {
    expect(recentSince(new Date('2025-12-01T17:00:00Z'), zone)).toBe('2025-06-01');
    expect(recentSince(new Date('2025-12-31T23:00:00Z'), zone)).toBe('2025-06-01');
    // 02:00 UTC on 1 January is still 31 December in New York.
    expect(recentSince(new Date('2026-01-01T02:00:00Z'), zone)).toBe('2025-06-01');
    expect(recentSince(new Date('2026-01-01T12:00:00Z'), zone)).toBe('2025-07-01');
    expect(recentSince(new Date('2026-03-15T12:00:00Z'), zone)).toBe('2025-09-01');
  });

  it('put upcoming and recent pages in the recent bundle, older ones in their year', () => {
    expect(searchBundleOf('2019-03-01', true, '2025-06-01')).toBe('recent');
    expect(searchBundleOf('2025-06-01', false, '2025-06-01')).toBe('recent');
    expect(searchBundleOf('2025-05-31', false, '2025-06-01')).toBe('2025');
    expect(searchBundleOf('2014-01-01', false, '2025-06-01')).toBe('2014');
  });

  it('name folders and paths the search page merges, and nothing else', () => {
    expect([bundleFolder('recent'), bundlePath('recent'), bundleFolder('2019'), bundlePath('2019')]).toEqual([
      'pagefind',
      '/pagefind/',
      'pagefind-archive/2019',
      '/pagefind-archive/2019/',
    ]);
    expect(['recent', '2019'].every(isSearchBundle)).toBe(true);
    expect(['', '../x', '19', 'archive', '2019/..'].some(isSearchBundle)).toBe(false);
  });

  it('file an event by the last day it ran, and an article by its date', () => {
    const now = new Date('2025-12-01T17:00:00Z');
    const options = { now, siteTimeZone: zone, locale: 'en-US', when: site, recentSince: recentSince(now, zone) };
    const index = buildSiteIndex(
      [
        makeEvent({ slug: 'old', start: '2024-10-01', end: '2024-10-01' }),
        // Began before the line, ended after it: recent.
        makeEvent({ slug: 'straddles', start: '2025-05-30', end: '2025-06-02' }),
        makeEvent({ slug: 'next', start: '2026-02-01', end: '2026-02-01' }),
        // A series that began in 2023 and still meets is upcoming, so recent.
        makeEvent({
          slug: 'weekly',
          start: '2023-01-03',
          startTime: '10:00',
          end: '2023-01-03',
          endTime: '11:00',
          recurrence: 'FREQ=WEEKLY;BYDAY=TU',
        }),
      ],
      [],
      { now, siteTimeZone: zone, dayCutoff: '06:00', recurrenceHorizonMonths: 18 },
    );
    const bundleOf = (slug: string) => eventSearchRecord(index.eventsBySlug.get(slug)!, options).bundle;
    expect(['old', 'straddles', 'next', 'weekly'].map(bundleOf)).toEqual(['2024', 'recent', 'recent', 'recent']);
    expect(articleSearchRecord(makeArticle({ date: '2025-05-31' }), options).bundle).toBe('2025');
    expect(articleSearchRecord(makeArticle({ date: '2025-06-01' }), options).bundle).toBe('recent');
  });
});
