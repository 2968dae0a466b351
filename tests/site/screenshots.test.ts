/**
 * Screenshots of the pages readers browse (home, year, month, day, event and
 * tag pages, one of them a tag in Chinese) at a phone's and a desktop's width, kept as artefacts for people
 * to look at: written under tests/.tmp/screenshots/ (or TEST_TMP), which git
 * ignores, and their folder printed. The test checks each is a whole page,
 * not a blank or an error page.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { hasChromium } from '../helpers/browser.ts';
import { FIXTURE_NOW, TMP } from '../helpers/fixture-site.ts';
import { servedInBrowser } from '../helpers/served-browser.ts';

const dist = inject('siteDist');
const OUT = join(TMP, 'screenshots');
const PAGES = {
  home: '/',
  year: '/calendar/2025/',
  month: '/calendar/2025/12/',
  day: '/calendar/2025/12/03/',
  event: '/events/weekly-webinar/',
  tag: '/tags/fhir/',
  'tag-cjk': '/tags/远程医疗/',
};
const WIDTHS = [390, 1280];

/** Width and height of a PNG, from its IHDR chunk. */
const pngSize = (file: string) => {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
};

describe.skipIf(!hasChromium())('screenshots for people to look at', () => {
  const site = servedInBrowser(dist);

  it('of home, year, month, day, event and tag pages at 390 and 1280 px', async () => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    for (const width of WIDTHS) {
      const context = await site.browser.newContext({ viewport: { width, height: 844 } });
      const page = await context.newPage();
      // The reader's clock at the build's "now", so the scripts show the pages as built.
      await page.clock.setFixedTime(new Date(FIXTURE_NOW));
      for (const [name, path] of Object.entries(PAGES)) {
        const response = await page.goto(site.url + path, { waitUntil: 'load' });
        expect(response?.status(), path).toBe(200);
        const file = join(OUT, `${name}-${width}.png`);
        await page.screenshot({ path: file, fullPage: true });
        const size = pngSize(file);
        expect(size.width, file).toBe(width);
        // No page scrolls sideways, and each has more than a screen of content.
        expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(width);
        expect(size.height, file).toBeGreaterThan(600);
      }
      await context.close();
    }
    console.log(`Screenshots of ${Object.keys(PAGES).length} pages at ${WIDTHS.join(' and ')} px: ${OUT}`);
  }, 120_000);
});
