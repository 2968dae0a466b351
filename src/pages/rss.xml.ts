import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { newsFeed } from '../data/feeds.ts';

export const GET: APIRoute = async () => rss(await newsFeed());
