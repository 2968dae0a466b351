/**
 * Builds the search bundle while the site is being written, instead of after
 * the last page: the build renders the pages that may be indexed first, in
 * index order (indexedPagesFirst in src/lib/search-bundles.ts), each is handed
 * here as it is rendered, and Pagefind, a process of its own, indexes it on
 * the second core. Once the last of them is in, Pagefind builds its files
 * while the calendar, tags and feeds are still being written.
 *
 * This is only a head start. The result is used only if the pages handed in
 * are exactly the indexed pages in dist/ at the end (src/integrations/pagefind.ts
 * compares them). A rebuild that keeps pages from the last build never renders
 * those, so their turn never comes: the stream gives up, and the bundle is
 * built from dist/ as before. Either way the bundle's bytes are the same.
 */
import { BundleKey, PagefindBundle, isIndexed } from './search-index.ts';
import type { BundleFile } from './sync-folder.ts';
import { searchablePart } from '../lib/search-bundles.ts';

/** Pages waiting for one before them; more means that one is not coming (it was kept, not rendered). */
const MAX_WAITING = 64;

export interface StreamedBundle {
  /** Every page handed in, indexed or not, in index order. */
  urls: readonly string[];
  /** How many of them are indexed. */
  pages: number;
  key: string;
  /** Its files, written by Pagefind to the stream's folder. */
  files: BundleFile[];
}

export class StreamedIndex {
  /** Where Pagefind writes the bundle: a folder of the build's own, not dist/. */
  readonly #folder: string;
  #expected: readonly string[] = [];
  #next = 0;
  readonly #waiting = new Map<string, Uint8Array>();
  readonly #key = new BundleKey();
  #pages = 0;
  #bundle: Promise<PagefindBundle> | undefined;
  /** Each page's turn to be added, one after another. */
  #feeding: Promise<void> = Promise.resolve();
  #state: 'waiting' | 'open' | 'complete' | 'given up' = 'waiting';
  #result: Promise<StreamedBundle | undefined> = Promise.resolve(undefined);
  /** Why the stream gave up, for the build log. */
  reason = 'no pages were rendered';

  constructor(folder: string) {
    this.#folder = folder;
  }

  /** The URLs of every page that may be indexed, in index order: the pages `offer` expects. */
  expect(urls: readonly string[]): void {
    this.#expected = urls;
    this.#state = urls.length > 0 ? 'open' : 'given up';
  }

  /**
   * Hands in a rendered page. Resolves when Pagefind has room for more, so a
   * build that renders faster than Pagefind indexes waits for it rather than
   * piling pages up in memory.
   */
  offer(url: string, page: Uint8Array): Promise<void> {
    if (this.#state !== 'open') return Promise.resolve();
    this.#waiting.set(url, page);
    if (this.#waiting.size > MAX_WAITING) {
      this.#giveUp(`${this.#expected[this.#next] ?? url} was not rendered in this build`);
      return Promise.resolve();
    }
    for (let next = this.#expected[this.#next]; next !== undefined; next = this.#expected[this.#next]) {
      const ready = this.#waiting.get(next);
      if (ready === undefined) break;
      this.#waiting.delete(next);
      this.#next++;
      if (isIndexed(ready)) this.#add(next, ready);
    }
    if (this.#next === this.#expected.length) this.#complete();
    return this.#feeding;
  }

  /** Rendering is over: a stream still waiting for a page gives up. */
  end(): void {
    if (this.#state === 'open')
      this.#giveUp(`${this.#expected[this.#next] ?? 'a page'} was not rendered in this build`);
  }

  /** The bundle, or undefined if the stream gave up. */
  result(): Promise<StreamedBundle | undefined> {
    return this.#result;
  }

  #add(url: string, page: Uint8Array): void {
    this.#key.addPage(url, page);
    this.#pages++;
    const bundle = (this.#bundle ??= PagefindBundle.open({ lean: true }));
    const content = searchablePart(Buffer.from(page.buffer, page.byteOffset, page.byteLength).toString('utf8'));
    this.#feeding = this.#feeding
      .then(async () => (await bundle).add(url, content, url))
      .catch((error: unknown) => this.#giveUp(String(error)));
  }

  #complete(): void {
    this.#state = 'complete';
    const urls = this.#expected;
    const pages = this.#pages;
    const key = this.#key.digest();
    const bundle = this.#bundle;
    this.#result = (async () => {
      await this.#feeding;
      if (this.#state !== 'complete' || bundle === undefined) return undefined;
      return { urls, pages, key, files: await (await bundle).write(this.#folder) };
    })();
    // Reported when the build asks for it (src/integrations/pagefind.ts); not an unhandled rejection meanwhile.
    this.#result.catch(() => undefined);
  }

  #giveUp(reason: string): void {
    if (this.#state === 'given up') return;
    this.#state = 'given up';
    this.reason = reason;
    this.#waiting.clear();
    const bundle = this.#bundle;
    this.#bundle = undefined;
    this.#result = Promise.resolve(undefined);
    if (bundle) void bundle.then((b) => b.discard()).catch(() => undefined);
  }
}
