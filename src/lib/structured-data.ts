/**
 * schema.org JSON-LD for event and article pages, and its safe serialisation.
 * Dates come from the same views the page prints (`whenView`), so the JSON-LD
 * and the visible <time datetime> can never disagree.
 */
import { articleTimes } from './article-dates.ts';
import { placeOf } from './event-place.ts';
import type { ArticleData, EventData } from './model.ts';
import type { Occurrence } from './occurrences.ts';
import { absoluteUrl, paths } from './paths.ts';
import { whenView, type WhenSettings } from './event-view.ts';
import { DEFAULT_SHARE_IMAGE, type ShareImage } from './share-image.ts';

export type JsonLd = Record<string, unknown>;

export interface SiteInfo extends WhenSettings {
  url: string;
  title: string;
}

const STATUS: Record<EventData['status'], string> = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
};

function attendanceMode(event: EventData): string {
  const { name, online } = placeOf(event);
  if (name && online) return 'https://schema.org/MixedEventAttendanceMode';
  return online ? 'https://schema.org/OnlineEventAttendanceMode' : 'https://schema.org/OfflineEventAttendanceMode';
}

function eventLocation(event: EventData): JsonLd[] {
  const { name, online } = placeOf(event);
  const out: JsonLd[] = [];
  if (name) {
    out.push({
      '@type': 'Place',
      name,
      // schema.org allows a plain-text address; only a writer's full address is a PostalAddress.
      address: event.address ? { '@type': 'PostalAddress', streetAddress: event.address } : name,
    });
  }
  if (online) out.push({ '@type': 'VirtualLocation', url: online });
  return out;
}

/** The page's shared picture (its own 1200x630 copy, else the site's default), as an absolute URL. */
const imageUrl = (site: SiteInfo, image: ShareImage | undefined) =>
  absoluteUrl(site.url, (image ?? DEFAULT_SHARE_IMAGE).url);

/** An Event for the occurrence the page shows (the next one of a recurring event). */
export function eventJsonLd(occurrence: Occurrence, site: SiteInfo, image?: ShareImage): JsonLd {
  const { event } = occurrence;
  const when = whenView(occurrence, site);
  const location = eventLocation(event);
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    startDate: when.startAttr,
    endDate: when.endAttr,
    eventStatus: STATUS[event.status],
    eventAttendanceMode: attendanceMode(event),
    ...(location.length > 0 && { location: location.length === 1 ? location[0] : location }),
    ...(event.organizer && { organizer: { '@type': 'Organization', name: event.organizer } }),
    url: absoluteUrl(site.url, paths.event(event.slug)),
    description: event.summary,
    image: [imageUrl(site, image)],
  };
}

export function articleJsonLd(article: ArticleData, site: SiteInfo, image?: ShareImage): JsonLd {
  const { published, modified } = articleTimes(article, site.timeZone);
  const url = absoluteUrl(site.url, paths.article(article.slug));
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.summary,
    datePublished: published,
    dateModified: modified,
    ...(article.authors.length > 0 && { author: article.authors.map((name) => ({ '@type': 'Person', name })) }),
    image: [imageUrl(site, image)],
    publisher: { '@type': 'Organization', name: site.title, url: absoluteUrl(site.url, paths.home()) },
    mainEntityOfPage: url,
    url,
  };
}

export interface Crumb {
  name: string;
  path: string;
}

export function breadcrumbJsonLd(crumbs: readonly Crumb[], siteUrl: string): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      item: absoluteUrl(siteUrl, crumb.path),
    })),
  };
}

/**
 * JSON for inside <script type="application/ld+json">. Escaping `<` (and `>`,
 * `&`) as \u003c keeps `</script>` or `<!--` in a title from ending the
 * element; U+2028/2029 are escaped for old JavaScript parsers. JSON.parse
 * reads the escapes back to the same characters.
 */
export function serializeJsonLd(data: JsonLd | readonly JsonLd[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Everything an event page puts in its head: the Event and its breadcrumb trail. */
export function eventPageJsonLd(occurrence: Occurrence, site: SiteInfo, image?: ShareImage): JsonLd[] {
  const { event } = occurrence;
  return [
    eventJsonLd(occurrence, site, image),
    breadcrumbJsonLd(
      [
        { name: site.title, path: paths.home() },
        { name: 'Events', path: paths.events() },
        { name: event.title, path: paths.event(event.slug) },
      ],
      site.url,
    ),
  ];
}

export function articlePageJsonLd(article: ArticleData, site: SiteInfo, image?: ShareImage): JsonLd[] {
  return [
    articleJsonLd(article, site, image),
    breadcrumbJsonLd(
      [
        { name: site.title, path: paths.home() },
        { name: 'News', path: paths.news() },
        { name: article.title, path: paths.article(article.slug) },
      ],
      site.url,
    ),
  ];
}
