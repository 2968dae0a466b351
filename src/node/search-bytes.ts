/**
 * Search cost figures: the Pagefind bundle's size on disk, and the bytes a
 * browser fetches from it for a first query on /search/ (pagefind.js, its
 * worker, the WebAssembly, the page list, index chunks, any filter a search
 * used, and the fragments of the results shown). Used by the fixture tests;
 * the bench's own measurement of the whole page is scripts/bench/first-query.ts.
 * The browser page is passed in, so this module only needs playwright's types.
 */
import type { Page, Response } from 'playwright-core';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { PAGEFIND_DIR, PAGEFIND_PATH } from '../lib/search-bundles.ts';

export type BundleFileKind =
  'ui' | 'pagefind.js' | 'worker' | 'wasm' | 'entry' | 'meta' | 'index' | 'filter' | 'fragment' | 'other';

/** What a file of the Pagefind bundle is, from its name. */
export function bundleFileKind(path: string): BundleFileKind {
  const name = path.split('/').pop() ?? path;
  if (/^pagefind-(component-ui|ui|modular-ui|highlight)\.(js|css)$/.test(name)) return 'ui';
  if (name === 'pagefind.js') return 'pagefind.js';
  if (name === 'pagefind-worker.js') return 'worker';
  if (name.endsWith('.pagefind')) return 'wasm';
  if (name === 'pagefind-entry.json') return 'entry';
  if (name.endsWith('.pf_meta')) return 'meta';
  if (name.endsWith('.pf_index')) return 'index';
  if (name.endsWith('.pf_filter')) return 'filter';
  if (name.endsWith('.pf_fragment')) return 'fragment';
  return 'other';
}

/**
 * Pagefind compresses its own index files (pf_*), so they travel as they are;
 * JS, CSS, JSON and wasm are compressed by the CDN: gzip -9 estimates that.
 */
function transferSize(path: string, body: Buffer): number {
  return /\.pf_[a-z]+$/.test(path) ? body.length : gzipSync(body, { level: 9 }).length;
}

export interface BundleSize {
  /** Bytes of every file under the bundle folder. */
  total: number;
  /** Bytes of the index proper: pf_* files, wasm and entry (no UI scripts). */
  index: number;
  files: number;
  byKind: Partial<Record<BundleFileKind, number>>;
}

/** Every search bundle folder of a built site: the one bundle, /pagefind/ (src/lib/search-bundles.ts). */
export function bundleFolders(dist: string): string[] {
  return [join(dist, PAGEFIND_DIR)];
}

/** The Pagefind bundle's size on disk, e.g. `bundleSizeOnDisk('dist/pagefind')`. */
export function bundleSizeOnDisk(bundleDir: string): BundleSize {
  const result: BundleSize = { total: 0, index: 0, files: 0, byKind: {} };
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(full);
        continue;
      }
      const bytes = statSync(full).size;
      const kind = bundleFileKind(relative(bundleDir, full));
      result.total += bytes;
      result.files += 1;
      result.byKind[kind] = (result.byKind[kind] ?? 0) + bytes;
      if (!['ui', 'other'].includes(kind)) result.index += bytes;
    }
  };
  walk(bundleDir);
  return result;
}

export interface FetchedFile {
  url: string;
  kind: BundleFileKind;
  /** Body bytes as served by the test server (uncompressed for JS/CSS/wasm). */
  bytes: number;
  /** Estimated bytes on the wire from a compressing CDN. */
  transfer: number;
}

export interface FirstQueryBytes {
  query: string;
  results: number;
  files: FetchedFile[];
  bytes: number;
  transfer: number;
  byKind: Partial<Record<BundleFileKind, { bytes: number; transfer: number }>>;
}

/**
 * Opens `/search/?q=<query>` in a fresh page context and sums what the browser
 * fetched from the Pagefind bundle until the results were shown and the network
 * went quiet. The site's own HTML and CSS are not counted: every page has them.
 *
 * @param page a new page (nothing cached), on a browser serving the built site
 * @param siteUrl the served site's origin, e.g. `http://127.0.0.1:4321`
 */
export async function measureFirstQuery(page: Page, siteUrl: string, query: string): Promise<FirstQueryBytes> {
  const pending: Promise<FetchedFile | undefined>[] = [];
  const onResponse = (response: Response) => {
    const { pathname } = new URL(response.url());
    if (!pathname.startsWith(PAGEFIND_PATH)) return;
    pending.push(
      response.body().then(
        (body) => ({
          url: pathname,
          kind: bundleFileKind(pathname),
          bytes: body.length,
          transfer: transferSize(pathname, body),
        }),
        () => undefined, // a response without a body (redirect, aborted): nothing fetched
      ),
    );
  };
  page.on('response', onResponse);
  try {
    await page.goto(`${siteUrl}/search/?q=${encodeURIComponent(query)}`);
    await page
      .locator('[data-search-status]')
      .filter({ hasText: /^(\d[\d,]*|No) (results?|upcoming events?)/ })
      .waitFor();
    await page.waitForLoadState('networkidle');
    const results = await page.locator('[data-search-results] > li').count();
    const files = (await Promise.all(pending)).filter((f): f is FetchedFile => f !== undefined);
    const byKind: FirstQueryBytes['byKind'] = {};
    for (const f of files) {
      const k = (byKind[f.kind] ??= { bytes: 0, transfer: 0 });
      k.bytes += f.bytes;
      k.transfer += f.transfer;
    }
    return {
      query,
      results,
      files,
      bytes: files.reduce((n, f) => n + f.bytes, 0),
      transfer: files.reduce((n, f) => n + f.transfer, 0),
      byKind,
    };
  } finally {
    page.off('response', onResponse);
  }
}

/** Reads a fragment file of the bundle: Pagefind's gzip with a `pagefind_dcd` signature around JSON. */
export function readFragment(path: string): {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
} {
  const text = gunzipSync(readFileSync(path)).toString('utf8');
  const signature = 'pagefind_dcd';
  if (!text.startsWith(signature)) throw new Error(`${path} is not a Pagefind fragment (no ${signature} signature)`);
  return JSON.parse(text.slice(signature.length)) as ReturnType<typeof readFragment>;
}
