/**
 * What a reader asks /search/ for, as the page's form and address carry it
 * (`?q=fhir&type=event&when=upcoming&tag=FHIR&year=2026&sort=newest`), and how
 * it maps onto Pagefind's filters (https://pagefind.app/docs/js-api-filtering/)
 * and the words that describe it. Pure, so the page's script stays small and
 * this is tested on its own (tests/unit/search-query.test.ts).
 */
import { SEARCH_KIND } from './search-fields.ts';

export const SEARCH_SORTS = ['', 'newest', 'soonest'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

export interface SearchQuery {
  q: string;
  type: '' | 'event' | 'article';
  when: '' | 'upcoming' | 'past';
  tag: string;
  year: string;
  sort: SearchSort;
}

/** The form fields, in the order the address lists them. */
export const QUERY_FIELDS = ['q', 'type', 'when', 'tag', 'year', 'sort'] as const;

const pick = <T extends string>(value: string | null, allowed: readonly T[]): T =>
  allowed.includes(value as T) ? (value as T) : allowed[0]!;

/** The query of an address or form; unknown values fall back to "any". */
export function readQuery(params: URLSearchParams): SearchQuery {
  return {
    q: params.get('q')?.trim() ?? '',
    type: pick(params.get('type'), ['', 'event', 'article'] as const),
    when: pick(params.get('when'), ['', 'upcoming', 'past'] as const),
    tag: params.get('tag')?.trim() ?? '',
    year: /^\d{4}$/.test(params.get('year') ?? '') ? params.get('year')! : '',
    sort: pick(params.get('sort'), SEARCH_SORTS),
  };
}

/** The address's query string for `query`: only the fields that are set, so a plain search reads `?q=fhir`. */
export function queryString(query: SearchQuery): string {
  const params = new URLSearchParams();
  for (const field of QUERY_FIELDS) if (query[field]) params.set(field, query[field]);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Whether there is anything to search for: words, a filter, or the upcoming list. */
export function hasSearch(query: SearchQuery): boolean {
  return Boolean(query.q || query.type || query.when || query.tag || query.year || query.sort === 'soonest');
}

/**
 * Pagefind's filters for the query. Type and When both filter on `kind`
 * (src/lib/search-fields.ts): "Events" is either kind of event, "Upcoming"
 * the upcoming kind; asking for upcoming articles asks for two kinds at once,
 * which no page has.
 */
export function pagefindFilters(query: SearchQuery): Record<string, unknown> {
  const kinds: unknown[] = [];
  if (query.type === 'event' && !query.when) kinds.push({ any: [SEARCH_KIND.upcoming, SEARCH_KIND.past] });
  if (query.type === 'article') kinds.push(SEARCH_KIND.article);
  if (query.when) kinds.push(query.when === 'upcoming' ? SEARCH_KIND.upcoming : SEARCH_KIND.past);
  return {
    ...(kinds.length === 1 && { kind: kinds[0] }),
    ...(kinds.length > 1 && { kind: { all: kinds } }),
    ...(query.tag && { tag: query.tag }),
    ...(query.year && { year: query.year }),
  };
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/**
 * The status line after a search, e.g. `12 results for “fhir”: events, tagged
 * FHIR, in 2026; newest first.` A screen reader announces it.
 */
export function describeResults(query: SearchQuery, total: number, shown = 0): string {
  const count =
    query.sort === 'soonest' ? plural(total, 'upcoming event', 'upcoming events') : plural(total, 'result', 'results');
  const words = query.q ? ` for “${query.q}”` : '';
  const filters = [
    query.type === 'event' ? 'events' : query.type === 'article' ? 'articles' : '',
    query.when === 'upcoming' ? 'upcoming' : query.when === 'past' ? 'past' : '',
    query.tag ? `tagged ${query.tag}` : '',
    query.year ? `in ${query.year}` : '',
  ].filter(Boolean);
  const order = query.sort === 'newest' ? 'newest first' : query.sort === 'soonest' ? 'soonest first' : '';
  const detail = [filters.join(', '), total > 1 ? order : ''].filter(Boolean).join('; ');
  const showing = shown > 0 && shown < total ? ` Showing ${shown.toLocaleString('en-US')}.` : '';
  if (total === 0)
    return `No ${query.sort === 'soonest' ? 'upcoming events' : 'results'}${words}${filters.length > 0 ? ` (${filters.join(', ')})` : ''}. Check the spelling, or remove a filter.`;
  return `${count}${words}${detail ? `: ${detail}` : ''}.${showing}`;
}

/**
 * Other spellings of a query of two or three words: each pair of neighbours
 * written as one word, as "viet nam" is "Vietnam", "health care" "healthcare"
 * and "tele health" "telehealth". Pagefind finds pages with every word of a
 * query, so without these a reader who splits a word finds nothing of the
 * pages that write it whole. A quoted (exact) query has none.
 */
export function joinedSpellings(q: string): string[] {
  const words = q.trim().split(/\s+/);
  if (words.length < 2 || words.length > 3 || /["]/.test(q)) return [];
  const out = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++)
    out.add([...words.slice(0, i), `${words[i]}${words[i + 1]}`, ...words.slice(i + 2)].join(' '));
  return [...out];
}
