/**
 * The one rule for what a build publishes (drafts and scheduled articles), and
 * for what counts as upcoming. `now` is passed in; nothing here reads the clock.
 */
import { addDays } from './calendar-date.ts';
import type { ArticleData, EventData } from './model.ts';
import type { Occurrence } from './occurrences.ts';
import { instantOf } from './zoned-time.ts';

export type Visibility = 'published' | 'draft' | 'scheduled';

export interface PublishOptions {
  now: Date;
  /** The dev server shows drafts and scheduled articles, marked; production builds never do. */
  includeUnpublished: boolean;
  siteTimeZone: string;
}

export function articleVisibility(article: ArticleData, { now, siteTimeZone }: Omit<PublishOptions, 'includeUnpublished'>): Visibility {
  if (article.draft) return 'draft';
  const publishAt = instantOf(article.date, article.time ?? '00:00', siteTimeZone);
  return publishAt.getTime() > now.getTime() ? 'scheduled' : 'published';
}

export function eventVisibility(event: EventData): Visibility {
  return event.draft ? 'draft' : 'published';
}

export function isShown(visibility: Visibility, options: Pick<PublishOptions, 'includeUnpublished'>): boolean {
  return visibility === 'published' || options.includeUnpublished;
}

/** The instant an occurrence is over: its end time, or the end of its last day in its zone. */
export function occurrenceEndsAt(occurrence: Occurrence): Date {
  const zone = occurrence.event.timezone;
  if (occurrence.endTime !== undefined) return instantOf(occurrence.end, occurrence.endTime, zone);
  return instantOf(addDays(occurrence.end, 1), '00:00', zone);
}

/** The instant an occurrence begins (midnight of its first day for an all-day event). */
export function occurrenceStartsAt(occurrence: Occurrence): Date {
  return instantOf(occurrence.start, occurrence.startTime ?? '00:00', occurrence.event.timezone);
}

/** Upcoming means not over yet: an event in progress counts as upcoming. */
export function isUpcoming(occurrence: Occurrence, now: Date): boolean {
  return occurrenceEndsAt(occurrence).getTime() > now.getTime();
}

