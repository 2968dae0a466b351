/**
 * Reading an article on the built fixture site (issue 17): reading time, dates
 * as readers read them, the byline, previous and next article, related
 * articles; and /tags/, every tag of the published content once, with counts
 * taken here from the fixture's own files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { articlePublishedAt } from '../../src/lib/article-dates.ts';
import { countWords, readingMinutes } from '../../src/lib/reading-time.ts';
import { tagKey } from '../../src/lib/tags.ts';
import { checkFile, type CheckedFile } from '../../src/lib/validation/check-file.ts';
import { hasPage, readPage, text } from '../helpers/dist.ts';
import { FIXTURE_NOW, PROJECT } from '../helpers/fixture-site.ts';

const dist = inject('siteDist');
const ZONE = 'America/New_York';
const VIETNAM = '/news/vietnam-announces-expansion-of-ehrs-nationally/';

const article = (path: string) => {
  const $ = readPage(dist, path);
  const meta = $('article header .meta').last();
  const pager = (rel: 'prev' | 'next') => {
    const a = $(`.article-pager a[rel="${rel}"]`);
    return a.length === 0 ? undefined : { href: a.attr('href') ?? '', title: text(a.find('.pager-title').text()) };
  };
  return {
    $,
    title: text($('h1').text()),
    meta: text(meta.text()),
    times: meta
      .find('time')
      .map((_, t) => ({ datetime: $(t).attr('datetime'), text: text($(t).text()) }))
      .get(),
    previous: pager('prev'),
    next: pager('next'),
    related: $('.related-articles li')
      .map((_, li) => ({ href: $(li).find('a').attr('href'), title: text($(li).find('a').text()) }))
      .get(),
  };
};

/** The fixture's content files as the site's check reads them. */
function fixtureContent(): CheckedFile[] {
  const root = join(PROJECT, 'tests/fixtures/site');
  const files = readdirSync(join(root, 'content'), { recursive: true, encoding: 'utf8' }).filter((f) =>
    /\.mdx?$/.test(f),
  );
  return files.map((f) => {
    const path = join(root, 'content', f);
    const kind = f.startsWith('events') ? 'event' : 'article';
    return checkFile(relative(root, path), readFileSync(path, 'utf8'), kind, ZONE);
  });
}

const content = fixtureContent();
const publishedArticles = content.flatMap((c) =>
  c.kind === 'article' && c.fields && !c.fields.draft && articlePublishedAt(c.fields, ZONE) <= new Date(FIXTURE_NOW)
    ? [c]
    : [],
);
const publishedEvents = content.flatMap((c) => (c.kind === 'event' && c.fields && !c.fields.draft ? [c] : []));

describe('an article page', () => {
  it('shows its reading time, from the words of its body at 238 a minute', () => {
    const vietnam = article(VIETNAM);
    // The body: the article without its header, tags and hidden search data.
    const body = readPage(dist, VIETNAM)('article').clone();
    body.find('header, nav, [hidden]').remove();
    const words = countWords(body.text());
    expect(words).toBeGreaterThan(238);
    expect(vietnam.meta).toContain('2 min read');
    expect(vietnam.meta).toContain(`${readingMinutes(words)} min read`);
    expect(article('/news/filler-01/').meta).toContain('1 min read');
  });

  it('shows dates as readers read them, with machine values, and the update date when there is one', () => {
    expect(article(VIETNAM).times).toEqual([{ datetime: '2025-11-20', text: 'Thu 20 Nov 2025' }]);
    expect(article(VIETNAM).meta).not.toContain('Updated');
    const updated = article('/news/filler-21/');
    expect(updated.times).toEqual([
      { datetime: '2025-10-21', text: 'Tue 21 Oct 2025' },
      { datetime: '2025-11-02', text: 'Sun 2 Nov 2025' },
    ]);
    expect(updated.meta).toContain('Updated Sun 2 Nov 2025');
  });

  it("names its authors, or the site's name when it has none", () => {
    expect(article('/news/mdx-article/').meta).toContain('By Ana Lima and Bao Tran');
    expect(article('/news/filler-03/').meta).toContain('By Staff');
    expect(article(VIETNAM).meta).toContain('By Digital Health Calendar');
  });

  it('links to the previous and next published article in time, titled, with one link at each end', () => {
    // /news/ lists every published article newest first: walking "previous" from the newest visits them all in that order.
    const listed = ['/news/', '/news/2/'].flatMap((page) => {
      const $ = readPage(dist, page);
      return $('.card h2 a')
        .map((_, a) => $(a).attr('href'))
        .get();
    });
    expect(listed).toHaveLength(publishedArticles.length);
    const walked: string[] = [];
    for (let path: string | undefined = listed[0]; path; path = article(path).previous?.href) walked.push(path);
    expect(walked).toEqual(listed);
    expect(article(listed[0]!).next).toBeUndefined();
    expect(article(listed.at(-1)!).previous).toBeUndefined();
    for (const path of listed) {
      const { previous, next } = article(path);
      for (const link of [previous, next]) {
        if (!link) continue;
        expect(hasPage(dist, link.href), link.href).toBe(true);
        expect(link.title).toBe(article(link.href).title);
      }
      if (previous) expect(article(previous.href).next?.href).toBe(path);
    }
  });

  it('lists up to three related articles: most tags in common, then newest; not itself, no draft or scheduled one', () => {
    // filler-21 shares fhir and vietnam; mdx-article (ehr) is newer than filler-20 (fhir). The draft and the
    // scheduled article have all three tags, but are not published.
    expect(article(VIETNAM).related).toEqual([
      { href: '/news/filler-21/', title: 'Filler report 21' },
      { href: '/news/mdx-article/', title: 'An MDX Article' },
      { href: '/news/filler-20/', title: 'Filler report 20' },
    ]);
    expect(article('/news/mdx-article/').related.map((r) => r.href)).toEqual([VIETNAM]);
    for (const { slug } of publishedArticles) {
      const path = `/news/${slug}/`;
      const { related } = article(path);
      expect(related.length).toBeLessThanOrEqual(3);
      for (const link of related) {
        expect(link.href).not.toBe(path);
        expect(hasPage(dist, link.href ?? ''), link.href).toBe(true);
      }
    }
  });

  it('never links to a draft or a scheduled article', () => {
    for (const { slug } of publishedArticles) {
      const html = readFileSync(join(dist, 'news', slug, 'index.html'), 'utf8');
      expect(html).not.toContain('/news/draft-article/');
      expect(html).not.toContain('/news/scheduled-article/');
    }
  });

  it('shows the date of each article card as readers read it', () => {
    const $ = readPage(dist, '/news/');
    const time = $('.card').first().find('.meta time');
    expect([time.attr('datetime'), text(time.text())]).toEqual(['2025-11-25', 'Tue 25 Nov 2025']);
  });
});

describe('/tags/', () => {
  const $ = readPage(dist, '/tags/');
  const rows = $('.tag-index li')
    .map((_, li) => ({
      name: text($(li).find('a').text()),
      href: $(li).find('a').attr('href') ?? '',
      counts: text($(li).find('.tag-counts').text()),
    }))
    .get();

  it('lists every tag of the published events and articles once, by name, linking to its page', () => {
    const keys = new Set([...publishedEvents, ...publishedArticles].flatMap((c) => c.fields?.tags ?? []).map(tagKey));
    expect(rows.map((r) => tagKey(r.name)).sort()).toEqual([...keys].sort());
    expect(rows.map((r) => r.name)).toEqual(rows.map((r) => r.name).sort((a, b) => a.localeCompare(b, 'en')));
    for (const row of rows) {
      // Written with its UTF-8 name when a tag keeps letters of another script; linked percent-encoded.
      const page = decodeURIComponent(row.href);
      expect(page).toMatch(/^\/tags\/[^/]+\/$/);
      expect(hasPage(dist, page), page).toBe(true);
      expect(text(readPage(dist, page)('h1').text())).toBe(`Tagged “${row.name}”`);
    }
    // "FHIR" in one file and "fhir" in others is one tag, shown as most files write it.
    expect(rows.filter((r) => tagKey(r.name) === 'fhir').map((r) => r.name)).toEqual(['fhir']);
  });

  it('gives each tag its counts of events (upcoming ones too) and articles, as the fixture has them', () => {
    const events = readPage(dist, '/events/');
    const upcoming = new Set(
      events('.card .event-title')
        .map((_, a) => events(a).attr('href'))
        .get(),
    );
    expect(upcoming.size).toBeGreaterThan(0);
    const countsOf = (key: string) => {
      const has = (c: CheckedFile) => (c.fields?.tags ?? []).some((t) => tagKey(t) === key);
      const events = publishedEvents.filter(has);
      const articles = publishedArticles.filter(has).length;
      const soon = events.filter((e) => upcoming.has(`/events/${e.slug}/`)).length;
      const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
      return [
        ...(events.length > 0 ? [`${plural(events.length, 'event')}${soon > 0 ? ` (${soon} upcoming)` : ''}`] : []),
        ...(articles > 0 ? [plural(articles, 'article')] : []),
      ].join(', ');
    };
    for (const row of rows) expect(row.counts, row.name).toBe(countsOf(tagKey(row.name)));
    expect(rows.find((r) => r.name === 'fhir')?.counts).toMatch(/^\d+ events? \(\d+ upcoming\), 3 articles$/);
  });

  it('is linked from the main navigation and from each tag page, and listed in the sitemap', () => {
    for (const path of ['/', VIETNAM, '/tags/fhir/'])
      expect(readPage(dist, path)('.site-nav a[href="/tags/"]').length).toBe(1);
    expect(readPage(dist, '/tags/fhir/')('main a[href="/tags/"]').length).toBe(1);
    expect($('.site-nav a[href="/tags/"]').attr('aria-current')).toBe('page');
    const sitemaps = readdirSync(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f));
    const sitemap = sitemaps.map((f) => readFileSync(join(dist, f), 'utf8')).join('');
    expect(sitemap).toContain('<loc>https://digital-health-calendar.netlify.app/tags/</loc>');
  });
});
