/**
 * Search in Debian's Chromium against the built fixture site, served as
 * Netlify would serve it and under the strict Content-Security-Policy the
 * README asks the deploy to send: queries, diacritics, filters, `?q=` deep
 * links, announcements, keyboard use, and a console with nothing in it.
 */
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { hasChromium, CHROMIUM } from '../helpers/browser.ts';
import { servedInBrowser } from '../helpers/served-browser.ts';
import { measureFirstQuery } from '../../src/node/search-bytes.ts';

const dist = inject('siteDist');

/** What the search page needs, and no more (README, "Search"). */
export const SEARCH_CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');

if (!hasChromium())
  console.warn(`search browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, as .ci/run does)`);

describe.skipIf(!hasChromium())('search in the browser', () => {
  const site = servedInBrowser(dist);
  let context: BrowserContext;
  let page: Page;
  let messages: string[];

  /** A fresh page that records console output, page errors and live-region announcements. */
  async function openPage(): Promise<Page> {
    context = await site.browser.newContext();
    await context.route('**/*', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': SEARCH_CSP } });
    });
    await context.addInitScript(() => {
      const said: string[] = [];
      (window as unknown as { __announced: string[] }).__announced = said;
      new MutationObserver((records) => {
        for (const r of records) {
          const region = (r.target instanceof Element ? r.target : r.target.parentElement)?.closest('[aria-live]');
          const text = region?.textContent?.trim();
          if (text) said.push(text);
        }
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    page = await context.newPage();
    messages = [];
    page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
    return page;
  }

  afterEach(async () => {
    // The console stays empty: no errors, no warnings, no CSP reports, on every page opened.
    expect(messages).toEqual([]);
    await context?.unrouteAll({ behavior: 'ignoreErrors' });
    await context?.close();
  });

  const resultLinks = (p: Page) => p.locator('pagefind-results .search-result-title a');
  const summary = (p: Page) => p.locator('pagefind-summary');

  /**
   * Every result's URL, in order. Results fill in lazily as they scroll into
   * view, so each is scrolled to until all have their link.
   */
  async function resultUrls(p: Page): Promise<string[]> {
    const count = await p.evaluate(async () => {
      const list = document.querySelector('pagefind-results ul.pf-results');
      if (!list) return 0;
      // Placeholders are replaced by the rendered result, so look each one up again.
      for (let i = 0; i < list.children.length; i++) {
        for (let tries = 0; tries < 200 && !list.children[i]?.querySelector('a'); tries++) {
          list.children[i]?.scrollIntoView();
          await new Promise((resolve) => setTimeout(resolve, 25));
        }
      }
      return list.children.length;
    });
    await expect.poll(() => resultLinks(p).count()).toBe(count);
    return resultLinks(p).evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  }

  /** The count the summary shows once a search has finished. */
  async function shownCount(p: Page, query: string): Promise<number> {
    const text = await summary(p)
      .filter({ hasText: new RegExp(`^\\d+ results? for ${query}$`) })
      .innerText();
    return Number(text.split(' ')[0]);
  }

  async function searchFor(query: string): Promise<string[]> {
    const p = await openPage();
    await p.goto(`${site.url}/search/?q=${encodeURIComponent(query)}`);
    const count = await shownCount(p, query);
    const urls = await resultUrls(p);
    expect(urls).toHaveLength(count);
    return urls;
  }

  it('finds the summit first for "innovators"', async () => {
    const urls = await searchFor('innovators');
    expect(urls[0]).toBe('/events/innovators-summit/');
  });

  it('finds the Vietnam article for "EHR"', async () => {
    expect(await searchFor('EHR')).toContain('/news/vietnam-announces-expansion-of-ehrs-nationally/');
  });

  it('folds diacritics: "viet nam" finds the page that says "Việt Nam", "Hue" finds "Huế"', async () => {
    const urls = await searchFor('viet nam');
    expect(urls).toContain('/events/hcm-telehealth-forum/');
    await expect.poll(() => page.locator('pagefind-results').innerText()).toContain('Việt Nam');
    expect(await searchFor('Hue')).toContain('/events/hcm-telehealth-forum/');
    expect(await searchFor('ha noi')).toEqual(['/events/hcm-telehealth-forum/']);
  });

  it('runs the query of /search/?q=summit on load, shows the count and announces it', async () => {
    const urls = await searchFor('summit');
    expect(urls).toContain('/events/innovators-summit/');
    expect(await page.locator('pagefind-input input').inputValue()).toBe('summit');
    expect(await summary(page).innerText()).toMatch(new RegExp(`^${urls.length} results? for summit$`));
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __announced: string[] }).__announced))
      .toContainEqual(expect.stringMatching(/results? for summit/));
  });

  it('shows an event result with its dates, time and location', async () => {
    await searchFor('innovators');
    const first = page.locator('pagefind-results .search-result').first();
    await expect.poll(() => first.innerText()).toContain('Tue 2 - Thu 4 Dec 2025, 10:45 am EST · NYC');
    expect(await first.innerText()).toMatch(/^EVENT/i);
  });

  it('leaves only events when the Event filter is on', async () => {
    const all = await searchFor('health');
    expect(all.some((u) => u.startsWith('/news/'))).toBe(true);
    const dropdown = page.locator('pagefind-filter-dropdown[filter="type"]');
    await dropdown.locator('[role="combobox"]').click();
    await dropdown.locator('[role="option"][data-value="Event"]').click();
    await expect.poll(() => summary(page).innerText()).not.toBe(`${all.length} results for health`);
    const count = await shownCount(page, 'health');
    const urls = await resultUrls(page);
    expect(urls).toHaveLength(count);
    expect(urls.length).toBeGreaterThan(0);
    expect([...urls].sort()).toEqual(all.filter((u) => u.startsWith('/events/')).sort());
    expect(new Set(await page.locator('pagefind-results .search-result-type').allInnerTexts())).toEqual(
      new Set(['EVENT']),
    ); // upper-cased by CSS
  });

  it('works by keyboard alone: type, arrow down to a result, Enter opens it; the URL keeps the query', async () => {
    const p = await openPage();
    await p.goto(`${site.url}/search/`);
    await p.locator('pagefind-input input').focus();
    await p.keyboard.type('privacy days');
    await shownCount(p, 'privacy days');
    await resultLinks(p).first().waitFor();
    expect(new URL(p.url()).searchParams.get('q')).toBe('privacy days');
    await p.keyboard.press('ArrowDown');
    const focused = await p.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href'));
    expect(focused).toBe('/events/privacy-days/');
    await Promise.all([p.waitForURL('**/events/privacy-days/'), p.keyboard.press('Enter')]);
  });

  const scope = (p: Page) => p.locator('[data-search-scope]');

  it('searches recent items first, and adds the archive when asked; ?older=1 keeps it', async () => {
    const recent = await searchFor('EHR');
    expect(recent).toContain('/news/vietnam-announces-expansion-of-ehrs-nationally/');
    expect(recent).not.toContain('/events/past-conference/'); // 2024: in /pagefind-archive/2024/
    expect(await scope(page).innerText()).toMatch(
      /^Searching upcoming events and everything since June 2025\.\s+Include 1 older item$/,
    );
    await page.getByRole('button', { name: 'Include 1 older item' }).click();
    await expect.poll(() => scope(page).innerText(), { timeout: 15_000 }).toBe('Searching all events and news.');
    await expect.poll(() => shownCount(page, 'EHR'), { timeout: 15_000 }).toBe(recent.length + 1);
    expect(await resultUrls(page)).toContain('/events/past-conference/');
    expect(new URL(page.url()).searchParams.get('older')).toBe('1');
    // A shared link with ?older=1 searches everything from the start.
    await context.close();
    const p = await openPage();
    await p.goto(`${site.url}/search/?q=EHR&older=1`);
    await expect.poll(() => scope(p).innerText(), { timeout: 15_000 }).toBe('Searching all events and news.');
    await expect.poll(() => shownCount(p, 'EHR'), { timeout: 15_000 }).toBe(recent.length + 1);
  });

  it('looks in the archive without a click when nothing recent matches', async () => {
    const p = await openPage();
    await p.goto(`${site.url}/search/?q=${encodeURIComponent('autumn chicago')}`);
    await expect.poll(() => scope(p).innerText(), { timeout: 15_000 }).toBe('Searching all events and news.');
    await expect.poll(() => shownCount(p, 'autumn chicago'), { timeout: 15_000 }).toBe(1);
    expect(await resultUrls(p)).toEqual(['/events/past-conference/']);
  });

  it('reports the bytes a first query fetches (a figure for the benchmark)', async () => {
    const p = await openPage();
    const figures = await measureFirstQuery(p, site.url, 'summit');
    console.log(
      `fixture first query "summit": ${figures.results} results, ${figures.files.length} files, ${figures.bytes} bytes served, ~${figures.transfer} bytes compressed`,
      Object.fromEntries(Object.entries(figures.byKind).map(([k, v]) => [k, `${v.bytes} (~${v.transfer})`])),
    );
    expect(figures.byKind.wasm?.bytes).toBeGreaterThan(0);
    expect(figures.byKind.fragment?.bytes).toBeGreaterThan(0);
  });
});
