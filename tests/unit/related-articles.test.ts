/**
 * An article page's links to other articles (src/lib/related-articles.ts):
 * chronological neighbours and related articles by shared tags, over published
 * articles only, computed once for all articles.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArticleData } from '../../src/lib/model.ts';
import { articleLinks } from '../../src/lib/related-articles.ts';
import { tagKey } from '../../src/lib/tags.ts';
import { makeArticle } from '../helpers/factories.ts';

/** Published unless a draft or dated after the build (2025-12-01), as the site's rule has it for whole days. */
const isPublished = (a: ArticleData) => !a.draft && a.date <= '2025-12-01';
const slugs = (list: readonly ArticleData[] | undefined) => (list ?? []).map((a) => a.slug);
const art = (slug: string, date: string, tags: string[] = [], extra: Partial<ArticleData> = {}) =>
  makeArticle({ slug, title: slug.toUpperCase(), date, tags, ...extra });

describe('neighbours', () => {
  const articles = [
    art('c', '2025-11-03'),
    art('a', '2025-11-01'),
    art('draft', '2025-11-02', [], { time: '12:00', draft: true }),
    art('b', '2025-11-02'),
    art('scheduled', '2026-01-01'),
    art('d', '2025-11-04'),
  ];
  const links = articleLinks(articles, isPublished);

  it('are the published articles just before and after in time, with only one at each end', () => {
    expect(links.get('a')).toMatchObject({ next: { slug: 'b' } });
    expect(links.get('a')?.previous).toBeUndefined();
    expect(links.get('b')).toMatchObject({ previous: { slug: 'a' }, next: { slug: 'c' } });
    expect(links.get('c')).toMatchObject({ previous: { slug: 'b' }, next: { slug: 'd' } });
    expect(links.get('d')).toMatchObject({ previous: { slug: 'c' } });
    expect(links.get('d')?.next).toBeUndefined();
  });

  it('skip drafts and scheduled articles, which get published neighbours of their own (the dev server shows them)', () => {
    expect(links.get('draft')).toMatchObject({ previous: { slug: 'b' }, next: { slug: 'c' } });
    expect(links.get('scheduled')).toMatchObject({ previous: { slug: 'd' } });
    expect(links.get('scheduled')?.next).toBeUndefined();
  });

  it('order articles of one day by their time, then title and slug, as /news/ does', () => {
    const sameDay = [
      art('late', '2025-11-05', [], { time: '18:00' }),
      art('early', '2025-11-05', [], { time: '08:00' }),
      art('untimed-b', '2025-11-05', [], { title: 'Beta' }),
      art('untimed-a', '2025-11-05', [], { title: 'Alpha' }),
    ];
    const l = articleLinks(sameDay, isPublished);
    // Oldest to newest: untimed (midnight; on /news/ Alpha above Beta, so Beta is older), early, late.
    expect(l.get('untimed-b')?.next?.slug).toBe('untimed-a');
    expect(l.get('untimed-a')?.next?.slug).toBe('early');
    expect(l.get('early')?.next?.slug).toBe('late');
    expect(l.get('late')?.previous?.slug).toBe('early');
  });
});

describe('related articles', () => {
  const articles = [
    art('self', '2025-11-10', ['FHIR', 'ehr', 'vietnam']),
    art('two-old', '2025-01-01', ['fhir', 'vietnam']),
    art('two-new', '2025-06-01', ['ehr', 'Vietnam']),
    art('one-newest', '2025-11-09', ['ehr']),
    art('one-older', '2025-10-01', ['fhir']),
    art('three-draft', '2025-11-08', ['fhir', 'ehr', 'vietnam'], { draft: true }),
    art('three-scheduled', '2026-02-01', ['fhir', 'ehr', 'vietnam']),
    art('none', '2025-11-11', ['privacy']),
  ];
  const links = articleLinks(articles, isPublished);

  it('rank by tags in common (any spelling of a tag), then newer first, at most three', () => {
    expect(slugs(links.get('self')?.related)).toEqual(['two-new', 'two-old', 'one-newest']);
  });

  it('never list the article itself, a draft or a scheduled article', () => {
    for (const [slug, own] of links) {
      expect(slugs(own.related)).not.toContain(slug);
      expect(slugs(own.related)).not.toContain('three-draft');
      expect(slugs(own.related)).not.toContain('three-scheduled');
    }
    // A draft shown by the dev server gets published related articles too.
    expect(slugs(links.get('three-draft')?.related)).toEqual(['self', 'two-new', 'two-old']);
  });

  it('are none for an article whose tags no other has, or without tags', () => {
    expect(links.get('none')?.related).toEqual([]);
    expect(articleLinks([art('x', '2025-01-01'), art('y', '2025-01-02')], isPublished).get('x')?.related).toEqual([]);
  });

  it('break ties of tags and time by title, then slug, whatever order the articles come in', () => {
    const tied = [
      art('s', '2025-05-05', ['t']),
      art('b2', '2025-05-01', ['t'], { title: 'Same' }),
      art('b1', '2025-05-01', ['t'], { title: 'Same' }),
      art('a', '2025-05-01', ['t'], { title: 'Other' }),
      art('z', '2025-05-01', ['t'], { title: 'Zed' }),
    ];
    const expected = ['a', 'b1', 'b2'];
    expect(slugs(articleLinks(tied, isPublished).get('s')?.related)).toEqual(expected);
    expect(slugs(articleLinks(tied.toReversed(), isPublished).get('s')?.related)).toEqual(expected);
  });

  // A few tags (so articles share many), then many (some articles have more tags than are indexed by set).
  it.each([
    ['a', 'B', 'c', 'd-e', 'DE', 'f'],
    ['a', 'b', 'C', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'L', 'l'],
  ])('are the same as ranking every other published article by brute force (random tags and dates)', (...tags) => {
    const arbArticle = fc.record({
      day: fc.integer({ min: 1, max: 28 }),
      month: fc.integer({ min: 1, max: 12 }),
      tags: fc.subarray(tags),
      draft: fc.boolean(),
      title: fc.constantFrom('T1', 'T2', 'T3'),
    });
    fc.assert(
      fc.property(fc.array(arbArticle, { minLength: 1, maxLength: 40 }), fc.integer({ min: 0, max: 5 }), (raw, n) => {
        const list = raw.map((r, i) =>
          art(`s${i}`, `2025-${String(r.month).padStart(2, '0')}-${String(r.day).padStart(2, '0')}`, r.tags, {
            title: r.title,
            draft: r.draft,
          }),
        );
        const links = articleLinks(list, isPublished, n);
        for (const a of list) expect(slugs(links.get(a.slug)?.related)).toEqual(slugs(bruteForce(list, a, n)));
      }),
      { numRuns: 300 },
    );
  });
});

/** The rule stated plainly: every other published article, by tags in common, then newest first (ties as /news/). */
function bruteForce(all: ArticleData[], article: ArticleData, n: number): ArticleData[] {
  const mine = new Set(article.tags.map(tagKey));
  const shared = (b: ArticleData) => new Set(b.tags.map(tagKey).filter((k) => mine.has(k))).size;
  const key = (a: ArticleData) => `${a.date}T${a.time ?? '00:00'}`;
  return all
    .filter((b) => b !== article && isPublished(b) && shared(b) > 0)
    .sort(
      (x, y) =>
        shared(y) - shared(x) ||
        key(y).localeCompare(key(x)) ||
        x.title.localeCompare(y.title) ||
        (x.slug < y.slug ? -1 : 1),
    )
    .slice(0, n);
}
