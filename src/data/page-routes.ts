/**
 * The pages of dynamic routes, each with its `cacheKey` for Astro's incremental
 * build (src/lib/cache-key.ts explains the rule): a hash of exactly the props
 * the page renders, of its body (source, Markdown configuration and images),
 * and of the runtime's zone and locale data (src/node/runtime-facts.ts), which
 * every page's dates and instants come from. Pages and components compute
 * nothing of their own (README, "How the code is laid out"), so the key cannot
 * miss an input: there is no list of reads to keep in step.
 */
import { CacheKeys } from '../lib/cache-key.ts';
import type { SiteIndex } from '../lib/site-index.ts';
import { notePageFacts, type PageFacts } from '../node/page-facts.ts';
import { runtimeFacts } from '../node/runtime-facts.ts';
import { isCard } from './cards.ts';

const keysByIndex = new WeakMap<SiteIndex, CacheKeys>();
const RUNTIME = runtimeFacts();

/** Keys for this build's index, with every event and article hashed once (cards are hashed when first met). */
export function cacheKeys(index: SiteIndex): CacheKeys {
  let keys = keysByIndex.get(index);
  if (!keys) {
    keys = new CacheKeys({ shareWhenMet: isCard });
    for (const { event } of index.eventsBySlug.values()) keys.share(event);
    for (const article of index.articles) keys.share(article);
    keysByIndex.set(index, keys);
  }
  return keys;
}

export interface Route<P> {
  params: Record<string, string | undefined>;
  props: P;
  cacheKey: string;
}

export interface RouteSpec<P> {
  /** The page's address, e.g. `/news/summit/`. */
  path: string;
  params: Record<string, string | undefined>;
  props: P;
  /** What the sitemap says of the page. */
  facts?: PageFacts;
  /** The key of the body the page renders (entry-bodies.ts), when it renders one. */
  body?: string;
}

/** A page of a dynamic route, keyed by construction. */
export function route<P extends object>(
  keys: CacheKeys,
  { path, params, props, facts = {}, body }: RouteSpec<P>,
): Route<P> {
  notePageFacts(path, facts);
  return { params, props, cacheKey: keys.of(RUNTIME, props, body ?? null) };
}
