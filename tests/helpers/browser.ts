/**
 * Debian's Chromium driven by playwright-core, with the path and flags of
 * src/node/chromium.ts.
 */
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../src/node/chromium.ts';

export { CHROMIUM, hasChromium } from '../../src/node/chromium.ts';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_FLAGS] });
}
