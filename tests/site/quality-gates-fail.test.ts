/**
 * Each quality gate seen to fail: the same gate functions as the quality-*.test.ts
 * files, run over a deliberately broken fixture (tests/fixtures/broken: a broken
 * link, an image without alt, an MDX article that prints the build machine's
 * zone; an inline script and style added to its built article page) and over
 * netlify.toml with a header removed or an overlapping rule added, must report
 * exactly those faults.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSiteAsync } from '../helpers/build-async.ts';
import { hasChromium, launchBrowser } from '../helpers/browser.ts';
import { layoutFixture, PROJECT, TMP, type BuiltSite } from '../helpers/fixture-site.ts';
import { serveDist, type StaticServer } from '../../src/node/static-server.ts';
import { checkAccessibility, checkCspAtRuntime, MODES } from '../helpers/gates/browser.ts';
import { scriptWeights } from '../helpers/gates/budget.ts';
import {
  checkCachingAndTypes,
  checkCspAgainstPages,
  checkSecurityHeaders,
  headersFor,
  parseNetlifyHeaders,
} from '../helpers/gates/headers.ts';
import { checkHtml } from '../helpers/gates/html.ts';
import { checkLinks } from '../helpers/gates/links.ts';
import { compareBuilds } from '../helpers/gates/reproducible.ts';
import { site } from '../../src/site.config.ts';

const ARTICLE = '/news/broken-article/';
const INLINE_SCRIPT_AND_STYLE =
  '<script>document.title = \'inline\';</script><p style="font-weight: bold">An inline style, which the CSP blocks.</p>';
const toml = readFileSync(join(PROJECT, 'netlify.toml'), 'utf8');
const rules = parseNetlifyHeaders(toml);
let la: BuiltSite;
let hcm: BuiltSite;

beforeAll(async () => {
  [la, hcm] = await Promise.all([
    buildSiteAsync(layoutFixture('broken', 'broken-la'), { TZ: 'America/Los_Angeles' }),
    buildSiteAsync(layoutFixture('broken', 'broken-hcm'), { TZ: 'Asia/Ho_Chi_Minh' }),
  ]);
  if (la.status !== 0)
    throw new Error(`the broken fixture should build (its faults are in what it outputs):\n${la.output}`);
  // The Markdown plugins take a body's inline script and style out (src/lib/markdown);
  // the gates guard every page, so the page gets them as a template could add them.
  for (const dist of [la.dist, hcm.dist]) {
    const page = join(dist, 'news/broken-article/index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace('</main>', `${INLINE_SCRIPT_AND_STYLE}</main>`));
  }
}, 600_000);

describe('each gate fails on the broken fixture', () => {
  it('links: the link to a page that does not exist', () => {
    expect(checkLinks(la.dist, { siteUrl: site.url })).toEqual([
      {
        file: 'news/broken-article/index.html',
        ref: '/events/no-such-event/',
        reason: 'no page at /events/no-such-event/',
      },
    ]);
  });

  it('links: a link without its trailing slash, a missing image and a missing fragment', () => {
    const page = join(la.dist, 'news/broken-article/index.html');
    const html = readFileSync(page, 'utf8');
    try {
      writeFileSync(
        page,
        html.replace(
          '</main>',
          '<a href="/events">e</a><img src="/missing.png" alt="x"><a href="#nowhere">n</a></main>',
        ),
      );
      const reasons = checkLinks(la.dist, { siteUrl: site.url }).map((p) => p.reason);
      expect(reasons).toEqual(
        expect.arrayContaining([
          'page link without its trailing slash (use /events/)',
          'no file at /missing.png',
          'no element with id "nowhere" in news/broken-article/index.html',
        ]),
      );
    } finally {
      writeFileSync(page, html);
    }
  });

  it('links: broken URLs in a feed and in a calendar (folded line), and a broken url() in CSS', () => {
    const files = {
      'feed-test.xml': `<rss><channel><link>${site.url}/news/nope/</link><description>&lt;a href="/tags/nope/"&gt;x&lt;/a&gt;</description></channel></rss>`,
      'cal-test.ics': `BEGIN:VCALENDAR\r\nURL:${site.url}/events/no\r\n -such/\r\nEND:VCALENDAR\r\n`,
      '_astro/css-test.css': 'a{background:url(/img/nope.png)}',
    };
    try {
      for (const [file, text] of Object.entries(files)) writeFileSync(join(la.dist, file), text);
      const found = checkLinks(la.dist, { siteUrl: site.url })
        .filter((p) => p.file in files)
        .map((p) => `${p.file} ${p.reason}`);
      expect(found.sort()).toEqual([
        '_astro/css-test.css no file at /img/nope.png',
        'cal-test.ics no page at /events/no-such/',
        'feed-test.xml no page at /news/nope/',
        'feed-test.xml no page at /tags/nope/',
      ]);
    } finally {
      for (const file of Object.keys(files)) rmSync(join(la.dist, file));
    }
  });

  it('valid HTML: the image without alt and the inline style', async () => {
    const problems = await checkHtml(la.dist);
    expect(problems.every((p) => p.file === 'news/broken-article/index.html')).toBe(true);
    expect(problems.map((p) => p.rule)).toEqual(expect.arrayContaining(['wcag/h37', 'no-inline-style']));
  });

  it('CSP: the inline script and the style attribute', () => {
    const problems = checkCspAgainstPages(rules, la.dist, site.url).map((p) => `${p.where} ${p.problem}`);
    expect(problems).toEqual([
      expect.stringMatching(new RegExp(`^${ARTICLE} inline <script> without a hash`)),
      expect.stringMatching(new RegExp(`^${ARTICLE} style attribute on <p> is blocked`)),
    ]);
  });

  it("reproducible: the article that prints the build machine's zone", () => {
    expect(hcm.status).toBe(0);
    const files = compareBuilds(la.dist, hcm.dist).map((d) => d.file);
    // The page, and the search index that holds its text.
    expect(files.filter((f) => !f.startsWith('pagefind/'))).toEqual(['news/zone-dependent/index.html']);
  });

  it('JavaScript budget: a page over 2 KiB of script, imports included', () => {
    const dist = join(TMP, 'budget-dist');
    rmSync(dist, { recursive: true, force: true });
    mkdirSync(join(dist, '_astro'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<!doctype html><script type="module" src="/_astro/a.js"></script>');
    writeFileSync(join(dist, '_astro/a.js'), `import"./b.js";${'/*a*/'.repeat(250)}`);
    writeFileSync(join(dist, '_astro/b.js'), '/*b*/'.repeat(250));
    expect(scriptWeights(dist)).toEqual([
      { path: '/', bytes: 2 * 1250 + 'import"./b.js";'.length, files: ['/_astro/a.js', '/_astro/b.js'] },
    ]);
  });
});

describe('the header gate fails on a netlify.toml with a fault', () => {
  const without = (header: string) =>
    parseNetlifyHeaders(
      toml
        .split('\n')
        .filter((line) => !line.trim().startsWith(`${header} =`))
        .join('\n'),
    );

  it.each([
    'Content-Security-Policy',
    'Strict-Transport-Security',
    'X-Content-Type-Options',
    'Referrer-Policy',
    'Permissions-Policy',
  ])('a missing %s', (header) => {
    expect(checkSecurityHeaders(without(header))).toEqual([{ where: '/', problem: `missing ${header}` }]);
  });

  it("a CSP that allows 'unsafe-inline' scripts or lets the site be framed", () => {
    const weak = parseNetlifyHeaders(
      toml
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("frame-ancestors 'none'", 'frame-ancestors *'),
    );
    const problem = checkSecurityHeaders(weak)[0]?.problem ?? '';
    expect(problem).toMatch(/script-src allows 'unsafe-inline'/);
    expect(problem).toMatch(/frame-ancestors is not 'none'/);
  });

  it('hashed assets not cached, .ics without its type, and Cache-Control set twice on one file', () => {
    const broken = [
      ...without('Content-Type').filter((r) => r.for !== '/_astro/*'),
      { for: '/*', values: { 'Cache-Control': 'public, max-age=0, must-revalidate' } },
      { for: '/*.xml', values: { 'Cache-Control': 'no-cache' } },
    ];
    const problems = checkCachingAndTypes(broken, la.dist).map((p) => p.problem);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^hashed asset cached as "public, max-age=0, must-revalidate"/),
        expect.stringMatching(/^Content-Type "\(by extension\)": expected text\/calendar/),
        'Cache-Control is set by both "/*.xml" and "/*"',
      ]),
    );
  });
});

describe.skipIf(!hasChromium())('the browser gates fail on the broken fixture', () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveDist(la.dist, { headers: (path) => headersFor(rules, path) });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('axe: the image without alt', async () => {
    const violations = await checkAccessibility(browser, server.url, [ARTICLE], [MODES[0]!]);
    expect(violations.map((v) => `${v.path} ${v.rule} ${v.impact}`)).toEqual([`${ARTICLE} image-alt critical`]);
  });

  it('CSP at run time: the inline script and the style attribute are refused', async () => {
    const violations = await checkCspAtRuntime(browser, server.url, [ARTICLE, '/']);
    expect(violations.every((v) => v.path === ARTICLE)).toBe(true);
    expect(violations.map((v) => v.directive).sort()).toEqual(['script-src-elem', 'style-src-attr']);
  });
});
