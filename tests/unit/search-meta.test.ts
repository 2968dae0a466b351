import { describe, expect, it } from 'vitest';
import { articleSearchRecord, eventSearchRecord, searchAttributes } from '../../src/lib/search-meta.ts';
import { buildSiteIndex } from '../../src/lib/site-index.ts';
import { site } from '../../src/site.config.ts';
import { makeArticle, makeEvent } from '../helpers/factories.ts';

const now = new Date('2025-12-01T17:00:00Z');
const options = { now, siteTimeZone: 'America/New_York', locale: 'en-US', when: site, recentSince: '2025-06-01' };
const indexOf = (...events: ReturnType<typeof makeEvent>[]) =>
  buildSiteIndex(events, [], {
    now,
    siteTimeZone: 'America/New_York',
    dayCutoff: '06:00',
    recurrenceHorizonMonths: 18,
  });

describe('search records', () => {
  it('put an event across New Year in both years and both months', () => {
    const index = indexOf(
      makeEvent({
        slug: 'hack',
        title: 'Hack',
        start: '2025-12-30',
        startTime: '09:00',
        end: '2026-01-02',
        endTime: '17:00',
        timezone: 'Europe/Berlin',
        location: 'Berlin',
        tags: ['FHIR'],
      }),
    );
    const record = eventSearchRecord(index.eventsBySlug.get('hack')!, options);
    expect(record.filters).toEqual({
      type: ['Event'],
      tag: ['FHIR'],
      year: ['2025', '2026'],
      month: ['2025-12', '2026-01'],
      when: ['Upcoming'],
    });
    expect(record.meta).toMatchObject({
      title: 'Hack',
      type: 'Event',
      date: 'Tue 30 Dec 2025 - Fri 2 Jan 2026',
      location: 'Berlin',
    });
    // The event's own zone, and the start on the site's clock.
    expect(record.meta['time']).toBe('9:00 am - 5:00 pm CET (3:00 am EST)');
    expect(record.sort).toEqual({ date: '2025-12-30T08:00:00.000Z' });
  });

  it('mark an event that ended before the build as past, and one in progress as upcoming', () => {
    const index = indexOf(
      makeEvent({ slug: 'old', start: '2025-10-01', end: '2025-10-01' }),
      makeEvent({ slug: 'now', start: '2025-11-30', end: '2025-12-02' }),
    );
    expect(eventSearchRecord(index.eventsBySlug.get('old')!, options).filters.when).toEqual(['Past']);
    expect(eventSearchRecord(index.eventsBySlug.get('now')!, options).filters.when).toEqual(['Upcoming']);
  });

  it('put a weekly event in every month it meets, and show its next date', () => {
    const index = indexOf(
      makeEvent({
        slug: 'weekly',
        start: '2026-03-03',
        startTime: '10:00',
        end: '2026-03-03',
        endTime: '11:00',
        recurrence: 'FREQ=WEEKLY;BYDAY=TU;COUNT=6',
      }),
    );
    const record = eventSearchRecord(index.eventsBySlug.get('weekly')!, options);
    expect(record.filters.month).toEqual(['2026-03', '2026-04']);
    expect(record.meta['date']).toBe('Tue 3 Mar 2026');
  });

  it('show a cancelled event as cancelled, and an online-only event as online', () => {
    const index = indexOf(makeEvent({ slug: 'c', status: 'cancelled', online: 'https://example.org/live' }));
    const record = eventSearchRecord(index.eventsBySlug.get('c')!, options);
    expect(record.meta).toMatchObject({ status: 'Cancelled', location: 'Online' });
  });

  it('index the facts list as sentences, so words are not glued together', () => {
    const index = indexOf(
      makeEvent({
        slug: 'f',
        location: 'Berlin',
        address: 'Alexanderplatz 1, Germany',
        organizer: 'ACME',
        url: 'https://www.example.org/x',
      }),
    );
    expect(eventSearchRecord(index.eventsBySlug.get('f')!, options).facts).toEqual([
      'Tue 2 Dec 2025, All day.',
      'Berlin, Alexanderplatz 1, Germany.',
      'Organized by ACME.',
      'Official page: www.example.org.',
    ]);
  });

  it('use one spelling per tag, so "FHIR" and "fhir" are one filter value', () => {
    const article = makeArticle({ tags: ['FHIR', 'fhir', 'EHR'] });
    const record = articleSearchRecord(article, {
      siteTimeZone: 'America/New_York',
      recentSince: '2025-06-01',
      tagName: (t) => t.toLowerCase(),
    });
    expect(record.filters.tag).toEqual(['fhir', 'ehr']);
  });

  it('file an article under its publish month and sort it by its publish instant', () => {
    const record = articleSearchRecord(
      makeArticle({ title: 'T', date: '2025-11-20', authors: ['Ana', 'Bao'], summary: 'S' }),
      { siteTimeZone: 'America/New_York', recentSince: '2025-06-01' },
    );
    expect(record.filters).toEqual({ type: ['Article'], year: ['2025'], month: ['2025-11'] });
    expect(record.meta).toEqual({
      title: 'T',
      type: 'Article',
      date: '2025-11-20',
      category: 'News',
      author: 'Ana and Bao',
      summary: 'S',
    });
    expect(record.sort).toEqual({ date: '2025-11-20T05:00:00.000Z' });
  });

  it('render as Pagefind attributes, filters first, in a stable order', () => {
    const rows = searchAttributes({
      filters: { month: ['2025-11'], type: ['Article'] },
      meta: { title: 'T, with "quotes"' },
      sort: { date: 'x' },
      facts: [],
      bundle: 'recent',
    });
    expect(rows).toEqual([
      { attribute: 'data-pagefind-filter', key: 'type', value: 'Article' },
      { attribute: 'data-pagefind-filter', key: 'month', value: '2025-11' },
      { attribute: 'data-pagefind-meta', key: 'title', value: 'T, with "quotes"' },
      { attribute: 'data-pagefind-sort', key: 'date', value: 'x' },
    ]);
  });
});
