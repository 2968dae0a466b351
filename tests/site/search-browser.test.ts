/**
 * Search in Debian's Chromium against the built fixture site, served as
 * Netlify would serve it and under the strict Content-Security-Policy the
 * README asks the deploy to send: every published page found from the first
 * keystroke, diacritics, words written apart, drafts never, filters, sorting
 * and results by keyboard, `?q=` deep links, announcements, no layout shift as
 * results arrive, and a console with nothing in it.
 */
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { hasChromium, CHROMIUM } from '../helpers/browser.ts';
import { servedInBrowser } from '../helpers/served-browser.ts';
import { measureFirstQuery } from '../../src/node/search-bytes.ts';
import { PROJECT } from '../helpers/fixture-site.ts';

const dist = inject('siteDist');

/** What the search page needs, and no more (README, "Search"). */
export const SEARCH_CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');

/** The fixture's content files, with the page each publishes and the words of its body. */
const CONTENT = join(PROJECT, 'tests/fixtures/site/content');
const entries = ['events', 'articles'].flatMap((collection) =>
  readdirSync(join(CONTENT, collection), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.mdx?$/.test(file))
    .map((file) => {
      const text = readFileSync(join(CONTENT, collection, file), 'utf8');
      const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
      const slug = basename(file).replace(/\.mdx?$/, '');
      return {
        url: `/${collection === 'events' ? 'events' : 'news'}/${slug}/`,
        unpublished: /^draft: true$/m.test(front) || /^date: 2026/m.test(front),
        text: text.toLowerCase(),
        title: /^title: "?(.*?)"?$/m.exec(front)?.[1] ?? '',
        // Words of the body as a reader sees them: no markup, no component names.
        words: new Set(
          body
            .replace(/<[^>]*>|\{[^}]*\}|\]\([^)]*\)|^import .*$/gm, ' ')
            .toLowerCase()
            .match(/\p{L}{4,}|\d{2,}/gu) ?? [],
        ),
      };
    }),
);
const published = entries.filter((e) => !e.unpublished);
const unpublished = entries.filter((e) => e.unpublished);

/**
 * A word of each page's body that the fewest other pages have, so it finds the
 * page among few results. Pagefind indexes English stems ("digitalization" is
 * "digit", as "digital" is), so a word counts as another page's when that page
 * has a word starting with its first five letters.
 */
function distinctiveWord(entry: (typeof entries)[number]): { word: string; others: number } {
  const others = (word: string) => {
    const start = new RegExp(`(^|[^\\p{L}\\p{N}])${word.slice(0, 5)}`, 'u');
    return entries.filter((e) => e !== entry && start.test(e.text)).length;
  };
  const word = [...entry.words].sort((a, b) => others(a) - others(b) || b.length - a.length || (a < b ? -1 : 1))[0]!;
  return { word, others: others(word) };
}

/**
 * What a reader would type to find the page: its most distinctive word, or,
 * when ten other pages have that word too (the fixture's filler articles
 * differ only by a number, which may also start a date), its title.
 */
function queryFor(entry: (typeof entries)[number]): string {
  const { word, others } = distinctiveWord(entry);
  return others < 10 ? word : entry.title.toLowerCase();
}

if (!hasChromium())
  console.warn(`search browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, as .ci/run does)`);

describe.skipIf(!hasChromium())('search in the browser', () => {
  const site = servedInBrowser(dist);
  let context: BrowserContext;
  let page: Page;
  let messages: string[];

  /** A fresh page that records console output, page errors, live-region announcements and layout shifts. */
  async function openPage(options: BrowserContextOptions = {}): Promise<Page> {
    context = await site.browser.newContext(options);
    await context.route('**/*', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': SEARCH_CSP } });
    });
    await context.addInitScript(() => {
      const w = window as unknown as { __announced: string[]; __shift: number };
      w.__announced = [];
      w.__shift = 0;
      new MutationObserver((records) => {
        for (const r of records) {
          const region = (r.target instanceof Element ? r.target : r.target.parentElement)?.closest('[aria-live]');
          const text = region?.textContent?.trim();
          if (text) w.__announced.push(text);
        }
      }).observe(document, { subtree: true, childList: true, characterData: true });
      // Every shift counts: Chromium's phone emulation marks them all as after input, though the tests give none.
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) w.__shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
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

  const status = (p: Page) => p.locator('[data-search-status]');
  const input = (p: Page) => p.locator('[data-search-input]');
  const resultUrls = (p: Page) =>
    p
      .locator('[data-search-results] .search-result-title a')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  /** The status once a search has finished, e.g. "3 results for “ehr”." */
  const finished = (p: Page, words: string) =>
    status(p)
      .filter({ hasText: new RegExp(`^(\\d+ results?|No results) for “${words}”`) })
      .innerText();
  /** The day each shown result is dated (the first day of an event as listed). */
  const shownDates = (p: Page) =>
    p
      .locator('[data-search-results] .search-result-facts time')
      .evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));

  async function searchFor(query: string): Promise<string[]> {
    const p = await openPage();
    await p.goto(`${site.url}/search/?q=${encodeURIComponent(query)}`);
    const text = await finished(p, query);
    const urls = await resultUrls(p);
    expect(urls).toHaveLength(Math.min(10, text.startsWith('No') ? 0 : Number(text.split(' ')[0])));
    return urls;
  }

  it('finds every published page by a word of its body (or its title), as the reader types, with no click', async () => {
    expect(published).toHaveLength(32);
    const p = await openPage();
    await p.goto(`${site.url}/search/`);
    await input(p).focus();
    const missed: string[] = [];
    const typed = published.map(queryFor);
    // Every page by a word of its body but fillers 10 and 20, whose numbers start every date ("2025-10-…").
    expect(typed.filter((q) => q.includes(' '))).toEqual(['filler report 10', 'filler report 20']);
    for (const [i, entry] of published.entries()) {
      const word = typed[i]!;
      await input(p).clear();
      await p.keyboard.type(word);
      await finished(p, word);
      if (!(await resultUrls(p)).includes(entry.url)) missed.push(`${entry.url} (typed "${word}")`);
    }
    expect(missed).toEqual([]);
  });

  it('never finds a draft or a scheduled article, by their words or titles', async () => {
    expect(unpublished.map((e) => e.url).sort()).toEqual([
      '/events/draft-event/',
      '/news/draft-article/',
      '/news/scheduled-article/',
    ]);
    const p = await openPage();
    await p.goto(`${site.url}/search/`);
    for (const word of [...unpublished.map((e) => distinctiveWord(e).word), 'unannounced', 'nobody', 'future']) {
      await input(p).fill(word);
      await finished(p, word);
      const urls = await resultUrls(p);
      for (const entry of unpublished) expect(urls, word).not.toContain(entry.url);
    }
  });

  it('lists the Vietnam EHR article for ?q=vietnam, and for ?q=viet%20nam', async () => {
    expect(await searchFor('vietnam')).toContain('/news/vietnam-announces-expansion-of-ehrs-nationally/');
    const urls = await searchFor('viet nam');
    // "Việt Nam" in the forum's body (diacritics folded), "Vietnam" in the article (the words written as one),
    // and a filler article tagged vietnam (tags are searched).
    expect(urls).toEqual([
      '/events/hcm-telehealth-forum/',
      '/news/vietnam-announces-expansion-of-ehrs-nationally/',
      '/news/filler-21/',
    ]);
    await expect.poll(() => page.locator('[data-search-results]').innerText()).toContain('Việt Nam');
  });

  it('folds diacritics: "Hue" finds "Huế", "ha noi" finds "Hà Nội"', async () => {
    expect(await searchFor('Hue')).toContain('/events/hcm-telehealth-forum/');
    expect(await searchFor('ha noi')).toContain('/events/hcm-telehealth-forum/');
  });

  it('finds every event and article about or tagged FHIR for "fhir"', async () => {
    const urls = await searchFor('fhir');
    expect([...urls].sort()).toEqual([
      '/events/new-year-hackathon/',
      '/events/weekly-webinar/',
      '/news/filler-20/',
      '/news/filler-21/',
      '/news/vietnam-announces-expansion-of-ehrs-nationally/',
    ]);
  });

  it("finds an article by its author's name", async () => {
    expect(await searchFor('bao tran')).toEqual(['/news/mdx-article/']);
  });

  it('runs the query of /search/?q=summit on load, shows the count and announces it', async () => {
    const urls = await searchFor('summit');
    expect(urls).toContain('/events/innovators-summit/');
    expect(await input(page).inputValue()).toBe('summit');
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __announced: string[] }).__announced))
      .toContainEqual(expect.stringMatching(/^\d+ results? for “summit”/));
  });

  it('shows an event result with its kind, dates, time and location', async () => {
    await searchFor('innovators');
    const first = page.locator('.search-result').first();
    expect(await first.innerText()).toMatch(/^EVENT\n/i);
    expect(await first.innerText()).toContain('Tue 2 - Thu 4 Dec 2025, 10:45 am EST · NYC');
    // The first day, machine-readable.
    expect(await first.locator('time').getAttribute('datetime')).toBe('2025-12-02');
  });

  it('lists articles and every year in the filters, with counts, and filters by them', async () => {
    const p = await openPage();
    await p.goto(`${site.url}/search/?q=health`);
    await finished(p, 'health');
    expect(await p.locator('select[name="type"] option').allInnerTexts()).toEqual([
      'All types (32)',
      'Events (9)',
      'Articles (23)',
    ]);
    expect(await p.locator('select[name="year"] option').allInnerTexts()).toEqual([
      'All years',
      '2026 (2)',
      '2025 (30)',
      '2024 (1)',
    ]);
    await p.locator('select[name="type"]').selectOption('article');
    await expect.poll(() => status(p).innerText()).toMatch(/^\d+ results for “health”: articles\./);
    const articles = await resultUrls(p);
    expect(articles.length).toBeGreaterThan(0);
    expect(articles.every((u) => u.startsWith('/news/'))).toBe(true);
    expect(new URL(p.url()).search).toBe('?q=health&type=article');
    // A year alone, with no words: everything of that year.
    await p.locator('select[name="type"]').selectOption('');
    await input(p).fill('');
    await p.locator('select[name="year"]').selectOption('2024');
    await expect.poll(() => status(p).innerText()).toBe('1 result: in 2024.');
    expect(await resultUrls(p)).toEqual(['/events/past-conference/']);
  });

  it('sorts by keyboard: newest first, then soonest upcoming', async () => {
    const p = await openPage();
    await p.goto(`${site.url}/search/?q=health`);
    const best = await finished(p, 'health');
    const total = Number(best.split(' ')[0]);
    await p.locator('select[name="sort"]').focus();
    await p.keyboard.press('ArrowDown');
    await expect.poll(() => status(p).innerText()).toMatch(/newest first\./);
    expect(new URL(p.url()).searchParams.get('sort')).toBe('newest');
    expect(await status(p).innerText()).toMatch(new RegExp(`^${total} results for “health”`));
    const newest = await shownDates(p);
    expect(newest).toHaveLength(10);
    expect(newest).toEqual([...newest].sort().reverse());
    // The next ten carry on from where the first ten stopped.
    await p.getByRole('button', { name: 'Show more results' }).press('Enter');
    await expect.poll(() => shownDates(p).then((d) => d.length)).toBe(Math.min(20, total));
    const twenty = await shownDates(p);
    expect(twenty).toEqual([...twenty].sort().reverse());
    await p.locator('select[name="sort"]').focus();
    await p.keyboard.press('ArrowDown');
    await expect.poll(() => status(p).innerText()).toMatch(/^\d+ upcoming events? for “health”: soonest first\./);
    const soonest = await shownDates(p);
    expect(soonest.length).toBeGreaterThan(1);
    expect(soonest).toEqual([...soonest].sort());
    expect(soonest.every((d) => d >= '2025-12-01')).toBe(true);
  });

  it('works by keyboard alone: type, arrow down to a result, Enter opens it; the URL keeps the query', async () => {
    const p = await openPage();
    await p.goto(`${site.url}/search/`);
    await input(p).focus();
    await p.keyboard.type('privacy days');
    await finished(p, 'privacy days');
    expect(new URL(p.url()).searchParams.get('q')).toBe('privacy days');
    await p.keyboard.press('ArrowDown');
    const focused = await p.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href'));
    expect(focused).toBe('/events/privacy-days/');
    await Promise.all([p.waitForURL('**/events/privacy-days/'), p.keyboard.press('Enter')]);
  });

  it.each([
    ['desktop', { viewport: { width: 1280, height: 900 } }],
    ['phone', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }],
  ] as const)('moves nothing on screen as results arrive (%s)', async (_name, options) => {
    const p = await openPage(options);
    await p.goto(`${site.url}/search/?q=fhir`);
    await finished(p, 'fhir');
    await p.waitForLoadState('networkidle');
    // Cumulative layout shift: none, as the results' space is reserved ("good" is under 0.1; issue 17
    // measured 0.62, and without the reserved space the footer moves by 0.07 here, 0.13 on the phone).
    expect(await p.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBeLessThan(0.01);
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
    // Filters are loaded when a search uses one, not before.
    expect(figures.byKind.filter).toBeUndefined();
  });
});
