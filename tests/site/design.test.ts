/**
 * The design's limits over the built fixture site: all the CSS a page loads
 * stays under 12 KiB gzipped (each file gzipped on its own, as a host sends
 * it), no page has a `style` attribute, and an event page prints as its own
 * content, black on white whatever the screen's scheme, with the address of
 * each link to another site.
 */
import { load } from 'cheerio';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { hasChromium } from '../helpers/browser.ts';
import { listFiles } from '../helpers/dist.ts';
import { urlPathOf } from '../helpers/gates/links.ts';
import { servedInBrowser } from '../helpers/served-browser.ts';

const dist = inject('siteDist');
const BUDGET = 12 * 1024;
const pages = listFiles(dist).filter((f) => f.endsWith('.html'));

interface PageCss {
  path: string;
  files: string[];
  gzipped: number;
}

/** The stylesheets (same-origin `<link rel="stylesheet">`) and `<style>` elements of each page, gzipped one by one. */
function cssOfPages(): PageCss[] {
  const gzippedFile = new Map<string, number>();
  const gz = (text: string | Buffer) => gzipSync(text).length;
  return pages.map((file) => {
    const path = urlPathOf(file);
    const $ = load(readFileSync(join(dist, file), 'utf8'));
    const files: string[] = [];
    let gzipped = 0;
    $('link[rel~="stylesheet" i][href]').each((_, el) => {
      const url = new URL($(el).attr('href')!, `http://site${path}`);
      if (url.host !== 'site') return;
      const name = decodeURIComponent(url.pathname);
      if (!gzippedFile.has(name)) gzippedFile.set(name, gz(readFileSync(join(dist, name))));
      files.push(name);
      gzipped += gzippedFile.get(name)!;
    });
    $('style').each((_, el) => {
      files.push('<style>');
      gzipped += gz($(el).html() ?? '');
    });
    return { path, files, gzipped };
  });
}

describe('CSS', () => {
  const css = cssOfPages();

  it('every page loads under 12 KiB of CSS, gzipped', () => {
    expect(css.length).toBeGreaterThan(20);
    // The measure is real: every page loads the site's stylesheet, and nothing imports another file.
    for (const page of css) expect(page.files.length, page.path).toBeGreaterThan(0);
    for (const name of new Set(css.flatMap((p) => p.files).filter((f) => f !== '<style>')))
      expect(readFileSync(join(dist, name), 'utf8'), name).not.toMatch(/@import/);
    const heaviest = css.reduce((a, b) => (b.gzipped > a.gzipped ? b : a));
    console.log(`Heaviest CSS: ${heaviest.path}, ${heaviest.gzipped} bytes gzipped (${heaviest.files.join(', ')})`);
    expect(css.filter((p) => p.gzipped >= BUDGET)).toEqual([]);
  });

  it('no page has a style attribute', () => {
    const styled = pages.flatMap((file) => {
      const $ = load(readFileSync(join(dist, file), 'utf8'));
      return $('[style]')
        .toArray()
        .map((el) => `${urlPathOf(file)}: <${el.tagName} style="${$(el).attr('style')}">`);
    });
    expect(styled).toEqual([]);
  });
});

describe.skipIf(!hasChromium())('print', () => {
  const site = servedInBrowser(dist);

  it('an event page prints its title, dates, place and text in black on white, without the chrome, with link addresses', async () => {
    const context = await site.browser.newContext({ viewport: { width: 800, height: 1000 }, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`${site.url}/events/new-year-hackathon/`, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const shown = (selector: string) =>
        [...document.querySelectorAll<HTMLElement>(selector)].some((el) => el.getClientRects().length > 0);
      const official = document.querySelector<HTMLAnchorElement>('.facts a[href^="https://example.org"]');
      return {
        chrome: ['.site-header', '.site-footer', '.search-form', '.add-to-calendar', '.subscribe', '.skip-link'].filter(
          shown,
        ),
        content: ['main h1', '.facts', '.when time', '.when .time', '.when .zone'].filter(shown),
        colour: getComputedStyle(document.body).color,
        background: getComputedStyle(document.documentElement).backgroundColor,
        text: document.querySelector<HTMLElement>('main')!.innerText,
        linkAfter: official ? getComputedStyle(official, '::after').content : '',
      };
    });
    await context.close();
    expect(printed.chrome).toEqual([]);
    expect(printed.content).toEqual(['main h1', '.facts', '.when time', '.when .time', '.when .zone']);
    for (const words of ['New Year Health Data Hackathon', 'Alexanderplatz 1', 'Four days of building'])
      expect(printed.text).toContain(words);
    expect(printed.colour).toBe('rgb(0, 0, 0)');
    expect(printed.background).toBe('rgb(255, 255, 255)');
    expect(printed.linkAfter).toBe('" (https://example.org/hackathon)"');
  });
});
