/**
 * Gate: axe-core in Chromium finds no moderate, serious or critical violation on one page
 * of each type (home, events, past events, event, year, month, day, news list,
 * article, tag, search when present (also showing results, and filtered and
 * sorted), 404), in light and
 * dark colour schemes, on a desktop and a phone (390x844) viewport.
 */
import { describe, expect, inject, it } from 'vitest';
import { hasChromium } from '../helpers/browser.ts';
import { servedInBrowser } from '../helpers/served-browser.ts';
import { checkAccessibility, MODES } from '../helpers/gates/browser.ts';
import { pagesByType } from '../helpers/gates/page-types.ts';

const dist = inject('siteDist');
const pages = pagesByType(dist);

describe.skipIf(!hasChromium())('accessibility (axe-core)', () => {
  const site = servedInBrowser(dist);

  it('checks every page type the site has', () => {
    for (const type of [
      'home',
      'events',
      'event',
      'calendar year',
      'calendar month',
      'calendar day',
      'news list',
      'article',
      'tags',
      'tag',
      '404',
    ])
      expect(pages.has(type), type).toBe(true);
  });

  it.each(MODES.map((mode) => [mode.name, mode] as const))(
    'no moderate, serious or critical violation: %s',
    async (_name, mode) => {
      // The 404 page as served for an unknown path, not only as a file; search
      // with results on the page, and with a filter and a sort chosen.
      const paths = [
        ...pages.values(),
        '/no-such-page/',
        ...(pages.has('search') ? ['/search/?q=summit', '/search/?q=health&type=event&sort=newest'] : []),
      ];
      expect(await checkAccessibility(site.browser, site.url, paths, [mode])).toEqual([]);
    },
    300_000,
  );
});
