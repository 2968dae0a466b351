import { afterAll, describe, expect, it } from 'vitest';
import { compareUrls, indexedPageUrl, indexedPagesFirst, searchablePart } from '../../src/lib/search-bundles.ts';
import { BundleKey, PagefindBundle, closePagefind } from '../../src/node/search-index.ts';
import { StreamedIndex } from '../../src/node/streamed-index.ts';
import type { BundleFile } from '../../src/node/sync-folder.ts';
import { bundleBytes, newBundleFolder } from '../helpers/search-bundles.ts';

const page = (title: string, indexed = true) =>
  new TextEncoder().encode(
    `<!doctype html><html lang="en"><head><title>${title}</title></head><body><header>Site</header>` +
      (indexed
        ? `<article data-pagefind-body><h1>${title}</h1><p>About ${title.toLowerCase()} and health records.</p></article>`
        : `<main><h1>${title}</h1></main>`) +
      '</body></html>',
  );

/** In URL order; `/events/past/` is a list page in an indexed folder. */
const PAGES: (readonly [string, Uint8Array])[] = [
  ['/events/alpha/', page('Alpha summit')],
  ['/events/beta/', page('Beta workshop')],
  ['/events/past/', page('Past events', false)],
  ['/news/delta-2/', page('Delta clinic')],
  ['/news/gamma/', page('Gamma hospital')],
] as const;

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** The bundle built the other way: every page in order, after the fact. */
async function builtInOrder(): Promise<{ key: string; files: BundleFile[] }> {
  const bundle = await PagefindBundle.open();
  const key = new BundleKey();
  for (const [url, bytes] of PAGES) {
    if (!decode(bytes).includes('data-pagefind-body')) continue;
    key.addPage(url, bytes);
    await bundle.add(url, decode(bytes), url);
  }
  return { key: key.digest(), files: await bundle.files() };
}

afterAll(closePagefind);

describe('the order pages are rendered in', () => {
  it('knows an indexed page by its path, with or without the closing slash', () => {
    expect(indexedPageUrl('/events/alpha')).toBe('/events/alpha/');
    expect(indexedPageUrl('/news/gamma/')).toBe('/news/gamma/');
    expect(indexedPageUrl('/events/past/2/')).toBeUndefined();
    expect(indexedPageUrl('/calendar/2025/12/')).toBeUndefined();
    expect(indexedPageUrl('/news/')).toBeUndefined();
  });

  it('keeps that order in this test', () => {
    expect(PAGES.map(([url]) => url)).toEqual(PAGES.map(([url]) => url).sort(compareUrls));
  });

  it('puts the indexed pages first, by URL, and keeps the others in their order', () => {
    const paths = ['/calendar/', '/news/b', '/tags/fhir/', '/events/z', '/', '/events/a'];
    expect(indexedPagesFirst(paths, indexedPageUrl)).toEqual([
      '/events/a',
      '/events/z',
      '/news/b',
      '/calendar/',
      '/tags/fhir/',
      '/',
    ]);
  });
});

describe('a search bundle built while pages are rendered', () => {
  it('is byte for byte the bundle built from the same pages afterwards, though they arrive out of order', async () => {
    const expected = await builtInOrder();
    const stream = new StreamedIndex(newBundleFolder());
    stream.expect(PAGES.map(([url]) => url));
    // Rendered several at a time: each finishes when it finishes.
    const arrival = [2, 0, 4, 1, 3].map((i) => PAGES[i]!);
    await Promise.all(arrival.map(([url, bytes]) => stream.offer(url, bytes)));
    stream.end();
    const streamed = await stream.result();
    expect(streamed).toBeDefined();
    expect(streamed!.urls).toEqual(PAGES.map(([url]) => url));
    expect(streamed!.pages).toBe(4);
    expect(streamed!.key).toBe(expected.key);
    // Written by Pagefind to a folder, against the files it sent: the same bytes.
    const bytes = await bundleBytes(streamed!.files);
    expect(Object.keys(bytes)).toContain('pagefind-entry.json');
    expect(bytes).toEqual(await bundleBytes(expected.files));
  });

  it('gives up when rendering ends with a page not handed in (kept from the last build), and says which', async () => {
    const stream = new StreamedIndex(newBundleFolder());
    stream.expect(PAGES.map(([url]) => url));
    for (const [url, bytes] of PAGES.slice(1)) await stream.offer(url, bytes);
    stream.end();
    expect(await stream.result()).toBeUndefined();
    expect(stream.reason).toContain(PAGES[0]![0]);
  });

  it('gives up, and stops holding pages, once too many wait for one that is not coming', async () => {
    const urls = Array.from({ length: 80 }, (_, i) => `/news/n${String(i).padStart(3, '0')}/`);
    const stream = new StreamedIndex(newBundleFolder());
    stream.expect(urls);
    for (const url of urls.slice(1)) await stream.offer(url, page(url));
    expect(stream.reason).toContain(`${urls[0]} was not rendered`);
    expect(await stream.result()).toBeUndefined();
  });
});

describe('what Pagefind is sent of a page', () => {
  const page = (article: string, head = '<title>T</title>', rest = '') =>
    `<!DOCTYPE html><html lang="en-US"><head>${head}</head><body><header><form role="search"></form></header>` +
    `<main>${article}</main>${rest}<footer>Site</footer></body></html>`;

  it('is its <html> tag and the element marked data-pagefind-body, nested elements of its kind included', () => {
    const article =
      '<article class="prose" data-pagefind-body><h1>Summit</h1><article><p>Nested</p></article>' +
      '<span data-pagefind-filter="tag">FHIR</span></article>';
    expect(searchablePart(page(article))).toBe(
      `<!DOCTYPE html><html lang="en-US"><head></head><body>${article}</body></html>`,
    );
  });

  it('is the whole page when anything outside that element speaks to Pagefind, or when there are two', () => {
    const article = '<article data-pagefind-body><h1>Summit</h1></article>';
    const withMeta = page(article, '<meta data-pagefind-meta="image[content]" content="/a.png">');
    expect(searchablePart(withMeta)).toBe(withMeta);
    const twice = page(article, '', '<aside data-pagefind-body>More</aside>');
    expect(searchablePart(twice)).toBe(twice);
    const unclosed = page('<article data-pagefind-body><h1>Summit</h1>').replace('</main>', '');
    expect(searchablePart(unclosed.replace(/<\/article>/g, ''))).toBe(unclosed.replace(/<\/article>/g, ''));
    const none = page('<article><h1>List</h1></article>');
    expect(searchablePart(none)).toBe(none);
  });
});
