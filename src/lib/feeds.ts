/**
 * Items for the RSS feeds, in the shape @astrojs/rss takes (the library writes
 * and escapes the XML). Articles carry their summary, not the full body: MDX
 * components and page styles do not survive feed readers, and the link takes
 * readers to the real page. Events are the upcoming ones, soonest first, each
 * described by when and where; they carry no pubDate, because an event file has
 * no publish date and a start date is not one: readers date an item by when
 * they first see it, which is when the event was announced.
 */
import { articlePublishedAt } from './article-dates.ts';
import { placeSentence } from './event-place.ts';
import { statusPrefix } from './event-status.ts';
import type { ArticleData } from './model.ts';
import { whenText, whenView, type WhenSettings } from './event-view.ts';
import { seriesWords } from './recurrence-words.ts';
import { absoluteUrl, paths } from './paths.ts';
import type { ListedEvent } from './site-index.ts';

export interface FeedItem {
  title: string;
  link: string;
  description: string;
  pubDate?: Date;
  categories: string[];
  /** Extra item XML (escaped here): `dc:creator` for author names, which RSS's own `author` wants as e-mail. */
  customData?: string;
}

export interface FeedSettings extends WhenSettings {
  url: string;
}

/** Namespaces the items' customData uses. */
export const FEED_NAMESPACES = { dc: 'http://purl.org/dc/elements/1.1/', atom: 'http://www.w3.org/2005/Atom' };

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Channel XML: the feed's own address, as feed validators ask. */
export function channelData(feedUrl: string, locale: string): string {
  return `<language>${escapeXml(locale.toLowerCase())}</language><atom:link href="${escapeXml(feedUrl)}" rel="self" type="application/rss+xml"/>`;
}

export function articleFeedItems(articles: readonly ArticleData[], settings: FeedSettings): FeedItem[] {
  return articles.map((article) => ({
    title: article.title,
    link: absoluteUrl(settings.url, paths.article(article.slug)),
    description: article.summary,
    pubDate: articlePublishedAt(article, settings.timeZone),
    categories: [article.category, ...article.tags],
    ...(article.authors.length > 0 && {
      customData: article.authors.map((a) => `<dc:creator>${escapeXml(a)}</dc:creator>`).join(''),
    }),
  }));
}

export function eventFeedItems(events: readonly ListedEvent[], settings: FeedSettings): FeedItem[] {
  return events.map((listed) => {
    const { event, occurrence } = listed;
    const when = whenView(occurrence, settings);
    const where = placeSentence(event);
    const series = seriesWords(listed, settings);
    // A series says its rule, then which session the dates are: the next one.
    const line = `${series ? `${series}. Next: ` : ''}${whenText(when)}${where ? `, ${where}` : ''}.`;
    return {
      title: statusPrefix(event.status) + event.title,
      link: absoluteUrl(settings.url, paths.event(event.slug)),
      description: event.summary ? `${line} ${event.summary}` : line,
      categories: event.tags,
    };
  });
}
