import { describe, expect, it } from 'vitest';
import { articleJsonLd, breadcrumbJsonLd, eventJsonLd, serializeJsonLd } from '../../src/lib/structured-data.ts';
import { occurrencesOf } from '../../src/lib/occurrences.ts';
import type { EventData } from '../../src/lib/model.ts';
import { site as siteConfig } from '../../src/site.config.ts';
import { makeArticle, makeEvent } from '../helpers/factories.ts';

const site = { ...siteConfig, url: 'https://example.org', title: 'Example' };
const first = (event: EventData) => occurrencesOf(event, '2027-12-31')[0]!;

describe('Event JSON-LD', () => {
  it('has dates with UTC offsets in the event zone, status, mode, place and organizer', () => {
    const data = eventJsonLd(
      first(
        makeEvent({
          slug: 'hack',
          title: 'Hackathon',
          start: '2025-12-30',
          startTime: '09:00',
          end: '2026-01-02',
          endTime: '17:00',
          timezone: 'Europe/Berlin',
          location: 'Berlin',
          address: 'Alexanderplatz 1, 10178 Berlin',
          organizer: 'Health Lab',
          summary: 'Four days.',
        }),
      ),
      site,
      { url: '/_astro/hack.jpg', width: 1200, height: 630, alt: 'The hall' },
    );
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Hackathon',
      startDate: '2025-12-30T09:00:00+01:00',
      endDate: '2026-01-02T17:00:00+01:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: 'Berlin',
        address: { '@type': 'PostalAddress', streetAddress: 'Alexanderplatz 1, 10178 Berlin' },
      },
      organizer: { '@type': 'Organization', name: 'Health Lab' },
      url: 'https://example.org/events/hack/',
      description: 'Four days.',
      image: ['https://example.org/_astro/hack.jpg'],
    });
  });

  it('marks online, mixed, cancelled and postponed events', () => {
    const online = eventJsonLd(first(makeEvent({ online: 'https://example.org/live', status: 'cancelled' })), site);
    expect(online['eventAttendanceMode']).toBe('https://schema.org/OnlineEventAttendanceMode');
    expect(online['location']).toEqual({ '@type': 'VirtualLocation', url: 'https://example.org/live' });
    expect(online['eventStatus']).toBe('https://schema.org/EventCancelled');
    const mixed = eventJsonLd(
      first(makeEvent({ location: 'NYC', online: 'https://example.org/live', status: 'postponed' })),
      site,
    );
    expect(mixed['eventAttendanceMode']).toBe('https://schema.org/MixedEventAttendanceMode');
    expect(mixed['location']).toHaveLength(2);
    expect(mixed['eventStatus']).toBe('https://schema.org/EventPostponed');
  });

  it('uses dates for all-day events and the default image when the event has none', () => {
    const data = eventJsonLd(first(makeEvent({ start: '2025-12-15', end: '2025-12-17' })), site);
    expect([data['startDate'], data['endDate']]).toEqual(['2025-12-15', '2025-12-17']);
    expect(data['image']).toEqual(['https://example.org/og-default.png']);
  });
});

describe('NewsArticle JSON-LD', () => {
  it('has headline, dates in the site zone, authors and publisher', () => {
    const data = articleJsonLd(
      makeArticle({
        slug: 'ehr',
        title: 'EHRs',
        date: '2025-11-20',
        updated: '2025-11-25',
        updatedTime: '14:30',
        authors: ['Ana', 'Bao'],
      }),
      site,
    );
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'EHRs',
      datePublished: '2025-11-20T00:00:00-05:00',
      dateModified: '2025-11-25T14:30:00-05:00',
      author: [
        { '@type': 'Person', name: 'Ana' },
        { '@type': 'Person', name: 'Bao' },
      ],
      publisher: { '@type': 'Organization', name: 'Example' },
      url: 'https://example.org/news/ehr/',
    });
    expect(articleJsonLd(makeArticle({ date: '2025-07-01', time: '09:30' }), site)['dateModified']).toBe(
      '2025-07-01T09:30:00-04:00',
    );
  });
});

describe('BreadcrumbList JSON-LD', () => {
  it('numbers absolute items from 1', () => {
    const data = breadcrumbJsonLd(
      [
        { name: 'Home', path: '/' },
        { name: 'News', path: '/news/' },
      ],
      'https://example.org',
    );
    expect(data['itemListElement']).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://example.org/' },
      { '@type': 'ListItem', position: 2, name: 'News', item: 'https://example.org/news/' },
    ]);
  });
});

describe('serializeJsonLd', () => {
  it('cannot be broken out of, and parses back to the same data', () => {
    const data = { name: 'A </script><script>alert(1)</script> "quoted" & <!-- x --> \u2028 🎉' };
    const text = serializeJsonLd(data);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(data);
  });
});
