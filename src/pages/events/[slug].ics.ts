import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../../data/site-data.ts';
import { cacheKeys } from '../../data/page-keys.ts';
import { buildCalendar, CALENDAR_CONTENT_TYPE } from '../../lib/ical.ts';
import { paths } from '../../lib/paths.ts';
import type { ListedEvent } from '../../lib/site-index.ts';
import { site } from '../../site.config.ts';

export const getStaticPaths = (async () => {
  const { index } = await getSiteData();
  const keys = cacheKeys(index);
  return [...index.eventsBySlug.values()].map((listed) => ({
    params: { slug: listed.event.slug },
    props: { listed },
    cacheKey: keys.of(listed),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { listed } = props as { listed: ListedEvent };
  const body = buildCalendar([listed], {
    name: listed.event.title,
    siteUrl: site.url,
    path: paths.eventIcs(listed.event.slug),
    product: site.title,
  });
  return new Response(body, { headers: { 'Content-Type': CALENDAR_CONTENT_TYPE } });
};
