/**
 * The reader's-clock script: a page built before an event ended marks it past
 * once the reader's clock is after its end (data-ends-at), and not before.
 */
import { describe, expect, inject, it } from 'vitest';
import { hasChromium } from '../helpers/browser.ts';
import { servedInBrowser } from '../helpers/served-browser.ts';
import { readPage } from '../helpers/dist.ts';

const dist = inject('siteDist');
// Built as of 2025-12-01 12:00 UTC; the summit runs 2025-12-02 10:45 to the end of 2025-12-04 in New York.
const SUMMIT = 'article.card:has(a[href="/events/innovators-summit/"])';

describe('past events in the built pages', () => {
  it('carry the UTC end instant, and the label only when over at build time', () => {
    const $ = readPage(dist, '/events/');
    expect($(SUMMIT).attr('data-ends-at')).toBe('2025-12-05T05:00:00.000Z');
    expect($(SUMMIT).find('[data-past-label]').attr('hidden')).toBeDefined();
    const past = readPage(dist, '/events/past/');
    expect(past('article.card').length).toBeGreaterThan(0);
    expect(past('article.card [data-past-label][hidden]').length).toBe(0);
    const event = readPage(dist, '/events/innovators-summit/');
    expect(event('article[data-ends-at]').attr('data-ends-at')).toBe('2025-12-05T05:00:00.000Z');
  });
});

describe.skipIf(!hasChromium())("re-marked on the reader's clock", () => {
  const site = servedInBrowser(dist);

  const at = async (time: string, path: string) => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date(time));
    await page.goto(site.url + path, { waitUntil: 'load' });
    return { page, close: () => context.close() };
  };

  it('an event still on when the page is read is not marked', async () => {
    const { page, close } = await at('2025-12-05T04:59:00Z', '/events/');
    expect(await page.locator(SUMMIT).getAttribute('class')).not.toMatch(/is-past/);
    expect(await page.locator(`${SUMMIT} [data-past-label]`).isVisible()).toBe(false);
    await close();
  });

  it('an event that ended after the build is marked "Past event" on lists and on its page', async () => {
    const list = await at('2025-12-05T05:00:00Z', '/events/');
    expect(await list.page.locator(SUMMIT).getAttribute('class')).toMatch(/is-past/);
    expect(await list.page.locator(`${SUMMIT} [data-past-label]`).isVisible()).toBe(true);
    await list.close();
    const event = await at('2025-12-06T00:00:00Z', '/events/innovators-summit/');
    expect(await event.page.locator('h1 [data-past-label]').innerText()).toMatch(/past event/i);
    await event.close();
  });

  it('an event page built before the event ended stops offering to add it once it is over', async () => {
    const links = '.add-to-calendar a[href*="calendar.google.com"]';
    const before = await at('2025-12-05T04:59:00Z', '/events/innovators-summit/');
    expect(await before.page.locator(links).isVisible()).toBe(true);
    expect(await before.page.locator('.add-to-calendar [data-show-when-past]').isVisible()).toBe(false);
    await before.close();
    const after = await at('2025-12-05T05:00:00Z', '/events/innovators-summit/');
    expect(await after.page.locator(links).isVisible()).toBe(false);
    expect(await after.page.locator('.add-to-calendar [data-show-when-past]').innerText()).toBe(
      'This event is over, so there is nothing to add to your calendar.',
    );
    await after.close();
  });
});
