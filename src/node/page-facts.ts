/**
 * What the build knows about each page that the sitemap needs: whether it asked
 * not to be indexed, and when its content last changed. The data layer notes
 * them while it computes the pages' props (every page of a dynamic route, copied
 * from the last build or not); the sitemap integration reads them after the
 * build, instead of reading them back out of the written HTML.
 */
export interface PageFacts {
  noindex?: boolean;
  /** ISO 8601 with offset, e.g. an article's `updated`. */
  modified?: string;
}

// Shared through globalThis: the pages' bundle and the integrations are separate module instances in one process.
const KEY = Symbol.for('digital-health-calendar.page-facts');
const holder = globalThis as typeof globalThis & { [KEY]?: Map<string, PageFacts> };

/** Notes the facts of the page at `path` (`/news/summit/`). */
export function notePageFacts(path: string, facts: PageFacts): void {
  (holder[KEY] ??= new Map()).set(path, facts);
}

/** Every noted page's facts, by path (pages not noted are indexable and have no date); undefined when no page was noted in this process. */
export function notedPageFacts(): ReadonlyMap<string, PageFacts> | undefined {
  return holder[KEY];
}
