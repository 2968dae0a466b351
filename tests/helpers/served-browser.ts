/**
 * A built site served on loopback and one Chromium, started before a describe
 * block's tests and closed after them; read `browser` and `url` inside tests.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { serveDist, type ServeOptions, type StaticServer } from '../../src/node/static-server.ts';

export interface ServedSite {
  readonly browser: Browser;
  readonly url: string;
}

export function servedInBrowser(dist: string, options: ServeOptions = {}): ServedSite {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [server, browser] = await Promise.all([serveDist(dist, options), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('servedInBrowser: the browser starts in beforeAll; use it inside a test');
      return browser;
    },
    get url() {
      if (!server) throw new Error('servedInBrowser: the server starts in beforeAll; use it inside a test');
      return server.url;
    },
  };
}
