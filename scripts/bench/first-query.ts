/**
 * What a browser fetches for a first search, over a built site served by the
 * test server (src/node/static-server.ts) in Debian's Chromium
 * (tests/helpers/browser.ts), counted from the network responses.
 *
 * - `api`: the same for every site: a blank page imports /pagefind/pagefind.js,
 *   asks for the filters, searches `query` and loads the first five results'
 *   data, as a search page shows them. Everything fetched counts (pagefind.js,
 *   the WebAssembly, entry, meta, index chunks, filter data, fragments).
 * - `searchPage` (when the site has /search/): the real page opened with
 *   `?q=query`, everything it loads, until its results show and the network is
 *   quiet.
 * - `older` (when the site has /pagefind-archive/bundles.json, the project's
 *   split search): what the API page fetches on top of the first query when
 *   the archive's year bundles are merged and the query searched again, as
 *   "Include older items" does.
 *
 * Sizes are the bytes served (the test server does not compress) and the gzip
 * size of each response body (Pagefind's own files are already compressed).
 */
import type { Browser, Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { hasChromium, launchBrowser } from '../../tests/helpers/browser.ts';
import { serveDist } from '../../src/node/static-server.ts';

export interface FetchTally {
  requests: number;
  bytes: number;
  gzipBytes: number;
  /** Bytes by kind: js, wasm, index (pf_meta, pf_index, pf_filter, entry json), fragments, other. */
  byKind: Record<string, number>;
  results: number;
}

export interface FirstQuery {
  query: string;
  api?: FetchTally;
  searchPage?: FetchTally;
  older?: FetchTally;
  error?: string;
}

const HARNESS = '/__bench__/first-query.html';

function kindOf(url: string): string {
  const path = new URL(url).pathname;
  if (/\.wasm/.test(path) || /wasm\.[^/]*$/.test(path)) return 'wasm';
  if (/\.pf_fragment$/.test(path)) return 'fragments';
  if (/\.(pf_meta|pf_index|pf_filter)$/.test(path) || /pagefind-entry\.json$/.test(path)) return 'index';
  if (/\.m?js$/.test(path)) return 'js';
  if (/\.css$/.test(path)) return 'css';
  if (/\.html$|\/$/.test(path)) return 'html';
  return 'other';
}

/** Counts the page's responses until `done` is called. */
function tally(page: Page, skip: (url: string) => boolean): { done: () => Promise<FetchTally> } {
  const pending: Promise<void>[] = [];
  const out: FetchTally = { requests: 0, bytes: 0, gzipBytes: 0, byKind: {}, results: 0 };
  let closed = false;
  page.on('response', (response) => {
    const url = response.url();
    if (closed || skip(url) || !url.startsWith('http')) return;
    pending.push(
      response.body().then(
        (body) => {
          out.requests++;
          out.bytes += body.length;
          out.gzipBytes += gzipSync(body).length;
          const kind = kindOf(url);
          out.byKind[kind] = (out.byKind[kind] ?? 0) + body.length;
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

async function apiQuery(
  browser: Browser,
  baseUrl: string,
  query: string,
  archive: boolean,
): Promise<{ first: FetchTally; older?: FetchTally }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    // The harness page is served by the route below, never written into dist/.
    await page.route(`${baseUrl}${HARNESS}`, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: '<!doctype html><html lang="en"><head><title>first query</title></head><body></body></html>',
      }),
    );
    const counter = tally(page, (url) => url.endsWith(HARNESS));
    await page.goto(`${baseUrl}${HARNESS}`);
    const search = (merge: boolean) =>
      page.evaluate(
        async ({ q, merge }) => {
          interface Found {
            results: { data: () => Promise<unknown> }[];
          }
          interface PagefindApi {
            mergeIndex(path: string): Promise<void>;
            options(options: object): Promise<void>;
            filters(): Promise<unknown>;
            search(query: string): Promise<Found>;
          }
          const served = '/pagefind/pagefind.js';
          const pagefind = (await import(served)) as PagefindApi;
          if (merge) {
            const list = (await (await fetch('/pagefind-archive/bundles.json')).json()) as {
              bundles: { path: string }[];
            };
            await Promise.all(list.bundles.map((b) => pagefind.mergeIndex(b.path)));
          } else {
            await pagefind.options({});
          }
          await pagefind.filters();
          const found = await pagefind.search(q);
          await Promise.all(found.results.slice(0, 5).map((r) => r.data()));
          return found.results.length;
        },
        { q: query, merge },
      );
    const results = await search(false);
    await page.waitForLoadState('networkidle').catch(() => undefined);
    const first = { ...(await counter.done()), results };
    if (!archive) return { first };
    const more = tally(page, () => false);
    const all = await search(true);
    await page.waitForLoadState('networkidle').catch(() => undefined);
    return { first, older: { ...(await more.done()), results: all } };
  } finally {
    await context.close();
  }
}

async function searchPageQuery(browser: Browser, baseUrl: string, query: string): Promise<FetchTally> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  try {
    const counter = tally(page, () => false);
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'load' });
    const results = await page
      .waitForFunction(() => document.querySelectorAll('pagefind-results li, .search-result').length > 0, undefined, {
        timeout: 30_000,
      })
      .then(() => page.evaluate(() => document.querySelectorAll('pagefind-results li, .search-result').length))
      .catch(() => 0);
    await page.waitForLoadState('networkidle').catch(() => undefined);
    return { ...(await counter.done()), results };
  } finally {
    await context.close();
  }
}

/** Measures a built site's first query; undefined when Chromium or the index is missing. */
export async function measureFirstQuery(dist: string, query: string): Promise<FirstQuery | undefined> {
  if (!hasChromium() || !existsSync(join(dist, 'pagefind/pagefind.js'))) return undefined;
  const server = await serveDist(dist);
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    const api = await apiQuery(browser, server.url, query, existsSync(join(dist, 'pagefind-archive/bundles.json')));
    const searchPage = existsSync(join(dist, 'search/index.html'))
      ? await searchPageQuery(browser, server.url, query)
      : undefined;
    return { query, api: api.first, ...(api.older && { older: api.older }), ...(searchPage && { searchPage }) };
  } catch (error) {
    return { query, error: (error as Error).message.split('\n')[0] ?? String(error) };
  } finally {
    await browser?.close();
    await server.close();
  }
}
