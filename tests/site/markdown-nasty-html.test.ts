/**
 * The real posts whose raw HTML broke pages (tests/fixtures/nasty-html: unclosed
 * tags, a body `# heading`, iframes with `frameborder`, tables with obsolete
 * attributes, inline styles and scripts), built by the real `astro build` with
 * the site's Markdown plugins: every page is valid HTML (html-validate with the
 * project's configuration and, when Java is there, the Nu HTML Checker), has
 * one h1, heading anchors, safe external links and nothing its CSP blocks; the
 * page's `</main>` and footer survive a body that leaves an `<h2>` open.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXTERNAL_REL, PAGE_IDS } from '../../src/lib/markdown/index.ts';
import { site } from '../../src/site.config.ts';
import { hasChromium } from '../helpers/browser.ts';
import { buildSiteAsync } from '../helpers/build-async.ts';
import { listFiles, readPage, text } from '../helpers/dist.ts';
import { layoutFixture, PROJECT, type BuiltSite } from '../helpers/fixture-site.ts';
import { checkAccessibility, MODES } from '../helpers/gates/browser.ts';
import { checkCspAgainstPages, readNetlifyHeaders } from '../helpers/gates/headers.ts';
import { checkHtml } from '../helpers/gates/html.ts';
import { checkLinks, urlPathOf } from '../helpers/gates/links.ts';
import { servedInBrowser } from '../helpers/served-browser.ts';

const root = layoutFixture('nasty-html');
let built: BuiltSite;
beforeAll(async () => {
  built = await buildSiteAsync(root);
  if (built.status !== 0) throw new Error(`nasty-html failed to build:\n${built.output}`);
});

const pages = () =>
  listFiles(join(root, 'dist'))
    .filter((f) => f.endsWith('.html'))
    .map(urlPathOf);
/** The fixture's own entries: the pages with a body. */
const entryPages = () => pages().filter((p) => /^\/(news|events)\/[^/]+\/$/.test(p) && p !== '/events/past/');
const EVENT = '/events/interop-clinic/';

/** What of an entry page comes from its body: the article without the page's own header, sections and tags. */
const PAGE_PARTS = 'header, .add-to-calendar, [aria-labelledby="dates-heading"], nav[aria-label="Tags"]';
const bodyOf = ($: CheerioAPI) => (selector: string) =>
  $(`main article ${selector}`).filter((_, el) => $(el).closest(PAGE_PARTS).length === 0);

describe('valid HTML', () => {
  it('every page passes html-validate with the project configuration', async () => {
    expect(entryPages()).toHaveLength(11);
    expect(await checkHtml(built.dist)).toEqual([]);
  });

  it('every page has exactly one h1, the page title', () => {
    for (const path of pages()) expect(readPage(built.dist, path)('h1').length, path).toBe(1);
    // This post's body starts with a `# heading` of its own.
    const $ = readPage(built.dist, '/news/2016-03-23-what-have-you-loved-working-on/');
    expect(text($('h1').text())).toBe('We asked over 100 of our coworkers: What have you loved working on?');
    expect(text($('h2#what-have-you-loved-working-on').text())).toBe('What have you loved working on?');
  });

  it("keeps the page's </main> and footer after a body that leaves an <h2> open", () => {
    const html = readFileSync(join(built.dist, EVENT, 'index.html'), 'utf8');
    const $ = readPage(built.dist, EVENT);
    const open = $('h2#a-heading-left-open');
    expect(text(open.text())).toBe('A heading left open');
    expect(open.next('p').text()).toContain('must not end up inside that heading');
    expect($('h2 p, h2 footer, h2 main').length).toBe(0);
    expect($('body > main#main').length).toBe(1);
    expect($('body > footer.site-footer').length).toBe(1);
    expect(html.indexOf('</main>')).toBeLessThan(html.indexOf('<footer class="site-footer">'));
  });

  it('shows tags named in a sentence as text, and keeps the text after them out of any heading', () => {
    const $ = readPage(built.dist, '/news/2020-06-23-building-trust-in-a-public-health-crisis/');
    expect($('main').text()).toContain('headings like <H1> and <H2>, and style them');
    expect($('main h2, main h3').filter((_, h) => $(h).find('p').length > 0).length).toBe(0);
  });
});

describe('headings, anchors and links', () => {
  /** The body's headings: those in main whose id the page itself does not give. */
  const bodyHeadings = (path: string) => {
    const $ = readPage(built.dist, path);
    return {
      $,
      headings: $('main :is(h2, h3, h4, h5, h6)').filter(
        (_, h) => !(PAGE_IDS as readonly string[]).includes($(h).attr('id') ?? ''),
      ),
    };
  };

  it('gives every body heading an id and an anchor link that is the heading text', () => {
    let anchors = 0;
    for (const path of entryPages()) {
      const { $, headings } = bodyHeadings(path);
      headings.each((_, h) => {
        const id = $(h).attr('id');
        expect(id, `${path} ${$(h).text()}`).toMatch(/^[a-z][^\s]*$/i);
        const links = $(h).find('a');
        // A heading that is a link already keeps its own link.
        if (links.length === 1 && !links.hasClass('heading-anchor')) return;
        const anchor = $(h).children('a.heading-anchor');
        expect(anchor.attr('href'), `${path} #${id}`).toBe(`#${id}`);
        expect(text(anchor.text())).toBe(text($(h).text()));
        anchors++;
      });
    }
    expect(anchors).toBeGreaterThan(50);
  });

  it('keeps ids unique on every page, apart from the ids the page itself uses', () => {
    for (const path of pages()) {
      const $ = readPage(built.dist, path);
      const ids = $('[id]')
        .map((_, el) => $(el).attr('id'))
        .get();
      expect(ids.length - new Set(ids).size, path).toBe(0);
    }
    const { $, headings } = bodyHeadings(EVENT);
    expect(headings.map((_, h) => $(h).attr('id')).get()).toEqual([
      'main-1',
      'next-dates',
      'dates-heading-2',
      'dates-heading-1',
      'a-heading-that-is-a-link',
      'a-heading-left-open',
    ]);
    expect($('#main').is('main')).toBe(true);
    expect($('#dates-heading').text()).toBe('Next dates');
  });

  it('marks links to other sites with rel="external noopener noreferrer" and opens none in a new tab', () => {
    let external = 0;
    for (const path of entryPages()) {
      const $ = readPage(built.dist, path);
      bodyOf($)('a[href]').each((_, a) => {
        const href = $(a).attr('href') ?? '';
        expect($(a).attr('target'), `${path} ${href}`).toBeUndefined();
        const url = new URL(href, `${site.url}${path}`);
        if (url.origin === site.url || !/^https?:$/.test(url.protocol)) {
          expect($(a).attr('rel') ?? '', href).not.toContain('external');
          return;
        }
        expect(($(a).attr('rel') ?? '').split(' '), `${path} ${href}`).toEqual([...EXTERNAL_REL]);
        external++;
      });
    }
    expect(external).toBeGreaterThan(100);
  });

  it('leaves no broken internal link or fragment, the table of contents of a post included', () => {
    expect(checkLinks(built.dist, { siteUrl: site.url })).toEqual([]);
    const $ = readPage(built.dist, '/news/2016-03-23-what-have-you-loved-working-on/');
    expect($('a[href="#contents"]').length).toBeGreaterThan(5);
  });
});

describe("what the site's CSP would block", () => {
  it('leaves no inline script, style, handler or frame in any page (static check of every page)', () => {
    const rules = readNetlifyHeaders(join(PROJECT, 'netlify.toml'));
    expect(checkCspAgainstPages(rules, built.dist, site.url)).toEqual([]);
  });

  it('turns an embedded video into a link to its page', () => {
    const $ = readPage(built.dist, '/news/2015-05-27-dan-brown-conflict-in-design/');
    expect($('iframe').length).toBe(0);
    const link = $('main a[href="https://www.youtube.com/watch?v=mO8PiHST5CI&t=159s"]');
    expect(link.length).toBe(1);
    expect(link.attr('rel')).toBe('external noopener noreferrer');
  });

  it('tells the writer at build time, with file and line, as npm run check does', () => {
    expect(built.output).toContain(
      'content/articles/2016-03-23-what-have-you-loved-working-on.md: warning: <h1> in the body became <h2> (the page title is the only h1) (line 24)',
    );
    expect(built.output).toContain(
      "content/articles/2015-05-27-dan-brown-conflict-in-design.md: warning: an <iframe> was replaced by a link to https://www.youtube.com/watch?v=mO8PiHST5CI&t=159s: the site's Content-Security-Policy blocks frames and objects from any site, so readers would see an empty box (line 23)",
    );
  });

  it("keeps the bundler's warning about Astro's own MDX modules out of the writer's log", () => {
    // The fixture has an .mdx body; Astro's compiled MDX starts with a directive the bundler warns about.
    expect(built.output).not.toContain('astro:head-inject');
  });
});

describe('reading time', () => {
  it("is in every Markdown entry's front matter as Astro stores it for render()", () => {
    // Astro's content store, as devalue writes it: values are indexes into one array.
    const store = JSON.parse(readFileSync(join(root, 'node_modules/.astro/data-store.json'), 'utf8')) as unknown[];
    const minutes = store.flatMap((value) =>
      value !== null && typeof value === 'object' && 'readingMinutes' in value
        ? [store[(value as { readingMinutes: number }).readingMinutes]]
        : [],
    );
    expect(minutes).toHaveLength(10);
    for (const m of minutes) expect(Number.isInteger(m) && (m as number) >= 1).toBe(true);
    expect(Math.max(...(minutes as number[]))).toBeGreaterThan(10);
  });
});

describe.skipIf(!hasChromium())('accessibility of the repaired pages (axe-core)', () => {
  const served = servedInBrowser(join(root, 'dist'));

  it('no moderate, serious or critical violation', async () => {
    const paths = [
      EVENT,
      '/news/mdx-with-html/',
      '/news/2016-03-23-what-have-you-loved-working-on/',
      '/news/2016-01-21-what-we-can-learn-from-the-interiors-social-feeds/',
    ];
    expect(await checkAccessibility(served.browser, served.url, paths, [MODES[0]!])).toEqual([]);
  }, 120_000);
});

describe('the Nu HTML Checker', () => {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  const version = /version "(\d+)/.exec(`${java.stderr}${java.stdout}`)?.[1];

  it('finds no error or warning in any page', (context) => {
    context.skip(
      java.status !== 0 || Number(version) < 11,
      'the Nu HTML Checker (vnu.jar) needs Java 11 or newer on the PATH (Debian: apt-get install default-jre-headless)',
    );
    const jar = String(createRequire(import.meta.url)('vnu-jar'));
    const result = spawnSync('java', ['-jar', jar, '--format', 'json', '--skip-non-html', built.dist], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      timeout: 110_000,
    });
    const { messages } = JSON.parse(result.stderr || result.stdout) as {
      messages: { type: string; subType?: string; url: string; message: string }[];
    };
    // "info" without a subtype is advice (such as on trailing slashes of void elements), not a finding.
    const findings = messages
      .filter((m) => m.type === 'error' || m.subType === 'warning')
      .map((m) => `${m.url.slice(m.url.indexOf('/dist/') + 5)}: ${m.message}`);
    expect(findings).toEqual([]);
  }, 120_000);
});
