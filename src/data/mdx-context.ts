/**
 * What the site's MDX components show besides what the writer gave them
 * (src/components/mdx/): the address of the event a <MapLink /> stands in,
 * and the upcoming events of each tag a <RelatedEvents tag="..."> names
 * (which the loader read from the body). Part of the page's props, so of its key.
 */
import { whenView, type WhenView } from '../lib/event-view.ts';
import type { EventData } from '../lib/model.ts';
import { paths } from '../lib/paths.ts';
import type { SiteIndex } from '../lib/site-index.ts';
import { tagKey } from '../lib/tags.ts';
import { site } from '../site.config.ts';

export interface RelatedEventsView {
  /** The tag as the site shows it. */
  name: string;
  href: string;
  /** Upcoming events with the tag, soonest first, without the page's own. */
  events: { title: string; href: string; when: WhenView }[];
}

export interface MdxContext {
  /** On an event page: its address, else its location, for <MapLink /> without one. */
  address?: string;
  /** By the tag as the body writes it. */
  related: Record<string, RelatedEventsView>;
}

const upcomingSets = new WeakMap<SiteIndex, Set<unknown>>();

export function mdxContext(
  index: SiteIndex,
  { path, relatedTags = [], event }: { path: string; relatedTags?: readonly string[]; event?: EventData },
): MdxContext {
  let upcoming = upcomingSets.get(index);
  if (!upcoming) upcomingSets.set(index, (upcoming = new Set(index.upcoming)));
  const related: Record<string, RelatedEventsView> = {};
  for (const tag of relatedTags) {
    const group = index.tagsByKey.get(tagKey(tag));
    const name = group?.name ?? tag;
    related[tag] = {
      name,
      href: paths.tag(name),
      events: (group?.events ?? [])
        .filter((listed) => upcoming.has(listed) && paths.event(listed.event.slug) !== path)
        .map((listed) => ({
          title: listed.event.title,
          href: paths.event(listed.event.slug),
          when: whenView(listed.occurrence, site),
        })),
    };
  }
  const address = event?.address ?? event?.location;
  return { ...(address !== undefined && { address }), related };
}
