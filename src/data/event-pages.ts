/**
 * The event pages, /events/<slug>/: everything each renders, as of this build.
 * The page template only lays these values out (src/pages/events/[slug].astro).
 */
import { googleCalendarUrl, outlookCalendarUrl, webcalUrl } from '../lib/calendar-links.ts';
import { eventPageView, type EventPageView } from '../lib/event-page.ts';
import { placeOf, type Place } from '../lib/event-place.ts';
import type { EventStatus } from '../lib/event-status.ts';
import { absoluteUrl, paths } from '../lib/paths.ts';
import { pastMarker, type PastMarker } from '../lib/publishing.ts';
import type { SearchRecord } from '../lib/search-meta.ts';
import type { ListedEvent } from '../lib/site-index.ts';
import type { ShareInfo } from '../lib/share-meta.ts';
import { eventPageJsonLd, type JsonLd } from '../lib/structured-data.ts';
import { site } from '../site.config.ts';
import { buildContext } from './build-context.ts';
import { bodyKey, bodyRef, type BodyRef } from './entry-bodies.ts';
import { mdxContext, type MdxContext } from './mdx-context.ts';
import { cacheKeys, route } from './page-routes.ts';
import { eventSearch } from './search-records.ts';
import { getSiteData, type SiteData } from './site-data.ts';
import { tagLinks, type TagLink } from './tag-links.ts';

export interface AddToCalendarView {
  ics: string;
  icsName: string;
  google: string;
  outlook: string;
  office: string;
  /** The site's feed of every event, and its webcal:// form. */
  feed: string;
  webcal: string;
  /** Links other than the .ics add only the next date. */
  recurring: boolean;
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
  view: EventPageView;
  place: Place;
  organizer?: string;
  url?: string;
  calendar: AddToCalendarView;
  body: BodyRef;
  mdx?: MdxContext;
  tags: TagLink[];
  search: SearchRecord;
};

function addToCalendar({ event, occurrence }: ListedEvent): AddToCalendarView {
  const details = {
    details: [event.summary, absoluteUrl(site.url, paths.event(event.slug))].filter(Boolean).join('\n\n'),
  };
  const feed = absoluteUrl(site.url, paths.eventsIcs());
  return {
    ics: paths.eventIcs(event.slug),
    icsName: `${event.slug}.ics`,
    google: googleCalendarUrl(occurrence, details),
    outlook: outlookCalendarUrl(occurrence, details),
    office: outlookCalendarUrl(occurrence, details, 'outlook.office.com'),
    feed,
    webcal: webcalUrl(feed),
    recurring: Boolean(event.recurrence),
  };
}

function eventPageProps(data: SiteData, listed: ListedEvent): EventPageProps {
  const { event } = listed;
  const entry = data.eventEntries.get(event.slug);
  if (!entry) throw new Error(`${event.file}: no stored entry for the event "${event.slug}"`);
  const path = paths.event(event.slug);
  return {
    title: event.title,
    description: event.summary,
    share: { ...(event.image && { image: event.image }), ...(event.imageAlt && { imageAlt: event.imageAlt }) },
    jsonLd: eventPageJsonLd(listed.occurrence, site),
    status: event.status,
    marker: pastMarker(listed.occurrences.at(-1) ?? listed.occurrence, buildContext.now),
    draft: event.draft,
    view: eventPageView(listed, data.index.today, site),
    place: placeOf(event),
    ...(event.organizer && { organizer: event.organizer }),
    ...(event.url && { url: event.url }),
    calendar: addToCalendar(listed),
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
  return [...data.index.eventsBySlug.values()].map((listed) => {
    const slug = listed.event.slug;
    const entry = data.eventEntries.get(slug);
    return route(keys, {
      path: paths.event(slug),
      params: { slug },
      props: eventPageProps(data, listed),
      ...(entry && { body: bodyKey(entry) }),
    });
  });
}
