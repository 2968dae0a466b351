/**
 * The pages `npm run lighthouse` audits: one of each type a reader lands on,
 * chosen from a built site by following its own links, so the choice stays
 * right as content changes:
 *  - `event`: the first event on /events/ (the next upcoming one);
 *  - `month`: the month /calendar/ shows (its canonical URL, the build's current month);
 *  - `day`: the first day with events linked from that month;
 *  - `article`: `preferredArticle` when it is built, else the newest on /news/;
 *  - `tag`: the article's first tag (else the event's);
 *  - `search`: /search/ with `?q=query`, results included.
 * Pure: the built pages come in through `html(urlPath)`.
 */
import { load } from 'cheerio';

export const PAGE_NAMES = ['home', 'events', 'event', 'month', 'day', 'news', 'article', 'tag', 'search'] as const;
export type PageName = (typeof PAGE_NAMES)[number];

export interface AuditedPage {
  name: PageName;
  /** Path and query, e.g. `/events/` or `/search/?q=fhir`. */
  path: string;
}

export interface PageChoiceOptions {
  /** The article to prefer, by slug (the page /news/<slug>/). */
  preferredArticle: string;
  /** The search page's query. */
  query: string;
}

export const DEFAULT_PAGE_CHOICE: PageChoiceOptions = {
  // A long article with non-ASCII text (Vietnamese names) and three tags.
  preferredArticle: 'vietnam-announces-expansion-of-ehrs-nationally',
  query: 'fhir',
};

/** `html` gives a built page's HTML by its URL path (`/dir/`), or undefined when the site has no such page. */
export type BuiltPages = (urlPath: string) => string | undefined;

/** Internal links inside `<main>` of a page, in document order, that match `pattern`. */
function linksIn(html: string | undefined, pattern: RegExp): string[] {
  if (html === undefined) return [];
  const $ = load(html);
  return $('main a[href]')
    .map((_, el) => $(el).attr('href') ?? '')
    .get()
    .filter((href) => pattern.test(href));
}

function canonicalPath(html: string | undefined): string | undefined {
  if (html === undefined) return undefined;
  const href = load(html)('link[rel="canonical"]').attr('href');
  return href ? new URL(href, 'http://site.invalid').pathname : undefined;
}

const EVENT = /^\/events\/(?!past\/)[^/]+\/$/;
const DAY = /^\/calendar\/\d{4}\/\d{2}\/\d{2}\/$/;
const ARTICLE = /^\/news\/(?!\d+\/)[^/]+\/$/;
const TAG = /^\/tags\/[^/]+\/$/;

/**
 * The pages to audit, in the order of PAGE_NAMES, as far as the site has them;
 * `problems` says which types it could not find.
 */
export function choosePages(
  html: BuiltPages,
  options: PageChoiceOptions = DEFAULT_PAGE_CHOICE,
): { pages: AuditedPage[]; problems: string[] } {
  const event = linksIn(html('/events/'), EVENT)[0];
  const month = canonicalPath(html('/calendar/'));
  const day = linksIn(month === undefined ? undefined : html(month), DAY)[0];
  const preferred = `/news/${options.preferredArticle}/`;
  const article = html(preferred) === undefined ? linksIn(html('/news/'), ARTICLE)[0] : preferred;
  const tag =
    linksIn(article === undefined ? undefined : html(article), TAG)[0] ??
    linksIn(event === undefined ? undefined : html(event), TAG)[0];
  const candidates: Record<PageName, string | undefined> = {
    home: '/',
    events: '/events/',
    event,
    month,
    day,
    news: '/news/',
    article,
    tag,
    search: '/search/',
  };
  const pages: AuditedPage[] = [];
  const problems: string[] = [];
  for (const name of PAGE_NAMES) {
    const path = candidates[name];
    if (path === undefined || html(path) === undefined) {
      problems.push(`no ${name} page found in the built site`);
      continue;
    }
    pages.push({ name, path: name === 'search' ? `${path}?q=${encodeURIComponent(options.query)}` : path });
  }
  return { pages, problems };
}
