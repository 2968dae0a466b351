/**
 * Pictures on the built fixture site (issue 17, "Pages people share"): every
 * event and article with `image` shows it on its page and on each of its
 * cards through Astro's pipeline (AVIF and WebP with a fallback, srcset,
 * sizes, width and height, loading), shares a 1200x630 copy of it, and
 * pictures in Markdown and MDX bodies are responsive too. File sizes are read
 * from the files themselves. In Chromium, at phone width: no layout shift as
 * pictures arrive late, and without width and height there would be one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { imageMetadata } from 'astro/assets/utils';
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { checkFile } from '../../src/lib/validation/check-file.ts';
import { paths } from '../../src/lib/paths.ts';
import { hasChromium } from '../helpers/browser.ts';
import { hasPage, listFiles, pageFile, readPage } from '../helpers/dist.ts';
import { PROJECT } from '../helpers/fixture-site.ts';
import { loopbackHeaders, readNetlifyHeaders } from '../helpers/gates/headers.ts';
import { servedInBrowser } from '../helpers/served-browser.ts';

const dist = inject('siteDist');
const ZONE = 'America/New_York';
const ROOT = join(PROJECT, 'tests/fixtures/site');

/** The fixture's published entries that give `image`, with their page and alt text, read as the site's check reads them. */
const withImage = readdirSync(join(ROOT, 'content'), { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.mdx?$/.test(f))
  .flatMap((f) => {
    const kind = f.startsWith('events') ? 'event' : 'article';
    const checked = checkFile(
      relative(ROOT, join(ROOT, 'content', f)),
      readFileSync(join(ROOT, 'content', f), 'utf8'),
      kind,
      ZONE,
    );
    const { fields } = checked;
    if (!fields?.image || fields.draft) return [];
    const path = kind === 'event' ? paths.event(checked.slug) : paths.article(checked.slug);
    return hasPage(dist, path) ? [{ path, alt: fields.imageAlt ?? '' }] : [];
  });

/** A built file's real size and format, read from its bytes (Astro's own reader of image headers). */
async function sizeOf(url: string): Promise<{ width: number; height: number; format: string }> {
  const { width, height, format } = await imageMetadata(readFileSync(join(dist, decodeURI(url))), url);
  return { width, height, format };
}

/** The URLs and `w` descriptors of a srcset. */
const candidates = (srcset: string | undefined) =>
  (srcset ?? '')
    .split(',')
    .map((c) => c.trim().split(/\s+/))
    .filter((c) => c[0])
    .map(([url = '', descriptor = '']) => ({ url, width: Number(descriptor.replace(/w$/, '')) }));

/** What a <picture> offers: its sources' types and its <img>. */
function picture($: CheerioAPI, el: Cheerio<Element>) {
  const img = el.find('img');
  return {
    types: el
      .find('source')
      .map((_, s) => $(s).attr('type'))
      .get(),
    sources: el
      .find('source')
      .map((_, s) => ({ srcset: $(s).attr('srcset'), sizes: $(s).attr('sizes') }))
      .get(),
    img: {
      alt: img.attr('alt'),
      width: Number(img.attr('width')),
      height: Number(img.attr('height')),
      srcset: img.attr('srcset'),
      sizes: img.attr('sizes'),
      loading: img.attr('loading'),
      fetchpriority: img.attr('fetchpriority'),
      style: img.attr('style'),
    },
  };
}

/** Every card on the site that links to `path`, as [page, its <picture> or nothing]. */
function cardsOf(path: string): { page: string; picture: ReturnType<typeof picture> | undefined }[] {
  const found: { page: string; picture: ReturnType<typeof picture> | undefined }[] = [];
  for (const file of listFiles(dist).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(join(dist, file), 'utf8');
    if (!html.includes(`href="${path}"`)) continue;
    const $ = readPage(dist, `/${file}`.replace(/index\.html$/, ''));
    $('article.card').each((_, card) => {
      if ($(card).find(`a[href="${path}"]`).length === 0) return;
      const pic = $(card).find('picture');
      found.push({ page: `/${file}`, picture: pic.length ? picture($, pic.first()) : undefined });
    });
  }
  return found;
}

describe('pictures of events and articles', () => {
  it('the fixture has an event and an article with a picture', () => {
    expect(withImage.map((e) => e.path).sort()).toEqual([
      '/events/innovators-summit/',
      '/news/vietnam-announces-expansion-of-ehrs-nationally/',
    ]);
  });

  it.each(withImage)(
    '$path shows its picture at the top, eager, in AVIF, WebP and a fallback',
    async ({ path, alt }) => {
      const $ = readPage(dist, path);
      const lead = $('article picture.lead-picture');
      expect(lead.length).toBe(1);
      const shown = picture($, lead);
      expect(shown.types).toEqual(['image/avif', 'image/webp']);
      expect(shown.img).toMatchObject({ alt, loading: 'eager', fetchpriority: 'high', style: undefined });
      expect(shown.img.width).toBeGreaterThan(0);
      expect(shown.img.height).toBeGreaterThan(0);
      // The browser reserves the box from width and height: they must have the files' shape.
      const fallback = candidates(shown.img.srcset);
      expect(fallback.length).toBeGreaterThan(1);
      for (const { srcset, sizes } of shown.sources) {
        expect(sizes).toBe(shown.img.sizes);
        expect(candidates(srcset).map((c) => c.width)).toEqual(fallback.map((c) => c.width));
      }
      for (const { url, width } of [...fallback, ...shown.sources.flatMap((s) => candidates(s.srcset))]) {
        const real = await sizeOf(url);
        expect(real.width, url).toBe(width);
        expect(Math.abs(real.height / real.width - shown.img.height / shown.img.width), url).toBeLessThan(0.01);
      }
    },
  );

  it.each(withImage)('every card of $path shows its thumbnail, lazily', async ({ path, alt }) => {
    const cards = cardsOf(path);
    expect(cards.length).toBeGreaterThan(0);
    for (const { page, picture: shown } of cards) {
      expect(shown, `card on ${page}`).toBeDefined();
      if (!shown) continue;
      expect(shown.types).toEqual(['image/avif', 'image/webp']);
      expect(shown.img).toMatchObject({ alt, loading: 'lazy', fetchpriority: undefined, style: undefined });
      // Cropped to 3:2.
      expect(shown.img.width / shown.img.height).toBeCloseTo(1.5, 1);
      expect(candidates(shown.img.srcset).length).toBeGreaterThan(0);
      for (const { url, width } of candidates(shown.img.srcset)) {
        const real = await sizeOf(url);
        expect(real.width, url).toBe(width);
        expect(real.width / real.height, url).toBeCloseTo(1.5, 1);
      }
    }
  });

  it('cards of entries without a picture show none', () => {
    const cards = cardsOf('/events/past-conference/');
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.every((c) => c.picture === undefined)).toBe(true);
  });

  it.each(withImage)(
    '$path is shared with a 1200x630 JPEG of its picture, with its size and alt',
    async ({ path, alt }) => {
      const $ = readPage(dist, path);
      const og = (key: string) => $(`meta[property="${key}"]`).attr('content');
      const image = og('og:image') ?? '';
      const url = new URL(image).pathname;
      expect(url).toMatch(/^\/_astro\/.+\.jpg$/);
      expect(await sizeOf(url)).toEqual({ width: 1200, height: 630, format: 'jpg' });
      expect([og('og:image:width'), og('og:image:height'), og('og:image:alt')]).toEqual(['1200', '630', alt]);
      expect($('meta[name="twitter:image"]').attr('content')).toBe(image);
      const jsonLd = $('script[type="application/ld+json"]')
        .map((_, s) => JSON.parse($(s).html() ?? '') as unknown)
        .get()
        .flat() as { image?: string[] }[];
      expect(jsonLd.find((d) => d.image)?.image).toEqual([image]);
    },
  );

  it('pages without a picture of their own share the default image, with its size', () => {
    const $ = readPage(dist, '/events/past-conference/');
    expect(new URL($('meta[property="og:image"]').attr('content') ?? '').pathname).toBe('/og-default.png');
    expect($('meta[property="og:image:width"]').attr('content')).toBe('1200');
    expect($('meta[property="og:image:height"]').attr('content')).toBe('630');
    expect($('article picture').length).toBe(0);
  });

  it("pictures in Markdown and MDX bodies get a srcset, the text column's sizes, width, height and lazy loading", async () => {
    for (const [path, alt] of [
      ['/news/filler-04/', 'A sound wave flowing into lines of text on a note'],
      ['/news/mdx-article/', 'Spotlights over a stage'],
    ] as const) {
      const $ = readPage(dist, path);
      const img = $(`article img[alt="${alt}"]`);
      expect(img.length, path).toBe(1);
      expect(img.attr('loading'), path).toBe('lazy');
      // As wide as the text column at most, as the lead picture: not Astro's default of the whole screen.
      expect(img.attr('sizes'), path).toBe('(min-width: 44rem) 672px, calc(100vw - 2rem)');
      expect(img.attr('style'), path).toBeUndefined();
      const width = Number(img.attr('width'));
      const height = Number(img.attr('height'));
      const offered = candidates(img.attr('srcset'));
      expect(offered.length, path).toBeGreaterThan(1);
      for (const { url, width: w } of offered) {
        const real = await sizeOf(url);
        expect(real.width, url).toBe(w);
        expect(Math.abs(real.height / real.width - height / width), url).toBeLessThan(0.01);
      }
    }
  });

  it('writes no style attribute and no <style> for pictures (the CSP allows none)', () => {
    for (const path of ['/events/', '/news/', ...withImage.map((e) => e.path)]) {
      const html = readFileSync(pageFile(dist, path), 'utf8');
      expect(html, path).not.toMatch(/<(img|picture|source)[^>]*\sstyle=/);
      expect(html, path).not.toContain('<style');
    }
  });
});

describe.skipIf(!hasChromium())('pictures in Chromium at phone width', () => {
  const rules = readNetlifyHeaders(join(PROJECT, 'netlify.toml'));
  const site = servedInBrowser(dist, {
    headers: loopbackHeaders(rules),
  });
  const ARTICLE = '/news/vietnam-announces-expansion-of-ehrs-nationally/';

  /**
   * The page's cumulative layout shift once every picture has loaded, each
   * picture arriving 400 ms after the text (as on a slow phone network), with
   * the page's HTML changed by `edit` first.
   */
  async function layoutShift(path: string, edit: (html: string) => string = (html) => html) {
    const context = await site.browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
    });
    const messages: string[] = [];
    try {
      await context.route('**/*', async (route) => {
        const request = route.request();
        if (request.resourceType() === 'image') await new Promise((r) => setTimeout(r, 400));
        const response = await route.fetch();
        if (request.resourceType() !== 'document') return route.fulfill({ response });
        return route.fulfill({ response, body: edit(await response.text()) });
      });
      await context.addInitScript(() => {
        const w = window as unknown as { __shift: number };
        w.__shift = 0;
        // Every shift counts: Chromium's phone emulation marks them all as after input, though there is none.
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) w.__shift += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      const page: Page = await context.newPage();
      page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
      await page.goto(site.url + path, { waitUntil: 'load' });
      const images = await page.evaluate(() =>
        [...document.images].map((i) => ({ done: i.complete && i.naturalWidth > 0, src: i.currentSrc })),
      );
      await page.waitForTimeout(300);
      const shift = await page.evaluate(() => (window as unknown as { __shift: number }).__shift);
      return { shift, images, messages };
    } finally {
      await context.close();
    }
  }

  it('an article with a picture does not shift as the picture arrives (CLS under 0.1), under the real CSP', async () => {
    const { shift, images, messages } = await layoutShift(ARTICLE);
    expect(images.length).toBeGreaterThan(0);
    // The lead picture is eager: loaded by the load event, in a modern format.
    expect(images[0]).toMatchObject({ done: true });
    expect(images[0]?.src).toMatch(/\.(avif|webp)$/);
    expect(shift).toBeLessThan(0.1);
    expect(messages).toEqual([]);
  });

  it('would shift without width and height: the measure sees what it guards against', async () => {
    const { shift } = await layoutShift(ARTICLE, (html) =>
      html.replace(/<img\b[^>]*>/g, (tag) => tag.replace(/\s(width|height)="\d+"/g, '')),
    );
    // About 0.1 here: the text below the picture moves down by its height as it arrives.
    expect(shift).toBeGreaterThan(0.05);
  });
});
