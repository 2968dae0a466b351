/**
 * What a browser fetches for a first search, over a built site served by the
 * test server (src/node/static-server.ts) in Debian's Chromium
 * (tests/helpers/browser.ts), counted from the network responses.
 *
 * - `searchPage` (when the site has /search/): the real page opened with
 *   `?q=query` in a fresh browser context, everything it loads (HTML, CSS,
 *   its script, Pagefind's files) until its results show and the network is
 *   quiet. This is what issue 14's budgets are about.
 * - `queries`: the same for each of BENCH_QUERIES, and their median.
 * - `api`: the same for every site: a blank page imports /pagefind/pagefind.js,
 *   searches `query` and loads the first ten results' data, as a search page
 *   shows them; no filters (a page that lists its filters itself needs none
 *   before a reader picks one).
 *
 * Sizes are the bytes served (the test server does not compress) and the gzip
 * size of each response: Pagefind's own index files (`.pf_*`) and WebAssembly
 * are compressed already and count as they are; the rest as gzip -9 would send it.
 */
import type { Browser, Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { hasChromium, launchBrowser } from '../../tests/helpers/browser.ts';
import { serveDist } from '../../src/node/static-server.ts';
import { median } from './measure.ts';

/**
 * Twenty searches a reader might make, taken from the generated content's
 * titles (subjects, kinds of event, news) and places (scripts/bench/text.ts),
 * single words and phrases; tests/unit/search-bench-queries.test.ts checks
 * that each is in the content.
 */
export const BENCH_QUERIES = [
  'berlin',
  'nairobi',
  'tokyo',
  'sao paulo',
  'new york',
  'toronto',
  'bengaluru',
  'helsinki',
  'fhir',
  'remote patient monitoring',
  'telehealth',
  'genomic data sharing',
  'patient portal',
  'cybersecurity',
  'wearables',
  'hackathon',
  'journal club',
  'mental health',
  'consent registry',
  'open source',
] as const;

/** What a response is, for the breakdown. */
export type FetchKind = 'page' | 'scripts' | 'wasm' | 'meta' | 'filters' | 'index' | 'fragments' | 'other';

export interface FetchTally {
  requests: number;
  bytes: number;
  gzipBytes: number;
  /** Gzip bytes by kind: the page (HTML, CSS), scripts, WebAssembly, meta (entry and page list), filters, index chunks, fragments. */
  byKind: Partial<Record<FetchKind, number>>;
  /** Results the page showed (or the API returned). */
  results: number;
}

export interface FirstQuery {
  query: string;
  api?: FetchTally;
  searchPage?: FetchTally;
  queries?: { query: string; tally: FetchTally }[];
  /** The median of `queries`' gzip bytes. */
  medianGzipBytes?: number;
  error?: string;
}

const HARNESS = '/__bench__/first-query.html';

export function fetchKind(url: string): FetchKind {
  const path = new URL(url).pathname;
  if (/\.pagefind$|\.wasm$/.test(path)) return 'wasm';
  if (/\.pf_fragment$/.test(path)) return 'fragments';
  if (/\.pf_index$/.test(path)) return 'index';
  if (/\.pf_filter$/.test(path)) return 'filters';
  if (/\.pf_meta$|pagefind-entry\.json$/.test(path)) return 'meta';
  if (/\.m?js$/.test(path)) return 'scripts';
  if (/\.(html|css|svg)$|\/$/.test(path)) return 'page';
  return 'other';
}

/** Bytes on the wire: Pagefind's index files and WebAssembly are gzip already; the rest as a CDN would gzip it. */
function wireBytes(url: string, body: Buffer): number {
  return /\.pf_[a-z]+$|\.pagefind$/.test(new URL(url).pathname) ? body.length : gzipSync(body, { level: 9 }).length;
}

/** Counts the page's responses until `done` is called. */
function tally(page: Page, skip: (url: string) => boolean): { done: () => Promise<Omit<FetchTally, 'results'>> } {
  const pending: Promise<void>[] = [];
  const out: Omit<FetchTally, 'results'> = { requests: 0, bytes: 0, gzipBytes: 0, byKind: {} };
  let closed = false;
  page.on('response', (response) => {
    const url = response.url();
    if (closed || skip(url) || !url.startsWith('http')) return;
    pending.push(
      response.body().then(
        (body) => {
          const wire = wireBytes(url, body);
          const kind = fetchKind(url);
          out.requests++;
          out.bytes += body.length;
          out.gzipBytes += wire;
          out.byKind[kind] = (out.byKind[kind] ?? 0) + wire;
        },
        () => undefined,
      ),
    );
  });
  return {
    done: async () => {
      closed = true;
      await Promise.all(pending);
      return out;
    },
  };
}

async function apiQuery(browser: Browser, baseUrl: string, query: string): Promise<FetchTally> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    // The harness page is served by the route below, never written into dist/.
    await page.route(`${baseUrl}${HARNESS}`, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: '<!doctype html><html lang="en-US"><head><title>first query</title></head><body></body></html>',
      }),
    );
    const counter = tally(page, (url) => url.endsWith(HARNESS));
    await page.goto(`${baseUrl}${HARNESS}`);
    const results = await page.evaluate(async (q) => {
      interface PagefindApi {
        search(query: string): Promise<{ results: { data: () => Promise<unknown> }[] }>;
      }
      const served = '/pagefind/pagefind.js';
      const pagefind = (await import(served)) as PagefindApi;
      const found = await pagefind.search(q);
      await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
      return found.results.length;
    }, query);
    await page.waitForLoadState('networkidle').catch(() => undefined);
    return { ...(await counter.done()), results };
  } finally {
    await context.close();
  }
}

/** The real /search/ page with `?q=`, until its status line says how many results there are. */
async function searchPageQuery(browser: Browser, baseUrl: string, query: string): Promise<FetchTally> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  try {
    const counter = tally(page, () => false);
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'load' });
    await page
      .locator('[data-search-status]')
      .filter({ hasText: /^(\d[\d,]*|No) (results?|upcoming events?)/ })
      .waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle').catch(() => undefined);
    const results = await page.locator('[data-search-results] > li').count();
    return { ...(await counter.done()), results };
  } finally {
    await context.close();
  }
}

/** Measures a built site's first query; undefined when Chromium or the index is missing. */
export async function measureFirstQuery(
  dist: string,
  query: string,
  queries: readonly string[] = BENCH_QUERIES,
): Promise<FirstQuery | undefined> {
  if (!hasChromium() || !existsSync(join(dist, 'pagefind/pagefind.js'))) return undefined;
  const server = await serveDist(dist);
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    const api = await apiQuery(browser, server.url, query);
    if (!existsSync(join(dist, 'search/index.html'))) return { query, api };
    const searchPage = await searchPageQuery(browser, server.url, query);
    const each: { query: string; tally: FetchTally }[] = [];
    for (const q of queries) each.push({ query: q, tally: await searchPageQuery(browser, server.url, q) });
    return {
      query,
      api,
      searchPage,
      queries: each,
      medianGzipBytes: median(each.map((e) => e.tally.gzipBytes)),
    };
  } catch (error) {
    return { query, error: (error as Error).message.split('\n')[0] ?? String(error) };
  } finally {
    await browser?.close();
    await server.close();
  }
}

const KIND_LABELS: [FetchKind, string][] = [
  ['scripts', 'scripts'],
  ['wasm', 'WebAssembly'],
  ['meta', 'meta'],
  ['filters', 'filters'],
  ['index', 'index chunks'],
  ['fragments', 'fragments'],
  ['page', 'page (HTML, CSS)'],
  ['other', 'other'],
];

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

function breakdown(tally: FetchTally): string {
  const parts = KIND_LABELS.filter(([kind]) => tally.byKind[kind]).map(
    ([kind, label]) => `${label} ${kib(tally.byKind[kind]!)}`,
  );
  return `${kib(tally.gzipBytes)} in ${tally.requests} requests, ${tally.results} results shown (${parts.join(', ')})`;
}

/** The first-query figures of one site, a line each, for the bench's printout. */
export function firstQueryLines(site: string, fq: FirstQuery | undefined): string[] {
  if (!fq) return [];
  if (fq.error) return [`${site} first query: not measured (${fq.error})`];
  const lines: string[] = [];
  if (fq.searchPage) lines.push(`${site} /search/?q=${fq.query}, gzip: ${breakdown(fq.searchPage)}`);
  if (fq.queries && fq.medianGzipBytes !== undefined) {
    lines.push(`${site} /search/, median of ${fq.queries.length} queries, gzip: ${kib(fq.medianGzipBytes)}`);
    for (const { query, tally: t } of fq.queries) lines.push(`  ${query}: ${breakdown(t)}`);
  }
  if (fq.api) lines.push(`${site} first query "${fq.query}" through Pagefind's API, gzip: ${breakdown(fq.api)}`);
  return lines;
}
