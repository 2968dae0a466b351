import type { APIRoute, GetStaticPaths } from 'astro';
import { eventCalendarRoutes } from '../../data/feeds.ts';
import { CALENDAR_CONTENT_TYPE } from '../../lib/ical.ts';

export const getStaticPaths = (() => eventCalendarRoutes()) satisfies GetStaticPaths;

export const GET: APIRoute<{ calendar: string }> = ({ props }) =>
  new Response(props.calendar, { headers: { 'Content-Type': CALENDAR_CONTENT_TYPE } });
