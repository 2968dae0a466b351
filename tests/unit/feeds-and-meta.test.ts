import { describe, expect, it } from 'vitest';
import { articleFeedItems, channelData, eventFeedItems, escapeXml } from '../../src/lib/feeds.ts';
import { occurrencesOf } from '../../src/lib/occurrences.ts';
import { robotsTxt } from '../../src/lib/robots.ts';
import { shareMeta } from '../../src/lib/share-meta.ts';
import { site } from '../../src/site.config.ts';
import { makeArticle, makeEvent } from '../helpers/factories.ts';

const settings = { ...site, url: 'https://example.org' };

describe('feed items', () => {
  it('date articles at their publish time in the site zone and link to their page', () => {
    const [item] = articleFeedItems(
      [makeArticle({ slug: 'x', title: 'X', date: '2025-11-20', summary: 'Sum', authors: ['A & B'], tags: ['ehr'] })],
      settings,
    );
    expect(item).toMatchObject({
      title: 'X',
      link: 'https://example.org/news/x/',
      description: 'Sum',
      categories: ['News', 'ehr'],
    });
    expect(item!.pubDate!.toISOString()).toBe('2025-11-20T05:00:00.000Z');
    expect(item!.customData).toBe('<dc:creator>A &amp; B</dc:creator>');
  });

  it('describe events by when and where, marking cancelled ones', () => {
    const event = makeEvent({
      slug: 'm',
      title: 'Meetup',
      start: '2025-12-18',
      startTime: '18:00',
      end: '2025-12-18',
      endTime: '20:00',
      location: 'NYC',
      status: 'cancelled',
      summary: 'Off.',
    });
    const [item] = eventFeedItems(
      [{ event, occurrence: occurrencesOf(event, '2026-12-31')[0]!, occurrences: [], skipped: [] }],
      settings,
    );
    expect(item).toMatchObject({
      title: 'Cancelled: Meetup',
      link: 'https://example.org/events/m/',
      description: 'Thu 18 Dec 2025, 6:00 pm - 8:00 pm EST, NYC. Off.',
    });
    expect(item!.pubDate).toBeUndefined();
  });

  it('escape channel data', () => {
    expect(channelData('https://example.org/rss.xml?a=1&b=2', 'en-US')).toContain(
      'href="https://example.org/rss.xml?a=1&amp;b=2"',
    );
    expect(escapeXml(`<"'&>`)).toBe('&lt;&quot;&apos;&amp;&gt;');
  });
});

describe('share tags', () => {
  const base = {
    title: 'T',
    description: 'D',
    canonical: 'https://example.org/x/',
    siteUrl: 'https://example.org',
    siteName: 'S',
    locale: 'en-US',
  };
  const get = (tags: ReturnType<typeof shareMeta>, key: string) =>
    tags.filter((t) => t.key === key).map((t) => t.content);

  it('fall back to the default PNG with its size', () => {
    const tags = shareMeta(base);
    expect(get(tags, 'og:image')).toEqual(['https://example.org/og-default.png']);
    expect(get(tags, 'og:image:width')).toEqual(['1200']);
    expect(get(tags, 'og:image:height')).toEqual(['630']);
    expect(get(tags, 'twitter:card')).toEqual(['summary_large_image']);
    expect(get(tags, 'og:url')).toEqual([base.canonical]);
  });

  it('use the page image and article times', () => {
    const tags = shareMeta({
      ...base,
      image: { url: '/_astro/a.jpg', width: 800, height: 420, alt: 'Alt' },
      type: 'article',
      publishedTime: '2025-11-20T00:00:00-05:00',
      modifiedTime: '2025-11-21T00:00:00-05:00',
      authors: ['Ana'],
    });
    expect(get(tags, 'og:image')).toEqual(['https://example.org/_astro/a.jpg']);
    // The size of the file made for sharing, which is smaller than 1200x630 when the writer's picture is.
    expect(get(tags, 'og:image:width')).toEqual(['800']);
    expect(get(tags, 'og:image:height')).toEqual(['420']);
    expect(get(tags, 'og:image:alt')).toEqual(['Alt']);
    expect(get(tags, 'twitter:image:alt')).toEqual(['Alt']);
    expect(get(tags, 'article:modified_time')).toEqual(['2025-11-21T00:00:00-05:00']);
    expect(get(tags, 'article:author')).toEqual(['Ana']);
  });
});

describe('robots.txt', () => {
  it('points at the sitemap index', () => {
    expect(robotsTxt('https://example.org')).toMatch(/^Sitemap: https:\/\/example\.org\/sitemap-index\.xml$/m);
  });
});
