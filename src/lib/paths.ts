/**
 * The one module that makes the site's URLs (contract: every page path ends in
 * `/`). Pages, components, feeds and tests all call these; nothing builds a
 * path by hand, so a route change is a change here.
 */
import type { IsoDate, YearMonth } from './calendar-date.ts';
import { slugify } from './slug.ts';

const pad2 = (n: number) => String(n).padStart(2, '0');

export const paths = {
  home: () => '/',
  events: () => '/events/',
  pastEvents: (page = 1) => (page <= 1 ? '/events/past/' : `/events/past/${page}/`),
  event: (slug: string) => `/events/${slug}/`,
  eventIcs: (slug: string) => `/events/${slug}.ics`,
  eventsIcs: () => '/events.ics',
  calendar: () => '/calendar/',
  month: ({ year, month }: YearMonth) => `/calendar/${year}/${pad2(month)}/`,
  day: (date: IsoDate) => `/calendar/${date.slice(0, 4)}/${date.slice(5, 7)}/${date.slice(8, 10)}/`,
  news: (page = 1) => (page <= 1 ? '/news/' : `/news/${page}/`),
  article: (slug: string) => `/news/${slug}/`,
  tags: () => '/tags/',
  tag: (tag: string) => `/tags/${slugify(tag)}/`,
  tagIcs: (tag: string) => `/tags/${slugify(tag)}.ics`,
  search: (query?: string) => (query ? `/search/?q=${encodeURIComponent(query)}` : '/search/'),
  rss: () => '/rss.xml',
  eventsRss: () => '/events/rss.xml',
};

/** An absolute URL on the site, for feeds, canonical links and structured data. */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;
}
