/**
 * The search index: one Pagefind bundle of every published event and article,
 * at /pagefind/, which every search on /search/ queries whole.
 *
 * Why one bundle (measured in docs/performance.md, "What search costs"): a
 * search has to load every bundle's list of pages whichever way the pages are
 * split, so splitting saves the reader nothing; each extra bundle adds its own
 * index chunks for every query word (+12 KiB for "health", +80 KiB for a
 * three-word query at 10,000 + 10,000), scores pages against its own word
 * counts rather than the whole site's, and sorts and filters across bundles
 * only approximately.
 */

/** Where the bundle is written in the output, and served from. */
export const PAGEFIND_DIR = 'pagefind';
export const PAGEFIND_PATH = `/${PAGEFIND_DIR}/`;

/**
 * Folders of the output whose `<slug>/index.html` pages are indexed: event
 * and article pages, which mark their `<article>` `data-pagefind-body`. List
 * pages in these folders (`/events/past/2/`) have no such element and are left out.
 */
export const INDEXED_FOLDERS = ['events', 'news'] as const;

/**
 * The URL a page would have in the index, `/events/<slug>/` or
 * `/news/<slug>/`, from its path with or without the closing slash; undefined
 * for any other path. Whether it is indexed is up to the page
 * (`data-pagefind-body`): `/events/past/` and `/news/2/` have this shape too.
 */
export function indexedPageUrl(pathname: string): string | undefined {
  const match = /^\/(events|news)\/([^/]+)\/?$/.exec(pathname);
  return match ? `/${match[1]}/${match[2]}/` : undefined;
}

/** The order pages go into the index: by URL, code unit by code unit, the same on every machine. */
export function compareUrls(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The order the build renders pages in: pages that may be indexed first, by
 * URL, then the rest as given. Pagefind can then take each indexed page as it
 * is written, in the order its index needs, and build its files while the
 * calendar, tag pages and feeds are still being written.
 */
export function indexedPagesFirst<T>(paths: readonly T[], indexedUrl: (path: T) => string | undefined): T[] {
  const indexed: { url: string; path: T }[] = [];
  const rest: T[] = [];
  for (const path of paths) {
    const url = indexedUrl(path);
    if (url === undefined) rest.push(path);
    else indexed.push({ url, path });
  }
  indexed.sort((a, b) => compareUrls(a.url, b.url));
  return [...indexed.map((i) => i.path), ...rest];
}
