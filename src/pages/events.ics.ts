import type { APIRoute } from 'astro';
import { allEventsCalendar } from '../data/feeds.ts';
import { CALENDAR_CONTENT_TYPE } from '../lib/ical.ts';

export const GET: APIRoute = async () =>
  new Response(await allEventsCalendar(), { headers: { 'Content-Type': CALENDAR_CONTENT_TYPE } });
