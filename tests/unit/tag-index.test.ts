/** The /tags/ index (src/lib/tag-index.ts): every tag once, by the name its page shows, with its counts. */
import { describe, expect, it } from 'vitest';
import { buildSiteIndex } from '../../src/lib/site-index.ts';
import { tagCounts, tagIndex } from '../../src/lib/tag-index.ts';
import { makeArticle, makeEvent } from '../helpers/factories.ts';

const options = {
  now: new Date('2025-12-03T17:00:00Z'),
  siteTimeZone: 'America/New_York',
  dayCutoff: '06:00',
  recurrenceHorizonMonths: 18,
};
const event = (slug: string, start: string, tags: string[]) =>
  makeEvent({ slug, title: slug, start, end: start, tags });
const article = (slug: string, tags: string[]) => makeArticle({ slug, title: slug, date: '2025-11-01', tags });

describe('the tag index', () => {
  const index = buildSiteIndex(
    [
      event('soon', '2025-12-10', ['Digital Health', 'FHIR']),
      event('over', '2025-10-01', ['digital-health']),
      event('also-soon', '2026-01-10', ['digital-health', 'Zeta']),
    ],
    [
      article('a', ['DigitalHealth', 'ehr']),
      article('b', ['ehr', 'Éclair', 'tag 10']),
      article('c', ['tag 9', 'ai']),
      article('d', ['FHIR', 'fhir']),
    ],
    options,
  );
  const entries = tagIndex(index, 'en-US');

  it('lists each tag once, whatever its spellings, by the name its page shows', () => {
    expect(entries.map((e) => [e.name, e.slug])).toEqual([
      ['ai', 'ai'],
      ['digital-health', 'digital-health'],
      ['Éclair', 'eclair'],
      ['ehr', 'ehr'],
      ['FHIR', 'fhir'],
      ['tag 9', 'tag-9'],
      ['tag 10', 'tag-10'],
      ['Zeta', 'zeta'],
    ]);
  });

  it('counts the events, the upcoming ones among them, and the articles of each tag', () => {
    const of = (slug: string) => entries.find((e) => e.slug === slug);
    expect(of('digital-health')).toMatchObject({ events: 3, upcoming: 2, articles: 1 });
    expect(of('fhir')).toMatchObject({ events: 1, upcoming: 1, articles: 1 });
    expect(of('ehr')).toMatchObject({ events: 0, upcoming: 0, articles: 2 });
  });

  it('says the counts in words, leaving out what a tag has none of', () => {
    const entry = { name: 'x', slug: 'x' };
    expect(tagCounts({ ...entry, events: 3, upcoming: 2, articles: 1 })).toBe('3 events (2 upcoming), 1 article');
    expect(tagCounts({ ...entry, events: 1, upcoming: 0, articles: 0 })).toBe('1 event');
    expect(tagCounts({ ...entry, events: 0, upcoming: 0, articles: 2 })).toBe('2 articles');
  });
});
