/**
 * The event pages, /events/<slug>/: everything each renders, as of this build.
 * The page template only lays these values out (src/pages/events/[slug].astro).
 */
import { googleCalendarUrl, outlookCalendarUrl, webcalUrl } from '../lib/calendar-links.ts';
import { eventPageView, type EventPageView } from '../lib/event-page.ts';
import { placeOf, type Place } from '../lib/event-place.ts';
import type { EventStatus } from '../lib/event-status.ts';
import { absoluteUrl, paths } from '../lib/paths.ts';
import { eventUpdatedIso } from '../lib/event-updated.ts';
import { pastMarker, type PastMarker } from '../lib/publishing.ts';
import { readerDate } from '../lib/reader-dates.ts';
import type { SearchRecord } from '../lib/search-meta.ts';
import type { ListedEvent } from '../lib/site-index.ts';
import type { ShareInfo } from '../lib/share-meta.ts';
import { eventPageJsonLd, type JsonLd } from '../lib/structured-data.ts';
import { site } from '../site.config.ts';
import { buildContext } from './build-context.ts';
import { bodyKey, bodyRef, type BodyRef } from './entry-bodies.ts';
import { leadPicture, shareImage, type PictureView } from './entry-images.ts';
import { mdxContext, type MdxContext } from './mdx-context.ts';
import { cacheKeys, route } from './page-routes.ts';
import { eventSearch } from './search-records.ts';
import { getSiteData, type SiteData } from './site-data.ts';
import { tagLinks, type TagLink } from './tag-links.ts';

/** Links that add this event to a calendar: offered only for an event that will happen. */
export interface AddLinks {
  ics: string;
  icsName: string;
  google: string;
  outlook: string;
  office: string;
  /** Links other than the .ics add only the next date. */
  recurring: boolean;
}

export interface AddToCalendarView {
  /** Absent for an event that will not happen as listed; `none` says why. */
  links?: AddLinks;
  none?: string;
  /** What the reader's-clock script says once the event is over, for a page built before it was. */
  overNote: string;
  /** The site's feed of every event, and its webcal:// form. */
  feed: string;
  webcal: string;
}

export type EventPageProps = {
  title: string;
  description: string;
  share: ShareInfo;
  jsonLd: JsonLd[];
  status: EventStatus;
  /** Over when its last occurrence (up to the horizon) is. */
  marker: PastMarker;
  /** Only the dev server shows drafts; it says so on the page. */
  draft: boolean;
  /** The event's own picture, at the top of the page. */
  image?: PictureView;
  view: EventPageView;
  place: Place;
  organizer?: string;
  url?: string;
  calendar: AddToCalendarView;
  /** When its writer last changed it (`updated`). */
  updated?: { datetime: string; text: string };
  body: BodyRef;
  mdx?: MdxContext;
  tags: TagLink[];
  search: SearchRecord;
};

const OVER = 'This event is over, so there is nothing to add to your calendar.';

/**
 * Add-to-calendar links only for an event that will happen: not one that is
 * cancelled, postponed without new dates, or over as of the build (a series
 * is over when its last date is). The reader's-clock script hides them once
 * the event is over, for pages built before it ended (PastEventScript.astro).
 */
function addToCalendar({ event, occurrence }: ListedEvent, marker: PastMarker): AddToCalendarView {
  const feed = absoluteUrl(site.url, paths.eventsIcs());
  const follow = { overNote: OVER, feed, webcal: webcalUrl(feed) };
  if (event.status === 'cancelled')
    return { ...follow, none: 'This event has been cancelled, so there is nothing to add to your calendar.' };
  if (event.status === 'postponed')
    return {
      ...follow,
      none: 'This event has been postponed and its new dates are not known yet, so there is nothing to add to your calendar. Subscribe below to get the new dates when they are announced.',
    };
  if (marker.past) return { ...follow, none: OVER };
  const details = {
    details: [event.summary, absoluteUrl(site.url, paths.event(event.slug))].filter(Boolean).join('\n\n'),
  };
  return {
    ...follow,
    links: {
      ics: paths.eventIcs(event.slug),
      icsName: `${event.slug}.ics`,
      google: googleCalendarUrl(occurrence, details),
      outlook: outlookCalendarUrl(occurrence, details),
      office: outlookCalendarUrl(occurrence, details, 'outlook.office.com'),
      recurring: Boolean(event.recurrence),
    },
  };
}

async function eventPageProps(data: SiteData, listed: ListedEvent): Promise<EventPageProps> {
  const { event } = listed;
  const entry = data.eventEntries.get(event.slug);
  if (!entry) throw new Error(`${event.file}: no stored entry for the event "${event.slug}"`);
  const path = paths.event(event.slug);
  const marker = pastMarker(listed.occurrences.at(-1) ?? listed.occurrence, buildContext.now);
  const updated = eventUpdatedIso(event, site.timeZone);
  const shared = await shareImage(event);
  const image = leadPicture(event);
  return {
    title: event.title,
    description: event.summary,
    share: { ...(shared && { image: shared }) },
    jsonLd: eventPageJsonLd(listed.occurrence, site, shared),
    status: event.status,
    marker,
    draft: event.draft,
    ...(image && { image }),
    view: eventPageView(listed, data.index.today, site),
    place: placeOf(event),
    ...(event.organizer && { organizer: event.organizer }),
    ...(event.url && { url: event.url }),
    calendar: addToCalendar(listed, marker),
    ...(updated && event.updated && { updated: { datetime: updated, text: readerDate(event.updated, site) } }),
    body: bodyRef(entry),
    ...(entry.filePath?.endsWith('.mdx') && {
      mdx: mdxContext(data.index, { path, event, relatedTags: entry.data.derived?.relatedTags ?? [] }),
    }),
    tags: tagLinks(data.index, event.tags),
    search: eventSearch(data.index, listed),
  };
}

export async function eventRoutes() {
  const data = await getSiteData();
  const keys = cacheKeys(data.index);
  return Promise.all(
    [...data.index.eventsBySlug.values()].map(async (listed) => {
      const slug = listed.event.slug;
      const entry = data.eventEntries.get(slug);
      const props = await eventPageProps(data, listed);
      return route(keys, {
        path: paths.event(slug),
        params: { slug },
        props,
        // The sitemap's lastmod: only a date the writer gave says when the page's content changed.
        ...(props.updated && { facts: { modified: props.updated.datetime } }),
        ...(entry && { body: bodyKey(entry) }),
      });
    }),
  );
}
