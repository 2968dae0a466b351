/**
 * The "Subscribe" blocks: how to follow the site's events (or one tag's) in a
 * calendar app, and its feeds. One shape for every page that shows one
 * (src/components/Subscribe.astro).
 */
import { googleSubscribeUrl, webcalUrl } from '../lib/calendar-links.ts';
import { absoluteUrl, paths, SUBSCRIBE_ID } from '../lib/paths.ts';
import type { TagGroup } from '../lib/site-index.ts';
import { site } from '../site.config.ts';

export interface SubscribeView {
  /** The section's id, which the footer links to on /events/. */
  id: string;
  heading: string;
  /** What the reader gets. */
  intro: string;
  /** A calendar to subscribe to, when there is one. */
  calendar?: {
    /** `webcal://`: calendar apps subscribe rather than import once. */
    webcal: string;
    /** The same address over https, to copy into an app that asks for a URL. */
    https: string;
    /** Google Calendar's "add by URL" with the address filled in. */
    google: string;
  };
  feed?: { href: string; label: string };
}

function calendarLinks(path: string): NonNullable<SubscribeView['calendar']> {
  const https = absoluteUrl(site.url, path);
  return { webcal: webcalUrl(https), https, google: googleSubscribeUrl(https) };
}

/** Every event, on /events/, /calendar/ and its months, and the home page. */
export function eventsSubscribe(): SubscribeView {
  return {
    id: SUBSCRIBE_ID,
    heading: 'Subscribe',
    intro: 'Get every event in your calendar app. It updates itself as events are added or changed.',
    calendar: calendarLinks(paths.eventsIcs()),
    feed: { href: paths.eventsRss(), label: 'Upcoming events as RSS' },
  };
}

/** One tag's events, on its page (only a tag with events has a calendar). */
export function tagSubscribe(group: Pick<TagGroup, 'slug' | 'name'>): SubscribeView {
  return {
    id: SUBSCRIBE_ID,
    heading: 'Subscribe',
    intro: `Get the events tagged “${group.name}” in your calendar app. It updates itself as events are added or changed.`,
    calendar: calendarLinks(paths.tagIcs(group.slug)),
  };
}

/** The news feed, on /news/. */
export function newsSubscribe(): SubscribeView {
  return {
    id: SUBSCRIBE_ID,
    heading: 'Follow the news',
    intro: 'New articles in your feed reader.',
    feed: { href: paths.rss(), label: 'News as RSS' },
  };
}
