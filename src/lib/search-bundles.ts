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

/** The attribute of the one element of a page that Pagefind indexes. */
export const PAGEFIND_BODY = 'data-pagefind-body';

const INDEXED_PATH = new RegExp(`^/(${INDEXED_FOLDERS.join('|')})/([^/]+)/?$`);

/**
 * The URL a page would have in the index, `/events/<slug>/` or
 * `/news/<slug>/`, from its path with or without the closing slash; undefined
 * for any other path. Whether it is indexed is up to the page
 * (`data-pagefind-body`): `/events/past/` and `/news/2/` have this shape too.
 */
export function indexedPageUrl(pathname: string): string | undefined {
  const match = INDEXED_PATH.exec(pathname);
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

const ANY_ATTRIBUTE = 'data-pagefind-';

/**
 * What Pagefind needs of a page: its `<html>` tag (the language) and the one
 * element marked `data-pagefind-body`, which holds everything it indexes
 * (text, filters, sort keys, metadata). About half of an event page is its
 * header, navigation, footer and head, which Pagefind would parse only to
 * skip. Any other `data-pagefind-` attribute outside that element, or more
 * than one such element, and the page goes whole: nothing it marks is lost.
 */
export function searchablePart(page: string): string {
  const mark = page.indexOf(PAGEFIND_BODY);
  if (mark < 0 || page.indexOf(PAGEFIND_BODY, mark + 1) >= 0) return page;
  const open = page.lastIndexOf('<', mark);
  const tag = /^<([a-z][a-z0-9-]*)/.exec(page.slice(open, mark))?.[1];
  const html = /<html\b[^>]*>/i.exec(page);
  if (!tag || !html) return page;
  const close = closingTagEnd(page, tag, open);
  if (close < 0) return page;
  const outside = page.slice(0, open) + page.slice(close);
  if (outside.includes(ANY_ATTRIBUTE)) return page;
  return `<!DOCTYPE html>${html[0]}<head></head><body>${page.slice(open, close)}</body></html>`;
}

/** Where the element opened at `open` ends (after its closing tag), counting nested elements of the same name; -1 if never. */
function closingTagEnd(page: string, tag: string, open: number): number {
  const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  tags.lastIndex = open;
  let depth = 0;
  for (let m = tags.exec(page); m; m = tags.exec(page)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return -1;
}
