/**
 * The `cacheKey` of each page that Astro's incremental build may copy from the
 * last build (src/lib/cache-key.ts explains the rule). Besides a page's props,
 * a key holds what its cards compute from the clock (past or not, scheduled or
 * not), so a page re-renders when an event ends, not every day.
 *
 * MDX bodies get no key: their components (RelatedEvents, MapLink) read other
 * events, which no single key can follow; they are a few percent of pages.
 */
import type { CollectionEntry } from 'astro:content';
import { CacheKeys } from '../lib/cache-key.ts';
import type { ArticleData } from '../lib/model.ts';
import type { Occurrence } from '../lib/occurrences.ts';
import { articleVisibility, pastMarker } from '../lib/publishing.ts';
import type { SiteIndex } from '../lib/site-index.ts';
import { site } from '../site.config.ts';
import { buildContext } from './build-context.ts';

const keysByIndex = new WeakMap<SiteIndex, CacheKeys>();

/** Keys for this build's index, with every event and article hashed once. */
export function cacheKeys(index: SiteIndex): CacheKeys {
  let keys = keysByIndex.get(index);
  if (!keys) {
    keys = new CacheKeys();
    for (const { event } of index.eventsBySlug.values()) keys.share(event);
    for (const article of index.articles) keys.share(article);
    keysByIndex.set(index, keys);
  }
  return keys;
}

/** What an EventCard shows from the clock. */
export const pastFlags = (occurrences: readonly Occurrence[]) =>
  occurrences.map((o) => pastMarker(o, buildContext.now).past);

/** What an ArticleCard shows from the clock. */
export const articleFlags = (articles: readonly ArticleData[]) =>
  articles.map((a) => articleVisibility(a, { now: buildContext.now, siteTimeZone: site.timeZone }));

/** A page rendering `entry`'s body: its digest stands for the body; MDX bodies are never copied. */
export function bodyKey(entry: CollectionEntry<'events'> | CollectionEntry<'articles'>): string | undefined {
  if (entry.filePath?.endsWith('.mdx') || entry.digest === undefined) return undefined;
  return String(entry.digest);
}
