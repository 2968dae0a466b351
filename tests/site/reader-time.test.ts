/** The reader's own local time beside an event's time, added by a script in Chromium. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { hasChromium, launchBrowser } from '../helpers/browser.ts';
import { serveDist, type StaticServer } from '../helpers/static-server.ts';

describe.skipIf(!hasChromium())('reader local time', () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveDist(inject('siteDist'));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const readerTime = async (path: string, timezoneId: string) => {
    const context = await browser.newContext({ timezoneId, locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(server.url + path);
    const span = page.locator('.facts [data-reader-time]');
    const result = { visible: await span.isVisible(), text: (await span.textContent()) ?? '' };
    await context.close();
    return result;
  };

  it('shows a Los Angeles reader the Ho Chi Minh City event in their own time', async () => {
    const r = await readerTime('/events/hcm-telehealth-forum/', 'America/Los_Angeles');
    expect(r.visible).toBe(true);
    // 08:00 in Ho Chi Minh City (UTC+7) is 17:00 the day before in Los Angeles (UTC-8).
    expect(r.text).toBe(' (your time: Tue, Dec 9, 5:00 PM PST)');
  });

  it('adds nothing for a reader in the event\'s own zone', async () => {
    const r = await readerTime('/events/innovators-summit/', 'America/New_York');
    expect(r.visible).toBe(false);
  });
});
