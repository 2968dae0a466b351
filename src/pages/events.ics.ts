import type { APIRoute } from 'astro';
import { getSiteData } from '../data/site-data.ts';
import { buildCalendar, CALENDAR_CONTENT_TYPE } from '../lib/ical.ts';
import { paths } from '../lib/paths.ts';
import { site } from '../site.config.ts';

export const GET: APIRoute = async () => {
  const { index } = await getSiteData();
  const body = buildCalendar([...index.eventsBySlug.values()], {
    name: site.title,
    description: site.description,
    siteUrl: site.url,
    path: paths.eventsIcs(),
    product: site.title,
  });
  return new Response(body, { headers: { 'Content-Type': CALENDAR_CONTENT_TYPE } });
};
