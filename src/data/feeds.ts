/**
 * The files that are not pages: the RSS feeds, the iCalendar files (the whole
 * site's, one per event and one per tag) and robots.txt. The routes in
 * src/pages only return what is made here.
 */
import type { RSSOptions } from '@astrojs/rss';
import { articleFeedItems, channelData, eventFeedItems, FEED_NAMESPACES } from '../lib/feeds.ts';
import { buildCalendar } from '../lib/ical.ts';
import { absoluteUrl, paths } from '../lib/paths.ts';
import { robotsTxt } from '../lib/robots.ts';
import type { ListedEvent } from '../lib/site-index.ts';
import { site } from '../site.config.ts';
import { cacheKeys, route } from './page-routes.ts';
import { getSiteData } from './site-data.ts';

/** A feed's channel: its title, description and own address, with the site's language. */
function channel(title: string, description: string, path: string, items: RSSOptions['items']): RSSOptions {
  return {
    title,
    description,
    site: site.url,
    xmlns: FEED_NAMESPACES,
    customData: channelData(absoluteUrl(site.url, path), site.locale),
    items,
  };
}

export async function newsFeed(): Promise<RSSOptions> {
  const { index } = await getSiteData();
  return channel(`${site.title}: News`, site.description, paths.rss(), articleFeedItems(index.articles, site));
}

export async function upcomingEventsFeed(): Promise<RSSOptions> {
  const { index } = await getSiteData();
  return channel(
    `${site.title}: Upcoming events`,
    'Upcoming digital-health events, soonest first.',
    paths.eventsRss(),
    eventFeedItems(index.upcoming, site),
  );
}

/** /events.ics: every published event, to subscribe to. */
export async function allEventsCalendar(): Promise<string> {
  const { index } = await getSiteData();
  return buildCalendar([...index.eventsBySlug.values()], {
    name: site.title,
    description: site.description,
    siteUrl: site.url,
    path: paths.eventsIcs(),
    product: site.title,
    siteTimeZone: site.timeZone,
  });
}

/** What a calendar file holds: the file is made when the route renders, so a file copied from the last build costs nothing. */
export type CalendarFileProps = { events: ListedEvent[]; name: string; description?: string; path: string };

/** /events/<slug>.ics: one event. */
export async function eventCalendarRoutes() {
  const { index } = await getSiteData();
  const keys = cacheKeys(index);
  return [...index.eventsBySlug.values()].map((listed) => {
    const { slug, title } = listed.event;
    const props: CalendarFileProps = { events: [listed], name: title, path: paths.eventIcs(slug) };
    return route(keys, { path: props.path, params: { slug }, props });
  });
}

/** /tags/<tag>.ics for each tag that has events (an empty feed would only confuse subscribers). */
export async function tagCalendarRoutes() {
  const { index } = await getSiteData();
  const keys = cacheKeys(index);
  return [...index.tags.values()]
    .filter((group) => group.events.length > 0)
    .map((group) => {
      const props: CalendarFileProps = {
        events: group.events,
        name: `${site.title}: ${group.name}`,
        description: `Events tagged ${group.name}.`,
        path: paths.tagIcs(group.slug),
      };
      return route(keys, { path: props.path, params: { tag: group.slug }, props });
    });
}

/** The text of a calendar file: exactly its props, laid out by src/lib/ical.ts. */
export function calendarFile({ events, name, description, path }: CalendarFileProps): string {
  return buildCalendar(events, {
    name,
    ...(description !== undefined && { description }),
    siteUrl: site.url,
    path,
    product: site.title,
    siteTimeZone: site.timeZone,
  });
}

export const robots = (): string => robotsTxt(site.url);
