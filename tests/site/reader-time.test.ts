/** The reader's own local time beside an event's time, added by a script in Chromium. */
import { describe, expect, inject, it } from 'vitest';
import { hasChromium } from '../helpers/browser.ts';
import { servedInBrowser } from '../helpers/served-browser.ts';

describe.skipIf(!hasChromium())('reader local time', () => {
  const site = servedInBrowser(inject('siteDist'));

  const readerTime = async (path: string, timezoneId: string) => {
    const context = await site.browser.newContext({ timezoneId, locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(site.url + path);
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

  it("adds nothing for a reader in the event's own zone", async () => {
    const r = await readerTime('/events/innovators-summit/', 'America/New_York');
    expect(r.visible).toBe(false);
  });
});
