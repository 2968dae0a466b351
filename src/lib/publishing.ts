/**
 * The one rule for what a build publishes (drafts and scheduled articles), and
 * for what counts as upcoming. `now` is passed in; nothing here reads the clock.
 */
import { articlePublishedAt } from './article-dates.ts';
import type { ArticleData, EventData } from './model.ts';
import { occurrenceEnd, type Occurrence } from './occurrences.ts';
import { instantOf } from './zoned-time.ts';

export type Visibility = 'published' | 'draft' | 'scheduled';

export interface PublishOptions {
  now: Date;
  /** The dev server shows drafts and scheduled articles, marked; production builds never do. */
  includeUnpublished: boolean;
  siteTimeZone: string;
}

export function articleVisibility(
  article: ArticleData,
  { now, siteTimeZone }: Omit<PublishOptions, 'includeUnpublished'>,
): Visibility {
  if (article.draft) return 'draft';
  return articlePublishedAt(article, siteTimeZone).getTime() > now.getTime() ? 'scheduled' : 'published';
}

export function eventVisibility(event: EventData): Visibility {
  return event.draft ? 'draft' : 'published';
}

export function isShown(visibility: Visibility, options: Pick<PublishOptions, 'includeUnpublished'>): boolean {
  return visibility === 'published' || options.includeUnpublished;
}

/** The instant an occurrence is over: its end time, or the end of its last day in its zone. */
export function occurrenceEndsAt(occurrence: Occurrence): Date {
  const end = occurrenceEnd(occurrence);
  return instantOf(end.date, end.time, occurrence.event.timezone);
}

/** The instant an occurrence begins (midnight of its first day for an all-day event). */
export function occurrenceStartsAt(occurrence: Occurrence): Date {
  return instantOf(occurrence.start, occurrence.startTime ?? '00:00', occurrence.event.timezone);
}

/** Upcoming means not over yet: an event in progress counts as upcoming. */
export function isUpcoming(occurrence: Occurrence, now: Date): boolean {
  return occurrenceEndsAt(occurrence).getTime() > now.getTime();
}

export interface PastMarker {
  /** The UTC instant the occurrence is over (ISO 8601), for `data-ends-at`. */
  endsAt: string;
  /** Over when the site was built; the reader's-clock script marks the rest. */
  past: boolean;
}

/** What the page says about an occurrence being over: at build time, and for the script that re-checks it on the reader's clock. */
export function pastMarker(occurrence: Occurrence, now: Date): PastMarker {
  const endsAt = occurrenceEndsAt(occurrence);
  return { endsAt: endsAt.toISOString(), past: endsAt.getTime() <= now.getTime() };
}
