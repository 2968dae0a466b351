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
