/**
 * Gate: HTTP headers from netlify.toml (their one source of truth) and the
 * Content-Security-Policy against what the built pages load, statically and in
 * Chromium with the headers applied. Also the JavaScript budget per page.
 */
import { describe, expect, inject, it } from 'vitest';
import { join } from 'node:path';
import { hasChromium } from '../helpers/browser.ts';
import { servedInBrowser } from '../helpers/served-browser.ts';
import { listFiles } from '../helpers/dist.ts';
import { PROJECT } from '../helpers/fixture-site.ts';
import { checkCspAtRuntime } from '../helpers/gates/browser.ts';
import { scriptWeights } from '../helpers/gates/budget.ts';
import {
  checkCachingAndTypes,
  checkCspAgainstPages,
  checkSecurityHeaders,
  cspProblems,
  headersFor,
  loopbackHeaders,
  readNetlifyHeaders,
} from '../helpers/gates/headers.ts';
import { urlPathOf } from '../helpers/gates/links.ts';
import { pagesByType } from '../helpers/gates/page-types.ts';
import { site } from '../../src/site.config.ts';
import { parse } from 'smol-toml';
import { readFileSync } from 'node:fs';

const dist = inject('siteDist');
const rules = readNetlifyHeaders(join(PROJECT, 'netlify.toml'));
const urlPaths = () => listFiles(dist).map(urlPathOf);

describe('netlify.toml', () => {
  const config = parse(readFileSync(join(PROJECT, 'netlify.toml'), 'utf8')) as {
    build: { command: string; publish: string; environment: Record<string, string> };
  };

  it('builds with npm run build into dist/, on the Node major version of .nvmrc', () => {
    expect(config.build.command).toBe('npm run build');
    expect(config.build.publish).toBe('dist');
    expect(config.build.environment['NODE_VERSION']).toBe(readFileSync(join(PROJECT, '.nvmrc'), 'utf8').trim());
  });

  it('sends every security header, strict enough for an A+, on every path', () => {
    expect(cspProblems(headersFor(rules, '/')['content-security-policy'] ?? '')).toEqual([]);
    expect(checkSecurityHeaders(rules, ['/', '/no-such-page/', ...urlPaths()])).toEqual([]);
  });

  it('caches hashed assets a year, revalidates everything else, serves .ics as text/calendar, and never sets one header twice', () => {
    expect(checkCachingAndTypes(rules, dist)).toEqual([]);
  });
});

describe('the CSP allows what the built pages load', () => {
  it('statically: no inline script or style, no handler attributes, every source allowed', () => {
    expect(checkCspAgainstPages(rules, dist, site.url)).toEqual([]);
  });

  it('pages other than /search/ load under 2 KiB of JavaScript', () => {
    const heavy = scriptWeights(dist).filter((w) => w.path !== '/search/' && w.bytes > 2048);
    expect(heavy).toEqual([]);
  });

  describe.skipIf(!hasChromium())('in Chromium, served with the headers of netlify.toml', () => {
    const site = servedInBrowser(dist, {
      headers: loopbackHeaders(rules),
    });

    // One page of each type (the static check above covers every page), an
    // unknown path, and search with a query so its index and WebAssembly load.
    it('no page reports a CSP violation, search included', async () => {
      const pages = [...pagesByType(dist).values()];
      const searchable = pages.includes('/search/') ? ['/search/?q=summit'] : [];
      const violations = await checkCspAtRuntime(
        site.browser,
        site.url,
        [...pages, ...searchable, '/no-such-page/'],
        async (page, path) => {
          if (!path.startsWith('/search/')) return;
          // Typing runs a search whatever the UI reads from the URL.
          const input = page.locator('main input[type="search"], main input:not([type])').first();
          if (await input.count()) {
            await input.fill('summit');
            await page.waitForTimeout(1000);
          }
          await page.waitForLoadState('networkidle').catch(() => undefined);
        },
      );
      expect(violations).toEqual([]);
    });
  });
});
