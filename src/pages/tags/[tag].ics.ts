import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarFile, tagCalendarRoutes, type CalendarFileProps } from '../../data/feeds.ts';
import { CALENDAR_CONTENT_TYPE } from '../../lib/ical.ts';

export const getStaticPaths = (() => tagCalendarRoutes()) satisfies GetStaticPaths;

export const GET: APIRoute<CalendarFileProps> = ({ props }) =>
  new Response(calendarFile(props), { headers: { 'Content-Type': CALENDAR_CONTENT_TYPE } });
