import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../../data/site-data.ts';
import { cacheKeys } from '../../data/page-keys.ts';
import { buildCalendar, CALENDAR_CONTENT_TYPE } from '../../lib/ical.ts';
import { paths } from '../../lib/paths.ts';
import type { TagGroup } from '../../lib/site-index.ts';
import { site } from '../../site.config.ts';

// Tags with articles only get no calendar: an empty feed would only confuse subscribers.
export const getStaticPaths = (async () => {
  const { index } = await getSiteData();
  const keys = cacheKeys(index);
  return [...index.tags.values()]
    .filter((group) => group.events.length > 0)
    .map((group) => ({ params: { tag: group.slug }, props: { group }, cacheKey: keys.of(group.name, group.events) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { group } = props as { group: TagGroup };
  const body = buildCalendar(group.events, {
    name: `${site.title}: ${group.name}`,
    description: `Events tagged ${group.name}.`,
    siteUrl: site.url,
    path: paths.tagIcs(group.slug),
    product: site.title,
  });
  return new Response(body, { headers: { 'Content-Type': CALENDAR_CONTENT_TYPE } });
};
