/**
 * The one module that makes the site's URLs (contract: every page path ends in
 * `/`). Pages, components, feeds and tests all call these; nothing builds a
 * path by hand, so a route change is a change here.
 */
import type { IsoDate, YearMonth } from './calendar-date.ts';
import { tagSlug } from './tags.ts';

const pad2 = (n: number) => String(n).padStart(2, '0');

/** The id of the "Subscribe" block that /events/ (and every page that has one) carries. */
export const SUBSCRIBE_ID = 'subscribe';

export const paths = {
  home: () => '/',
  events: () => '/events/',
  pastEvents: (page = 1) => (page <= 1 ? '/events/past/' : `/events/past/${page}/`),
  event: (slug: string) => `/events/${slug}/`,
  eventIcs: (slug: string) => `/events/${slug}.ics`,
  eventsIcs: () => '/events.ics',
  calendar: () => '/calendar/',
  year: (year: number) => `/calendar/${year}/`,
  month: ({ year, month }: YearMonth) => `/calendar/${year}/${pad2(month)}/`,
  day: (date: IsoDate) => `/calendar/${date.slice(0, 4)}/${date.slice(5, 7)}/${date.slice(8, 10)}/`,
  news: (page = 1) => (page <= 1 ? '/news/' : `/news/${page}/`),
  article: (slug: string) => `/news/${slug}/`,
  tags: () => '/tags/',
  /** A tag (or its slug): its page, percent-encoded when the slug keeps letters of another script (tags.ts). */
  tag: (tag: string) => `/tags/${encodeURIComponent(tagSlug(tag))}/`,
  tagIcs: (tag: string) => `/tags/${encodeURIComponent(tagSlug(tag))}.ics`,
  search: (query?: string) => (query ? `/search/?q=${encodeURIComponent(query)}` : '/search/'),
  /** The "Subscribe" block on /events/, which the footer links to. */
  subscribe: () => `/events/#${SUBSCRIBE_ID}`,
  rss: () => '/rss.xml',
  eventsRss: () => '/events/rss.xml',
};

/** An absolute URL on the site, for feeds, canonical links and structured data. */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;
}
