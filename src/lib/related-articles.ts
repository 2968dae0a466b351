/**
 * What an article page links to besides its tags: the published articles just
 * before and after it in time, and up to three related by shared tags (most
 * tags in common first, then the newest; never itself, never a draft or a
 * scheduled article). Computed once per build for every article, from one
 * order and one index by tags, so no page scans all articles: at 10,000
 * articles the whole site takes a fraction of a second.
 */
import type { ArticleData } from './model.ts';
import { articleSortKey } from './site-index.ts';
import { tagKey } from './tags.ts';

export interface ArticleLinks {
  /** The published article just before it in time (older). */
  previous?: ArticleData;
  /** The published article just after it (newer). */
  next?: ArticleData;
  /** Published articles with tags in common, best first. */
  related: ArticleData[];
}

/** Newest first, as /news/ lists them; made total by the slug, so ties never depend on the order files were read. */
function newestFirst(a: ArticleData, b: ArticleData): number {
  return (
    articleSortKey(b).localeCompare(articleSortKey(a)) ||
    a.title.localeCompare(b.title) ||
    (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0)
  );
}

/**
 * The links of every article in `articles` (by slug). Only articles for which
 * `isPublished` holds are linked to; the others (drafts and scheduled articles,
 * which only the dev server shows) still get links to published ones.
 */
export function articleLinks(
  articles: readonly ArticleData[],
  isPublished: (article: ArticleData) => boolean,
  relatedCount = 3,
): Map<string, ArticleLinks> {
  const ordered = [...articles].sort(newestFirst);
  const published = ordered.filter(isPublished);
  const links = new Map<string, ArticleLinks>();

  // Neighbours: the nearest published article on each side, one pass each way.
  let newer: ArticleData | undefined;
  for (const article of ordered) {
    links.set(article.slug, { ...(newer && { next: newer }), related: [] });
    if (isPublished(article)) newer = article;
  }
  let older: ArticleData | undefined;
  for (const article of ordered.toReversed()) {
    const own = links.get(article.slug);
    if (own && older) own.previous = older;
    if (isPublished(article)) older = article;
  }

  const related = new RelatedIndex(published);
  for (const article of ordered) {
    const own = links.get(article.slug);
    if (own) own.related = related.of(article, relatedCount);
  }
  return links;
}

interface Ranked {
  article: ArticleData;
  shared: number;
  position: number;
}

const byRank = (a: Ranked, b: Ranked) => b.shared - a.shared || a.position - b.position;

/**
 * Articles with at most this many tags are found through the sets of tags they
 * share (2^8 - 1 = 255 sets for the most tagged); the rare article with more
 * is compared one by one, so no writer's long list of tags makes a build slow.
 */
const MAX_INDEXED_TAGS = 8;

/** The non-empty subsets of `keys` (sorted), as index keys, largest first. */
function subsetsOf(keys: readonly string[]): string[][] {
  const bySize: string[][] = keys.map(() => []);
  for (let mask = 1; mask < 2 ** keys.length; mask++) {
    const subset = keys.filter((_, i) => mask & (1 << i));
    bySize[subset.length - 1]?.push(subset.join(' '));
  }
  return bySize.toReversed();
}

/**
 * Published articles by every set of tags they have: under "ehr fhir" are the
 * articles with both, newest first. Finding an article's best related ones then
 * walks, from all its tags down to one, the lists of its own sets of that size:
 * an article that shares exactly those tags is in exactly one of them, and
 * better ones were taken at the sizes before. Each list is read only for as
 * many entries as are still wanted, so no broad tag's long list is walked.
 */
class RelatedIndex {
  readonly #position = new Map<ArticleData, number>();
  readonly #keys = new Map<ArticleData, string[]>();
  readonly #bySubset = new Map<string, ArticleData[]>();
  /** Published articles with more than MAX_INDEXED_TAGS tags. */
  readonly #manyTags = new Set<ArticleData>();
  /** Published articles by each tag, newest first: for an article with many tags. */
  readonly #byTag = new Map<string, ArticleData[]>();

  constructor(published: readonly ArticleData[]) {
    published.forEach((article, i) => {
      this.#position.set(article, i);
      const keys = this.#keysOf(article);
      for (const key of keys) push(this.#byTag, key, article);
      if (keys.length > MAX_INDEXED_TAGS) this.#manyTags.add(article);
      else for (const size of subsetsOf(keys)) for (const subset of size) push(this.#bySubset, subset, article);
    });
  }

  /** An article's tag keys (tags.ts decides which spellings are one tag), sorted. */
  #keysOf(article: ArticleData): string[] {
    let keys = this.#keys.get(article);
    if (!keys) this.#keys.set(article, (keys = [...new Set(article.tags.map(tagKey))].sort()));
    return keys;
  }

  #ranked(article: ArticleData, shared: number): Ranked {
    return { article, shared, position: this.#position.get(article) ?? Infinity };
  }

  #shared(mine: ReadonlySet<string>, other: ArticleData): number {
    return this.#keysOf(other).filter((key) => mine.has(key)).length;
  }

  /** The best `count` other published articles: most tags in common, then newest. */
  of(article: ArticleData, count: number): ArticleData[] {
    const keys = this.#keysOf(article);
    const mine = new Set(keys);
    const found = keys.length > MAX_INDEXED_TAGS ? this.#byCounting(article, mine) : this.#bySubsets(article, count);
    for (const other of this.#manyTags) {
      const shared = other === article ? 0 : this.#shared(mine, other);
      if (shared > 0) found.push(this.#ranked(other, shared));
    }
    return found
      .sort(byRank)
      .slice(0, count)
      .map((r) => r.article);
  }

  #bySubsets(article: ArticleData, count: number): Ranked[] {
    const chosen: Ranked[] = [];
    const taken = new Set<ArticleData>([article]);
    const bySize = subsetsOf(this.#keysOf(article));
    bySize.forEach((subsets, i) => {
      const wanted = count - chosen.length;
      if (wanted <= 0) return;
      const shared = bySize.length - i;
      const level: Ranked[] = [];
      for (const subset of subsets) {
        let from = 0;
        for (const other of this.#bySubset.get(subset) ?? []) {
          if (from === wanted) break;
          if (taken.has(other)) continue;
          level.push(this.#ranked(other, shared));
          from++;
        }
      }
      for (const r of level.sort(byRank).slice(0, wanted)) {
        chosen.push(r);
        taken.add(r.article);
      }
    });
    return chosen;
  }

  /** Counts tags in common over the article's tag lists: for the rare article with many tags. */
  #byCounting(article: ArticleData, mine: ReadonlySet<string>): Ranked[] {
    const shared = new Map<ArticleData, number>();
    for (const key of mine)
      for (const other of this.#byTag.get(key) ?? [])
        if (other !== article && !this.#manyTags.has(other)) shared.set(other, (shared.get(other) ?? 0) + 1);
    return [...shared].map(([other, n]) => this.#ranked(other, n));
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
