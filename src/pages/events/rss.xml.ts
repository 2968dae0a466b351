import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSiteData } from '../../data/site-data.ts';
import { channelData, eventFeedItems, FEED_NAMESPACES } from '../../lib/feeds.ts';
import { absoluteUrl, paths } from '../../lib/paths.ts';
import { site } from '../../site.config.ts';

export const GET: APIRoute = async () => {
  const { index } = await getSiteData();
  return rss({
    title: `${site.title}: Upcoming events`,
    description: 'Upcoming digital-health events, soonest first.',
    site: site.url,
    xmlns: FEED_NAMESPACES,
    customData: channelData(absoluteUrl(site.url, paths.eventsRss()), site.locale),
    items: eventFeedItems(index.upcoming, site),
  });
};
