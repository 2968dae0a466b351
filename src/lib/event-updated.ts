/**
 * When a writer last changed an event: its optional `updated` field, read in
 * the site's zone as an article's is (a date alone is the start of that day).
 * Calendars take LAST-MODIFIED and SEQUENCE from it (ical.ts), so a changed
 * event replaces the copy subscribers have; the page and the sitemap show it.
 * Never the build clock, never git: two builds of one commit, however it was
 * cloned, say the same.
 */
import type { EventFields } from './validation/fields.ts';
import { instantOf, isoWithOffset } from './zoned-time.ts';

type EventChange = Pick<EventFields, 'updated' | 'updatedTime'>;

export function eventUpdatedAt(event: EventChange, siteTimeZone: string): Date | undefined {
  return event.updated ? instantOf(event.updated, event.updatedTime ?? '00:00', siteTimeZone) : undefined;
}

/** The same as ISO 8601 with the site zone's offset, for `<time datetime>` and the sitemap. */
export function eventUpdatedIso(event: EventChange, siteTimeZone: string): string | undefined {
  return event.updated ? isoWithOffset(event.updated, event.updatedTime ?? '00:00', siteTimeZone) : undefined;
}
