/**
 * The /tags/ index: every tag once (tags.ts decides which spellings are one
 * tag), by the name its tag page shows, with how many events, upcoming events
 * and articles it has. Made from the site index's tag groups, so the counts
 * are those of the tag pages.
 */
import type { SiteIndex } from './site-index.ts';

export interface TagIndexEntry {
  /** The spelling the tag page shows. */
  name: string;
  /** The tag page's slug. */
  slug: string;
  events: number;
  /** Of `events`, those not over at build time. */
  upcoming: number;
  articles: number;
}

/** Every tag, by name in the site's language (case and accents aside, numbers in order), then by slug. */
export function tagIndex(index: Pick<SiteIndex, 'tags'>, locale: string): TagIndexEntry[] {
  const byName = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return [...index.tags.values()]
    .map((group) => ({
      name: group.name,
      slug: group.slug,
      events: group.events.length,
      upcoming: group.upcoming.length,
      articles: group.articles.length,
    }))
    .sort((a, b) => byName.compare(a.name, b.name) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** `3 events (1 upcoming), 2 articles`; a kind the tag has none of is left out. */
export function tagCounts({ events, upcoming, articles }: TagIndexEntry): string {
  const parts: string[] = [];
  if (events > 0) parts.push(`${count(events, 'event', 'events')}${upcoming > 0 ? ` (${upcoming} upcoming)` : ''}`);
  if (articles > 0) parts.push(count(articles, 'article', 'articles'));
  return parts.join(', ');
}
