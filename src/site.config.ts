/**
 * Site settings in one place. Everything that differs between two sites built
 * from this code lives here; src/lib takes these values as parameters.
 */
import { enUS } from 'date-fns/locale/en-US';

export const site = {
  title: 'Digital Health Calendar',
  description: 'Digital-health events and news: conferences, webinars and reporting on health IT.',
  /** Absolute base URL, no trailing slash; used for canonical links, feeds and sitemaps. */
  url: 'https://digital-health-calendar.netlify.app',
  /** The zone dates without a `timezone` are read in, and the calendar's "today". */
  timeZone: 'America/New_York',
  locale: 'en-US',
  /** Weekday and month names in dates (date-fns); the language of `locale`. */
  dateNames: enUS,
  /** 1 = Monday (ISO weeks), as printed European and ISO calendars do. */
  weekStartsOn: 1 as const,
  /** Items per page on /news/ and /events/past/. */
  pageSize: 20,
  /** How many upcoming events and articles the home page shows. */
  homeCount: 6,
  /**
   * An event that ends on a later day before this wall-clock time belongs only to
   * the days before (a 20:00-01:00 party is one evening, not two days), like the
   * "end of day cutoff" in established events plugins.
   */
  dayCutoff: '06:00',
  /** Open-ended recurrences are expanded this many months past the build date. */
  recurrenceHorizonMonths: 18,
} as const;

export type SiteConfig = typeof site;
