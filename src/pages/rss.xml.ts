import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSiteData } from '../data/site-data.ts';
import { articleFeedItems, channelData, FEED_NAMESPACES } from '../lib/feeds.ts';
import { absoluteUrl, paths } from '../lib/paths.ts';
import { site } from '../site.config.ts';

export const GET: APIRoute = async () => {
  const { index } = await getSiteData();
  return rss({
    title: `${site.title}: News`,
    description: site.description,
    site: site.url,
    xmlns: FEED_NAMESPACES,
    customData: channelData(absoluteUrl(site.url, paths.rss()), site.locale),
    items: articleFeedItems(index.articles, site),
  });
};
