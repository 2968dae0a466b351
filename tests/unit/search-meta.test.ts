import { describe, expect, it } from 'vitest';
import { articleSearchRecord, eventSearchRecord, searchAttributes, searchFacets } from '../../src/lib/search-meta.ts';
import { buildSiteIndex } from '../../src/lib/site-index.ts';
import { site } from '../../src/site.config.ts';
import { makeArticle, makeEvent } from '../helpers/factories.ts';

const now = new Date('2025-12-01T17:00:00Z');
const options = { now, when: site };
const indexOf = (...events: ReturnType<typeof makeEvent>[]) =>
  buildSiteIndex(events, [], {
    now,
    siteTimeZone: 'America/New_York',
    dayCutoff: '06:00',
    recurrenceHorizonMonths: 18,
  });

describe('search records', () => {
  it('put an event across New Year in both years, and sort it by its start as an upcoming event', () => {
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
      kind: ['Upcoming event'],
      tag: ['FHIR'],
      year: ['2025', '2026'],
      day: ['2025-12-30'],
    });
    expect(record.meta).toEqual({
      title: 'Hack',
      date: 'Tue 30 Dec 2025 - Fri 2 Jan 2026',
      // The event's own zone, and the start on the site's clock.
      time: '9:00 am - 5:00 pm CET (3:00 am EST)',
      location: 'Berlin',
      tags: 'FHIR',
    });
    expect(record.sort).toEqual({ upcoming: '2025-12-30T08:00:00.000Z' });
  });

  it('mark an event that ended before the build as past, and one in progress as upcoming', () => {
    const index = indexOf(
      makeEvent({ slug: 'old', start: '2025-10-01', end: '2025-10-01' }),
      makeEvent({ slug: 'now', start: '2025-11-30', end: '2025-12-02' }),
    );
    const old = eventSearchRecord(index.eventsBySlug.get('old')!, options);
    expect(old.filters.kind).toEqual(['Past event']);
    // A past event has no upcoming sort key, so sorting by it lists upcoming events only.
    expect(old.sort).toEqual({});
    expect(eventSearchRecord(index.eventsBySlug.get('now')!, options).filters.kind).toEqual(['Upcoming event']);
  });

  it('put a series in every year it meets, and date it by its next meeting', () => {
    const index = indexOf(
      makeEvent({
        slug: 'weekly',
        start: '2025-11-04',
        startTime: '10:00',
        end: '2025-11-04',
        endTime: '11:00',
        recurrence: 'FREQ=MONTHLY;BYMONTHDAY=4;COUNT=6',
      }),
    );
    const record = eventSearchRecord(index.eventsBySlug.get('weekly')!, options);
    expect(record.filters.year).toEqual(['2025', '2026']);
    expect(record.filters.day).toEqual(['2025-12-04']);
    expect(record.meta['date']).toBe('Thu 4 Dec 2025');
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
    const record = articleSearchRecord(article, { tagName: (t) => t.toLowerCase() });
    expect(record.filters.tag).toEqual(['fhir', 'ehr']);
    // Pagefind leaves out the page's <nav> of tags: "fhir" finds the page by this metadata.
    expect(record.meta['tags']).toBe('fhir, ehr');
  });

  it('file an article under its publish year and day, with no sort key, and show only what a result shows', () => {
    const record = articleSearchRecord(
      makeArticle({
        title: 'T',
        date: '2025-11-20',
        authors: ['Ana', 'Bao'],
        summary: 'S',
        imageAlt: 'A picture',
      }),
      {},
    );
    expect(record.filters).toEqual({ kind: ['Article'], year: ['2025'], day: ['2025-11-20'] });
    // No summary or image: results do not show them, and the summary's words cost every query for "health" 4.5 KiB.
    expect(record.meta).toEqual({ title: 'T', date: '2025-11-20', category: 'News', author: 'Ana and Bao' });
    expect(record.sort).toEqual({});
  });

  it('count every value of the menus over the whole site, as Pagefind would', () => {
    const index = indexOf(
      makeEvent({ slug: 'a', start: '2025-12-30', end: '2026-01-02', tags: ['FHIR'] }),
      makeEvent({ slug: 'b', start: '2024-03-01', end: '2024-03-01', tags: ['fhir', 'EHR'] }),
    );
    const tagName = (t: string) => index.tags.get(t.toLowerCase())?.name ?? t;
    const facets = searchFacets([
      ...[...index.eventsBySlug.values()].map((listed) => eventSearchRecord(listed, { ...options, tagName })),
      articleSearchRecord(makeArticle({ date: '2025-11-20', tags: ['ehr'] }), { tagName }),
    ]);
    expect(facets).toEqual({
      pages: 3,
      kinds: { 'Upcoming event': 1, 'Past event': 1, Article: 1 },
      tags: [
        { value: index.tags.get('ehr')!.name, count: 2 },
        { value: index.tags.get('fhir')!.name, count: 2 },
      ],
      years: [
        { value: '2026', count: 1 },
        { value: '2025', count: 2 },
        { value: '2024', count: 1 },
      ],
    });
  });

  it('render as Pagefind attributes, filters first, in a stable order', () => {
    const rows = searchAttributes({
      filters: { day: ['2025-11-02'], kind: ['Upcoming event'] },
      meta: { title: 'T, with "quotes"' },
      sort: { upcoming: 'x' },
      facts: [],
    });
    expect(rows).toEqual([
      { attribute: 'data-pagefind-filter', key: 'kind', value: 'Upcoming event' },
      { attribute: 'data-pagefind-filter', key: 'day', value: '2025-11-02' },
      { attribute: 'data-pagefind-meta', key: 'title', value: 'T, with "quotes"' },
      { attribute: 'data-pagefind-sort', key: 'upcoming', value: 'x' },
    ]);
  });
});
