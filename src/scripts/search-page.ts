/**
 * The search page's script (bundled by Astro into an external file, so a
 * strict CSP needs no 'unsafe-inline'). It searches the whole site with
 * Pagefind's JS API (https://pagefind.app/docs/api/), loaded from the bundle
 * the page names, as the reader types or changes a menu; keeps the address in
 * step (`?q=fhir&type=event&sort=newest`), so reload, back and shared links
 * show the same results; and renders results into the page's list, ten at a
 * time, in the order src/lib/search-rank.ts gives.
 *
 * What the first search loads is kept small on purpose (docs/performance.md):
 * Pagefind loads a filter's file only when a search uses that filter, so the
 * menus' values and counts come with the page, not from Pagefind.
 */
import { nearTieRuns, rankWithinRuns } from '../lib/search-rank.ts';
import { SEARCH_KIND, SEARCH_SORT_UPCOMING } from '../lib/search-fields.ts';
import {
  describeResults,
  hasSearch,
  joinedSpellings,
  pagefindFilters,
  queryString,
  readQuery,
  type SearchQuery,
} from '../lib/search-query.ts';

/** The part of Pagefind's JS API this page uses (documented at pagefind.app/docs/api/). */
interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number> | undefined>;
}
interface PagefindOptions {
  filters?: Record<string, unknown>;
  sort?: Record<string, 'asc' | 'desc'>;
}
interface Pagefind {
  options(options: { excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: PagefindOptions): Promise<PagefindResponse>;
  debouncedSearch(term: string | null, options?: PagefindOptions, wait?: number): Promise<PagefindResponse | null>;
}

/** Results rendered at a time, and how many more a near-tie may need loaded to be ordered. */
const PAGE = 10;
const LOOKAHEAD = 5;
/** Typing waits this long for the next key before searching. */
const TYPING_MS = 200;
/** A `day` value no page has: filtering on "none of it" loads the day filter without narrowing the search. */
const NO_DAY = '0000-00-00';

interface Loaded {
  result: PagefindResult;
  data: PagefindData;
}

/** Where a search's results come from, a page at a time. */
interface ResultSource {
  total: number;
  remaining(): number;
  next(count: number): Promise<Loaded[]>;
}

/**
 * Searches the reader's words with the page's filters, and when they find
 * less than a page of results, also each of `joinedSpellings` ("viet nam" as
 * "vietnam"). Not always: Pagefind reads a word it does not know as its
 * longest known start ("mentalhealth" as "mental"), so a joined spelling of
 * words that are common apart would only add noise, and index chunks. The
 * first search of an update decides for the ones that follow. One response
 * per spelling, or null when a later keystroke took over (only the first
 * search of an update waits for typing to pause).
 */
type Searcher = (options: PagefindOptions) => Promise<PagefindResponse[] | null>;

function searcher(pf: Pagefind, q: string, filters: Record<string, unknown>, typing: boolean): Searcher {
  const [term = null, ...joined] = q ? [q, ...joinedSpellings(q)] : [];
  let others: string[] | undefined;
  return async (options) => {
    const merged = { ...options, filters: { ...filters, ...options.filters } };
    const first =
      typing && others === undefined
        ? await pf.debouncedSearch(term, merged, TYPING_MS)
        : await pf.search(term, merged);
    if (!first) return null;
    others ??= first.results.length < PAGE ? joined : [];
    return [first, ...(await Promise.all(others.map((other) => pf.search(other, merged))))];
  };
}

/** The results of several responses, each once: the first response's, then what the others add. */
function union(responses: readonly PagefindResponse[]): PagefindResult[] {
  const seen = new Set<string>();
  return responses.flatMap((response) => response.results.filter((r) => !seen.has(r.id) && seen.add(r.id)));
}

const load = async (result: PagefindResult): Promise<Loaded> => ({ result, data: await result.data() });

/**
 * Best match: Pagefind's order, with near-ties going to upcoming events
 * (known for every result from one sorted search) and then to newer items
 * (known once a result's data is loaded, so ordered among the loaded ones).
 * What only another spelling finds comes after what the words as typed find.
 */
async function bestMatch(search: Searcher): Promise<ResultSource | null> {
  const responses = await search({});
  if (!responses) return null;
  const [typed, ...others] = responses;
  const seen = new Set(typed!.results.map((r) => r.id));
  const added = union(others)
    .filter((r) => !seen.has(r.id))
    .sort((a, b) => b.score - a.score);
  // Sorted by the upcoming key, a result's score is minus its place among all upcoming events.
  const soon = new Map(
    union((await search({ sort: { [SEARCH_SORT_UPCOMING]: 'asc' } })) ?? []).map((r) => [r.id, -r.score]),
  );
  const typedRuns = nearTieRuns(typed!.results.map((r) => r.score));
  const offset = (typedRuns.at(-1) ?? -1) + 1;
  const addedRuns = nearTieRuns(added.map((r) => r.score)).map((run) => run + offset);
  type Item = {
    result: PagefindResult;
    score: number;
    run: number;
    upcoming?: number;
    date?: string;
    data?: PagefindData;
  };
  let remaining: Item[] = [...typed!.results, ...added].map((result, i) => {
    const item: Item = {
      result,
      score: result.score,
      run: i < typedRuns.length ? typedRuns[i]! : addedRuns[i - typedRuns.length]!,
    };
    const rank = soon.get(result.id);
    if (rank !== undefined) item.upcoming = rank;
    return item;
  });
  const withData = async (item: Item) => {
    item.data ??= await item.result.data();
    if (item.upcoming === undefined) item.date = item.data.filters['day']?.[0] ?? '';
  };
  return {
    total: remaining.length,
    remaining: () => remaining.length,
    async next(count) {
      const first = rankWithinRuns(remaining).slice(0, count);
      const boundary = first.at(-1)?.run;
      // Results of the run the page ends in may move up once their dates are known.
      const tied = remaining.filter((item) => item.run === boundary && !first.includes(item)).slice(0, LOOKAHEAD);
      await Promise.all([...first, ...tied].map(withData));
      const taken = rankWithinRuns(remaining).slice(0, count);
      remaining = remaining.filter((item) => !taken.includes(item));
      return Promise.all(
        taken.map(async (item) => ({ result: item.result, data: item.data ?? (await item.result.data()) })),
      );
    },
  };
}

/** Soonest upcoming: upcoming events only, in the order of their sort key, a page at a time. */
async function soonest(search: Searcher): Promise<ResultSource | null> {
  const responses = await search({ sort: { [SEARCH_SORT_UPCOMING]: 'asc' } });
  if (!responses) return null;
  // Scores are minus each event's place in one order, so results of several spellings merge by score.
  const results = union(responses).sort((a, b) => b.score - a.score);
  let at = 0;
  return {
    total: results.length,
    remaining: () => results.length - at,
    async next(count) {
      const page = results.slice(at, (at += count));
      return Promise.all(page.map(load));
    },
  };
}

/**
 * Newest first, without a sort key on every page (which would add its order
 * to every first query): the `day` filter, loaded on first use, tells how
 * many results fall on each day; days are then searched newest first, a few
 * at a time, and results of several days are put in order by the day their
 * data gives. Best match first within a day.
 */
async function newest(search: Searcher): Promise<ResultSource | null> {
  const counted = await search({ filters: { day: { none: [NO_DAY] } } });
  if (!counted) return null;
  const perDay = new Map<string, number>();
  for (const response of counted)
    for (const [day, n] of Object.entries(response.filters['day'] ?? {})) perDay.set(day, (perDay.get(day) ?? 0) + n);
  const days = [...perDay].filter(([, n]) => n > 0).sort(([a], [b]) => (a < b ? 1 : -1));
  const total = union(counted).length;
  let nextDay = 0;
  let left = total;
  const buffer: { result: PagefindResult; data?: PagefindData }[] = [];
  const shown = new Set<string>();
  const fill = async (count: number) => {
    while (buffer.length < count && nextDay < days.length) {
      // One day on its own when it has a page or more; otherwise days together, up to two pages.
      const group = [days[nextDay++]!];
      let size = group[0]![1];
      while (size < count && nextDay < days.length && size + days[nextDay]![1] <= 2 * count) {
        size += days[nextDay]![1];
        group.push(days[nextDay++]!);
      }
      const names = group.map(([day]) => day);
      const found = await search({ filters: { day: names.length === 1 ? names[0] : { any: names } } });
      if (!found) return;
      // A page of another spelling may have come with an earlier day group already.
      const fresh = union(found).filter((r) => !shown.has(r.id) && shown.add(r.id));
      if (names.length === 1) buffer.push(...fresh.map((result) => ({ result })));
      else {
        const loaded = await Promise.all(fresh.map(load));
        const dayOf = (item: Loaded) => item.data.filters['day']?.[0] ?? '';
        buffer.push(...loaded.sort((a, b) => (dayOf(a) < dayOf(b) ? 1 : dayOf(a) > dayOf(b) ? -1 : 0)));
      }
    }
  };
  return {
    total,
    remaining: () => left,
    async next(count) {
      await fill(count);
      const page = buffer.splice(0, count);
      left -= page.length;
      return Promise.all(page.map(async ({ result, data }) => ({ result, data: data ?? (await result.data()) })));
    },
  };
}

/** The kind of a result, as its card names it. */
function kindLabel(data: PagefindData): string {
  const kind = data.filters['kind']?.[0];
  return kind === SEARCH_KIND.article ? 'Article' : kind === SEARCH_KIND.past ? 'Past event' : 'Event';
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** One result: its kind and status, title link, dates and place (events) or date, category and author (articles), excerpt. */
function resultItem({ data }: Loaded): HTMLLIElement {
  const { meta } = data;
  const item = element('li', 'search-result');
  const kind = element('p', 'search-result-kind', kindLabel(data));
  if (meta['status']) {
    const badge = element(
      'span',
      `badge ${meta['status'] === 'Cancelled' ? 'cancelled' : 'postponed'}`,
      meta['status'],
    );
    kind.append(' ', badge);
  }
  const title = element('h2', 'search-result-title');
  const link = element('a', '', meta['title'] ?? data.url);
  link.href = data.url;
  title.append(link);
  // The date as the page writes it, on the day it is filed under (machine-readable), then the rest.
  const date = element('time', '', meta['date'] ?? '');
  date.dateTime = data.filters['day']?.[0] ?? '';
  const rest =
    data.filters['kind']?.[0] === SEARCH_KIND.article
      ? ['', meta['category'], meta['author'] && `By ${meta['author']}`]
      : [meta['time'] ? `, ${meta['time']}` : '', meta['location']];
  const factLine = element('p', 'search-result-facts');
  factLine.append(date, rest[0] ?? '', ...rest.slice(1).flatMap((fact) => (fact ? [` · ${fact}`] : [])));
  item.append(kind, title, factLine);
  if (data.excerpt) {
    // Pagefind escapes the page's text and adds only <mark> around matches: safe as HTML.
    const excerpt = element('p', 'search-result-excerpt');
    excerpt.innerHTML = data.excerpt;
    item.append(excerpt);
  }
  return item;
}

export function startSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search-page]');
  if (!root) return; // the dev server's page has no search
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const bundle = root.dataset['bundle'] ?? '/pagefind/';

  let api: Promise<Pagefind> | undefined;
  const pagefind = () =>
    (api ??= (import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<Pagefind>).then(async (loaded) => {
      await loaded.options({ excerptLength: 24 });
      return loaded;
    }));

  const queryOfForm = (): SearchQuery => {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (typeof value === 'string') params.set(name, value);
    return readQuery(params);
  };

  // The address's query fills the form: the header's search box and shared links send it.
  const initial = readQuery(new URLSearchParams(window.location.search));
  for (const [name, value] of Object.entries(initial) as [string, string][]) {
    const field = form.elements.namedItem(name);
    if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) {
      field.value = value;
      // A value the menu does not list (an old link to a tag no longer used) leaves it at "any".
      if (field.value !== value) field.value = '';
    }
  }

  let run = 0;
  let source: ResultSource | undefined;
  let query = queryOfForm();

  const setStatus = (text: string) => {
    if (status.textContent !== text) status.textContent = text;
  };

  async function update(typing: boolean): Promise<void> {
    query = queryOfForm();
    const address = `${window.location.pathname}${queryString(query)}${window.location.hash}`;
    if (address !== `${window.location.pathname}${window.location.search}${window.location.hash}`)
      window.history.replaceState(window.history.state, '', address);
    const id = ++run;
    if (!hasSearch(query)) {
      source = undefined;
      list.replaceChildren();
      more.hidden = true;
      setStatus('');
      return;
    }
    list.setAttribute('aria-busy', 'true');
    try {
      const pf = await pagefind();
      const search = searcher(pf, query.q, pagefindFilters(query), typing);
      const found =
        query.sort === 'newest'
          ? await newest(search)
          : query.sort === 'soonest'
            ? await soonest(search)
            : await bestMatch(search);
      if (!found || id !== run) return; // a later keystroke or change took over
      const page = await found.next(PAGE);
      if (id !== run) return;
      source = found;
      list.replaceChildren(...page.map(resultItem));
      more.hidden = found.remaining() === 0;
      setStatus(describeResults(query, found.total, page.length));
    } catch (error) {
      if (id !== run) return;
      console.error(error);
      list.replaceChildren();
      more.hidden = true;
      setStatus('Search could not load. Try again later, or browse the events and news pages.');
    } finally {
      if (id === run) list.removeAttribute('aria-busy');
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void update(false);
  });
  input.addEventListener('input', () => void update(true));
  for (const select of form.querySelectorAll('select')) select.addEventListener('change', () => void update(false));
  // The reader is about to search: fetch Pagefind's files while they type.
  input.addEventListener(
    'focus',
    () =>
      void pagefind()
        .then((pf) => pf.init())
        .catch(() => undefined), // the search that follows says so
    { once: true },
  );

  more.addEventListener('click', () => {
    const id = run;
    const from = source;
    if (!from) return;
    more.disabled = true;
    void from
      .next(PAGE)
      .then((page) => {
        if (id !== run || page.length === 0) return;
        const items = page.map(resultItem);
        list.append(...items);
        more.hidden = from.remaining() === 0;
        setStatus(describeResults(query, from.total, list.children.length));
        // Keyboard and screen reader users go on from the first new result.
        items[0]?.querySelector('a')?.focus();
      })
      .finally(() => {
        more.disabled = false;
      });
  });

  // Arrow keys: from the box to the first result, and between results.
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('.search-result-title a')];
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = links()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  list.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    event.preventDefault();
    const to = at + (event.key === 'ArrowDown' ? 1 : -1);
    (to < 0 ? input : (all[to] ?? all[at]!)).focus();
  });

  if (hasSearch(query)) void update(false);
}
