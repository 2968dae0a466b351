/**
 * `npm run check` and the renderer repair bodies with the same rules
 * (src/lib/markdown/balance-html.ts and body-html.ts), applied by two walks:
 * unified's, which keeps the lines the warnings name, and Sätteri's, which
 * renders the pages. Here, on the real posts whose HTML broke pages
 * (tests/fixtures/nasty-html) and on all 509 18F posts, the check reports
 * exactly the repairs the renderer makes; and each repair the check reports on
 * the fixture shows in the HTML the site's own processor renders.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { clean18fBody, readSourceData } from '../../scripts/bench/generate.ts';
import type { Repair } from '../../src/lib/markdown/report.ts';
import { bodyRepairs, mayNeedRepair } from '../../src/lib/validation/body-html-warnings.ts';
import { checkFile } from '../../src/lib/validation/check-file.ts';
import { markdown } from '../../src/markdown.config.ts';
import { PROJECT } from '../helpers/fixture-site.ts';
import { render, SITE_PLUGINS } from '../helpers/markdown.ts';

const FIXTURE = join(PROJECT, 'tests/fixtures/nasty-html/content');

/** The fixture's files with their bodies, as the check reads them. */
const fixture = ['articles', 'events'].flatMap((folder) =>
  readdirSync(join(FIXTURE, folder)).map((name) => {
    const file = `content/${folder}/${name}`;
    const kind = folder === 'events' ? 'event' : 'article';
    const checked = checkFile(file, readFileSync(join(FIXTURE, folder, name), 'utf8'), kind, 'America/New_York');
    return { file, body: checked.body, mdx: name.endsWith('.mdx') };
  }),
);

/** The repairs the renderer makes in a body, by reason, sorted. */
async function rendererRepairs(body: string, mdx: boolean): Promise<string[]> {
  const rendered = await render(body, { mdast: SITE_PLUGINS.mdastPlugins, hast: SITE_PLUGINS.hastPlugins, mdx });
  return rendered.repairs.sort();
}

/** The repairs the check reports in a body, by reason, sorted (none when its quick look skips the body). */
const checkRepairs = (body: string, mdx: boolean) =>
  mayNeedRepair(body)
    ? bodyRepairs(body, mdx)
        .map((r) => r.reason)
        .sort()
    : [];

describe('the check and the renderer make the same repairs', () => {
  it('in the posts whose HTML broke pages', async () => {
    expect(fixture.length).toBe(11);
    let repairs = 0;
    for (const { file, body, mdx } of fixture) {
      const expected = checkRepairs(body, mdx);
      repairs += expected.length;
      expect(await rendererRepairs(body, mdx), file).toEqual(expected);
    }
    expect(repairs).toBeGreaterThan(30);
  });

  it('in every real 18F post', { timeout: 120_000 }, async () => {
    const posts = Object.entries(readSourceData().posts).map(([name, text]) => ({
      name,
      body: clean18fBody(text.replace(/^---[\s\S]*?\n---\n/, '')),
    }));
    expect(posts.length).toBeGreaterThan(500);
    const differ: string[] = [];
    for (const { name, body } of posts)
      if (JSON.stringify(await rendererRepairs(body, false)) !== JSON.stringify(checkRepairs(body, false)))
        differ.push(name);
    expect(differ).toEqual([]);
  });
});

type RendererOptions = Parameters<NonNullable<typeof markdown.processor>['createRenderer']>[0];

/** What a reported repair leaves to see in the rendered HTML, for each kind of repair the fixture has. */
const SHOWS: Record<string, ($: CheerioAPI, repair: Repair) => boolean> = {
  'heading-h1': ($) => $('h1').length === 0,
  'heading-demoted': ($, { reason }) => $(`h${/became <h(\d)>/.exec(reason)?.[1]}`).length > 0,
  'heading-gap': ($, { reason }) => $(`h${/became <h(\d)>/.exec(reason)?.[1]}`).length > 0,
  'csp-script': ($) => $('script').length === 0,
  'csp-style': ($) => $('style').length === 0,
  'csp-style-attribute': ($) => $('[style]').length === 0,
  'csp-embed': ($, { reason }) => {
    const href = /replaced by a link to (\S+):/.exec(reason)?.[1];
    return $('iframe, video, audio, object, embed').length === 0 && (!href || $(`a[href="${href}"]`).length > 0);
  },
  'html-obsolete-attribute': ($, { reason }) => {
    const [, attribute = '', element = '', id] =
      /^(\w+)(?:="[^"]*")? on <(\w+)> is obsolete HTML and (?:became id="([^"]+)"|was left out)/.exec(reason) ?? [];
    return $(`${element}[${attribute}]`).length === 0 && (!id || $(`[id^="${id}"]`).length > 0);
  },
  'link-target': ($) => $('[target]').length === 0,
  'html-as-text': ($, { reason }) => $.text().includes(/^(<[^>]+>)/.exec(reason)?.[1] ?? '\0'),
  'html-unclosed': ($) =>
    $('h1, h2, h3, h4, h5, h6, a, span, strong, em').filter((_, e) => $(e).find('p, div, table').length > 0).length ===
    0,
  'html-stray-end-tag': ($) => $('p:empty').length === 0,
};

describe("the check's repairs show in the rendered HTML", () => {
  it("for each repair of the fixture's Markdown posts, through the site's processor", async () => {
    const options = { shikiConfig: markdown.shikiConfig } as RendererOptions;
    const renderer = await markdown.processor!.createRenderer(options);
    const seen = new Set<string>();
    for (const { file, body, mdx } of fixture) {
      if (mdx) continue;
      const $ = load((await renderer.render(body, { frontmatter: {} })).code, null, false);
      for (const repair of bodyRepairs(body, false)) {
        seen.add(repair.ruleId);
        const shows = SHOWS[repair.ruleId];
        expect(shows, repair.ruleId).toBeDefined();
        expect(shows?.($, repair), `${file}: ${repair.reason}`).toBe(true);
      }
    }
    expect([...seen].sort()).toEqual(Object.keys(SHOWS).sort());
  });
});
