/**
 * The whole plugin list of src/lib/markdown/index.ts, as src/markdown.config.ts
 * gives it to Sätteri: heading ids and anchors, ids that never clash with the
 * page's, external links, tables and dashes as before; and what the list
 * assumes about the pages (their ids) and about the site's Content-Security-Policy.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { embedPageUrl } from '../../src/lib/markdown/embed-link.ts';
import { PAGE_IDS } from '../../src/lib/markdown/index.ts';
import { TEXT_COLUMN_SIZES } from '../../src/lib/markdown/text-column.ts';
import { movedHref, uniqueIds } from '../../src/lib/markdown/unique-ids.ts';
import { effectiveSources, headersFor, parseCsp, readNetlifyHeaders } from '../helpers/gates/headers.ts';
import { PROJECT } from '../helpers/fixture-site.ts';
import { render, SITE, SITE_PLUGINS } from '../helpers/markdown.ts';

const run = async (markdown: string) =>
  (await render(markdown, { mdast: SITE_PLUGINS.mdastPlugins, hast: SITE_PLUGINS.hastPlugins })).html.trimEnd();

describe('heading ids and anchors', () => {
  it('gives each heading an id and makes its text the link to it: one accessible name, said once', async () => {
    expect(await run('## What to expect\n\nText.\n\n### Día *dos*')).toBe(
      '<h2 id="what-to-expect"><a class="heading-anchor" href="#what-to-expect">What to expect</a></h2>\n<p>Text.</p>\n<h3 id="día-dos"><a class="heading-anchor" href="#día-dos">Día <em>dos</em></a></h3>',
    );
  });

  it('numbers repeated headings and never takes an id of the page around the body', async () => {
    const html = await run('## Main\n\n## Dates heading\n\n## Dates heading\n\n## Site search');
    // The second "Dates heading" keeps the id rehype-slug gives it, which writers can predict.
    expect([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'main-1',
      'dates-heading-2',
      'dates-heading-1',
      'site-search-1',
    ]);
    expect(html).toContain('href="#main-1"');
  });

  it("takes the body's links to an id that changed along with it", async () => {
    const html = await run('- [Main](#main)\n- [Blog](#18f-blog)\n- [Top](#top)\n\n## Main\n\n## 18F Blog');
    expect([...html.matchAll(/ href="([^"]+)"/g)].map((m) => m[1])).toEqual([
      '#main-1',
      '#id-18f-blog',
      '#top',
      '#main-1',
      '#id-18f-blog',
    ]);
  });

  it('makes ids valid (they start with a letter) and unique against ids a writer wrote', async () => {
    const html = await run('<div id="intro">Intro</div>\n\n## Intro\n\n## 18F consulting');
    expect([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1])).toEqual(['intro', 'intro-1', 'id-18f-consulting']);
  });

  it('leaves no trace of an attribute the repairs removed from a heading it links', async () => {
    expect(await run('<h2 style="color: red" onclick="go()">Agenda</h2>')).toBe(
      '<h2 id="agenda"><a class="heading-anchor" href="#agenda">Agenda</a></h2>',
    );
    // Moved under the page title too (h4 after nothing becomes h2), keeping what it may keep.
    expect(await run('<h4 style="color: red" title="Day one">Agenda</h4>')).toBe(
      '<h2 title="Day one" id="agenda"><a class="heading-anchor" href="#agenda">Agenda</a></h2>',
    );
  });

  it('links no heading that holds a link already (a link cannot hold another)', async () => {
    expect(await run('## [Agenda](https://example.org/agenda)')).toBe(
      '<h2 id="agenda"><a href="https://example.org/agenda" rel="external noopener noreferrer">Agenda</a></h2>',
    );
  });

  it('moves a body h1 under the page title before the ids are made', async () => {
    expect(await run('# Title in the body')).toBe(
      '<h2 id="title-in-the-body"><a class="heading-anchor" href="#title-in-the-body">Title in the body</a></h2>',
    );
  });
});

describe('pictures in a body', () => {
  it('say they are as wide as the text column at most, when Astro makes their files (and their srcset)', async () => {
    const markdown =
      '![A stage](./stage.jpg)\n\n![Elsewhere](https://elsewhere.example/a.png)\n\n<img src="./raw.png" alt="Raw">';
    const astro = { frontmatter: {}, localImagePaths: new Set(['./stage.jpg']), remoteImagePaths: new Set<string>() };
    const { html } = await render(markdown, { hast: SITE_PLUGINS.hastPlugins, astro });
    const sized = [...html.matchAll(/<img [^>]*>/g)].map((m) => [
      /alt="([^"]+)"/.exec(m[0])?.[1],
      /sizes="([^"]+)"/.exec(m[0])?.[1],
    ]);
    // A picture Astro leaves as it is gets no srcset, so no sizes: that would be invalid HTML.
    expect(sized).toEqual([
      ['A stage', TEXT_COLUMN_SIZES],
      ['Elsewhere', undefined],
      ['Raw', undefined],
    ]);
  });
});

describe('uniqueIds', () => {
  it('drops an id of spaces only, cleans the others, and maps each changed id to its new one', () => {
    const { ids, moved } = uniqueIds(['  ', 'main', 'two words', '18f', 'main'], PAGE_IDS);
    expect(ids).toEqual([undefined, 'main-1', 'two-words', 'id-18f', 'main-2']);
    expect([...moved]).toEqual([
      ['main', 'main-1'],
      ['two words', 'two-words'],
      ['18f', 'id-18f'],
    ]);
    expect(movedHref('#two%20words', moved)).toBe('#two-words');
    expect(movedHref('#%E0%A4%A', moved)).toBeUndefined();
    expect(movedHref('/x/#main', moved)).toBeUndefined();
  });

  it('follows a link in a heading, and leaves a heading whose written id is blank without id or anchor', async () => {
    expect(await run('## See [main](#main)\n\n<h3 id=" ">Blank</h3>\n\n<p id="main">Para</p>')).toBe(
      '<h2 id="see-main">See <a href="#main-1">main</a></h2>\n<h3>Blank</h3>\n<p id="main-1">Para</p>',
    );
  });
});

describe('as remark made it', () => {
  it("leaves a table's column alignment out (a style attribute, which the CSP blocks), without a warning", async () => {
    expect(await run('| a | b |\n|:--|--:|\n| 1 | 2 |')).toBe(
      '<section class="table-scroll" aria-label="Table" tabindex="0"><table>\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n<td>2</td>\n</tr>\n</tbody>\n</table></section>',
    );
  });

  it('puts each table in a box the keyboard can scroll, named by its caption or its place', async () => {
    const html = await run(
      '| a |\n|---|\n| 1 |\n\n<table><caption> Costs </caption><tr><td>x</td></tr></table>\n\n| b |\n|---|\n| 2 |',
    );
    expect(
      [...html.matchAll(/<section class="table-scroll" aria-label="([^"]+)" tabindex="0"><table>/g)].map((m) => m[1]),
    ).toEqual(['Table 1', 'Costs', 'Table 3']);
    expect(html.match(/<\/table><\/section>/g)).toHaveLength(3);
  });

  it('makes `--` an em dash and leaves longer runs of hyphens; quotes and ellipses are smart', async () => {
    expect(await run('Before -- after, 6--9, a --- b, `x -- y` and "quoted"...')).toBe(
      '<p>Before \u2014 after, 6\u20149, a --- b, <code>x -- y</code> and \u201cquoted\u201d\u2026</p>',
    );
  });
});

describe('external links', () => {
  it('marks links to other sites and gives them no handle on this page; same tab, no target', async () => {
    expect(await run('[FHIR](https://hl7.org/fhir/), [old](http://example.org), [deck](//speakerdeck.com/x)')).toBe(
      '<p><a href="https://hl7.org/fhir/" rel="external noopener noreferrer">FHIR</a>, <a href="http://example.org" rel="external noopener noreferrer">old</a>, <a href="//speakerdeck.com/x" rel="external noopener noreferrer">deck</a></p>',
    );
  });

  it("leaves the site's own links, relative links, fragments and mail links alone", async () => {
    const markdown = `[a](${SITE}/news/x/), [b](/events/y/), [c](#part), [d](mailto:news@example.org)`;
    expect(await run(markdown)).toBe(
      `<p><a href="${SITE}/news/x/">a</a>, <a href="/events/y/">b</a>, <a href="#part">c</a>, <a href="mailto:news@example.org">d</a></p>`,
    );
  });
});

describe('what the plugin list assumes', () => {
  it('PAGE_IDS lists every id the layouts, components and pages write', () => {
    const ids = new Set<string>();
    for (const folder of ['src/layouts', 'src/components', 'src/pages']) {
      for (const entry of readdirSync(join(PROJECT, folder), { recursive: true, withFileTypes: true })) {
        if (!entry.isFile() || !entry.name.endsWith('.astro')) continue;
        const source = readFileSync(join(entry.parentPath, entry.name), 'utf8');
        for (const m of source.matchAll(/\bid=(?:"([^"]+)"|\{?'([^']+)'\}?)/g)) ids.add(m[1] ?? m[2] ?? '');
      }
    }
    expect(ids.size).toBeGreaterThan(5);
    expect([...ids].filter((id) => !(PAGE_IDS as readonly string[]).includes(id))).toEqual([]);
  });

  it("the site's CSP blocks what rehype-body-html takes out of bodies", () => {
    const policy = headersFor(readNetlifyHeaders(join(PROJECT, 'netlify.toml')), '/news/x/')['content-security-policy'];
    const csp = parseCsp(policy ?? '');
    // Inline scripts, handlers and styles (no 'unsafe-inline'), and scripts from other sites.
    for (const directive of ['script-src-elem', 'script-src-attr', 'style-src-elem', 'style-src-attr'])
      expect(effectiveSources(csp, directive), directive).not.toContain("'unsafe-inline'");
    expect(effectiveSources(csp, 'script-src-elem')?.every((s) => s.startsWith("'"))).toBe(true);
    // Frames, objects and media from anywhere.
    for (const directive of ['frame-src', 'object-src', 'media-src'])
      expect(effectiveSources(csp, directive), directive).toEqual(["'none'"]);
  });
});

describe('embedPageUrl', () => {
  it("gives a player's own page, or the address as written", () => {
    expect(embedPageUrl('https://www.youtube-nocookie.com/embed/c1MCyS-O_3Y')).toBe(
      'https://www.youtube.com/watch?v=c1MCyS-O_3Y',
    );
    expect(embedPageUrl('https://www.youtube.com/embed/mO8PiHST5CI?start=159&rel=0')).toBe(
      'https://www.youtube.com/watch?v=mO8PiHST5CI&t=159s',
    );
    expect(embedPageUrl('https://player.vimeo.com/video/76979871?h=8272103f6e')).toBe('https://vimeo.com/76979871');
    expect(embedPageUrl('//speakerdeck.com/player/5604c360')).toBe('https://speakerdeck.com/player/5604c360');
    expect(embedPageUrl('/media/talk.mp4')).toBe('/media/talk.mp4');
  });

  it('gives nothing for what no reader could open', () => {
    expect(embedPageUrl('')).toBeUndefined();
    expect(embedPageUrl('javascript:alert(1)')).toBeUndefined();
    expect(embedPageUrl('data:text/html,<b>x</b>')).toBeUndefined();
    expect(embedPageUrl('not a url')).toBeUndefined();
  });
});
