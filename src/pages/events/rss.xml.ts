import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { upcomingEventsFeed } from '../../data/feeds.ts';

export const GET: APIRoute = async () => rss(await upcomingEventsFeed());
