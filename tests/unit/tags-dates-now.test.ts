/** Tag identity, an article's publish instant and SITE_NOW: one function each (src/lib). */
import { describe, expect, it } from 'vitest';
import { articlePublishedAt, articleTimes } from '../../src/lib/article-dates.ts';
import { buildSiteIndex } from '../../src/lib/site-index.ts';
import { siteNow } from '../../src/lib/site-now.ts';
import { preferredSpelling, tagKey, tagSlug } from '../../src/lib/tags.ts';
import { makeArticle, makeEvent } from '../helpers/factories.ts';

describe('tags', () => {
  it('are one tag whatever the case, spaces, hyphens or underscores', () => {
    expect(new Set(['E-Health', 'ehealth', 'e_health', 'E Health'].map(tagKey)).size).toBe(1);
    expect(tagKey('FHIR')).not.toBe(tagKey('HL7'));
  });

  it('keep the ASCII slug of every tag slugify can write, so existing tag pages keep their address', () => {
    expect(tagSlug('Digital Health')).toBe('digital-health');
    expect(tagSlug('Việt Nam')).toBe('viet-nam');
    expect(tagSlug('Здоровье')).toBe('zdorove');
    expect(tagSlug('Straße')).toBe('strasse');
    expect(tagSlug('ＡＩ')).toBe('ai'); // full-width letters are the plain ones
  });

  it('keep letters slugify cannot write, in any script, lower-casing the rest', () => {
    expect(tagSlug('医疗')).toBe('医疗');
    expect(tagSlug('デジタルヘルス')).toBe('デジタルヘルス');
    expect(tagSlug('デジタル・ヘルス')).toBe('デジタル-ヘルス');
    expect(tagSlug('한국어')).toBe('한국어');
    expect(tagSlug('हिन्दी')).toBe('हिन्दी'); // vowel signs are marks: they stay with their letters
    expect(tagSlug('AI 医疗')).toBe('ai-医疗');
    expect(tagSlug('Việt医疗')).toBe('viet-医疗');
    expect(tagSlug('🎉')).toBe('');
  });

  it('never join a tag with another script to a shorter one, and give one tag one slug however it is slugged', () => {
    expect(tagKey('AI 医疗')).not.toBe(tagKey('AI'));
    expect(tagKey('医疗')).not.toBe(tagKey('AI 医疗'));
    expect(new Set(['AI 医疗', 'ai-医疗', 'AI医疗', 'ＡＩ　医疗'].map(tagKey)).size).toBe(1);
    for (const tag of ['Digital Health', 'AI 医疗', 'デジタル・ヘルス', 'Ελληνικά', 'हिन्दी', 'x²'])
      expect(tagSlug(tagSlug(tag)), tag).toBe(tagSlug(tag));
  });

  it('show the spelling most files use; on a tie, the one in tag-page form, then the first alphabetically', () => {
    expect(
      preferredSpelling(
        new Map([
          ['Digital Health', 1],
          ['digital-health', 2],
        ]),
      ),
    ).toBe('digital-health');
    expect(
      preferredSpelling(
        new Map([
          ['EHR', 1],
          ['ehr', 1],
        ]),
      ),
    ).toBe('ehr');
    expect(
      preferredSpelling(
        new Map([
          ['b-tag', 1],
          ['a-tag', 1],
        ]),
      ),
    ).toBe('a-tag');
  });

  it('group the pages by the same rule as the check: one tag page for every spelling', () => {
    const index = buildSiteIndex(
      [makeEvent({ slug: 'x', tags: ['e-health'] }), makeEvent({ slug: 'y', tags: ['eHealth'] })],
      [makeArticle({ slug: 'z', tags: ['e-health', 'E Health'] })],
      {
        now: new Date('2025-12-01T12:00:00Z'),
        siteTimeZone: 'America/New_York',
        dayCutoff: '06:00',
        recurrenceHorizonMonths: 18,
      },
    );
    expect([...index.tags.keys()]).toEqual(['e-health']);
    const group = index.tagsByKey.get(tagKey('EHEALTH'));
    expect(group?.name).toBe('e-health');
    expect(group?.events.map((e) => e.event.slug).sort()).toEqual(['x', 'y']);
    expect(group?.articles.map((a) => a.slug)).toEqual(['z']);
  });
});

describe('an article is published', () => {
  it('at the start of its date in the site zone, or at its time', () => {
    const zone = 'America/New_York';
    expect(articlePublishedAt({ date: '2025-12-02' }, zone).toISOString()).toBe('2025-12-02T05:00:00.000Z');
    expect(articlePublishedAt({ date: '2025-07-02', time: '09:30' }, zone).toISOString()).toBe(
      '2025-07-02T13:30:00.000Z',
    );
    expect(articleTimes({ date: '2025-12-02', updated: '2025-12-05', updatedTime: '08:00' }, zone)).toEqual({
      published: '2025-12-02T00:00:00-05:00',
      modified: '2025-12-05T08:00:00-05:00',
    });
  });
});

describe('SITE_NOW', () => {
  it('pins now, or leaves the clock reading, and names the form when it cannot be read', () => {
    const clock = new Date('2030-01-01T00:00:00Z');
    expect(siteNow('2025-12-01T12:00:00Z', clock).toISOString()).toBe('2025-12-01T12:00:00.000Z');
    expect(siteNow(undefined, clock)).toBe(clock);
    expect(() => siteNow('yesterday', clock)).toThrow(
      'SITE_NOW "yesterday" is not a date; expected ISO 8601 such as 2025-12-01T12:00:00Z',
    );
  });
});
