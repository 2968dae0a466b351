/**
 * Astro's incremental build copies a page from the last build when its code and
 * its cacheKey (src/data/page-routes.ts) are unchanged. A key that misses an input
 * would publish a stale page, so the rule tested here is strict: after edits
 * and a later clock, an incremental rebuild is byte-identical to a cold build
 * of the same content (nothing stale left in the kept dist/, src/integrations/
 * kept-output.ts), and it really skipped the pages the edits did not touch.
 */
import {
  appendFileSync,
  copyFileSync,
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSiteAsync, copySiteRoot } from '../helpers/build-async.ts';
import { PROJECT } from '../helpers/fixture-site.ts';
import type { BuiltSite } from '../helpers/fixture-site.ts';
import { compareBuilds } from '../helpers/gates/reproducible.ts';
import { searchFragments } from '../helpers/search-bundles.ts';

const root = inject('siteRoot');
// Events of 10 and 11 December are over by then: their pages and days must say so.
const LATER = '2025-12-12T20:00:00Z';
/** Five months on: every fixture event but the weekly webinar's last dates is over, so their search records change. */
const MONTHS_LATER = '2026-05-02T12:00:00Z';

/**
 * Pages Astro copied from its cache, and pages it rendered, by output path.
 * A copied page is logged whole, `├─ /path (cached)`; a rendered one as
 * `├─ /path` when it starts and ` (+12ms)` when one finishes, so pages
 * rendered at once share a line (`├─ /a…├─ /b (+5ms)`) and a timing need
 * not be its page's.
 */
function renderLog(output: string): { copied: string[]; rendered: string[] } {
  const copied: string[] = [];
  const rendered: string[] = [];
  for (const segment of output.split('├─ ').slice(1)) {
    const path = /^\/[^\s]*?\.(html|xml|ics|txt)/.exec(segment)?.[0];
    if (!path) continue;
    if (/^\S+ \((cached|restored)\)/.test(segment)) copied.push(path);
    else rendered.push(path);
  }
  return { copied, rendered };
}

/**
 * Astro's cached copies of pages (node_modules/.astro/dist/) that are not the
 * page in dist/ itself, under another name (src/node/page-cache-links.ts),
 * and how many copies there are.
 */
function unlinkedCopies(site: string): { copies: number; unlinked: string[] } {
  const copies = join(site, 'node_modules/.astro/dist');
  const files = readdirSync(copies, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  const unlinked = files
    .map((e) => relative(copies, join(e.parentPath, e.name)))
    .filter((path) => {
      const page = join(site, 'dist', path);
      return !existsSync(page) || statSync(page).ino !== statSync(join(copies, path)).ino;
    });
  return { copies: files.length, unlinked };
}

const IMAGES = join(PROJECT, 'tests/fixtures/writers/good/content/events/2026');

/** Adds to the fixture what the tests below change: a local image (in front matter and in a body), MDX components with data from other pages. */
function extendFixture(site: string): void {
  copyFileSync(join(IMAGES, 'ehr-summit.png'), join(site, 'content/events/stage.png'));
  const privacy = join(site, 'content/events/privacy-days.md');
  writeFileSync(
    privacy,
    readFileSync(privacy, 'utf8').replace(
      'location: Boston',
      'location: Boston\nimage: ./stage.png\nimageAlt: The stage',
    ),
  );
  appendFileSync(join(site, 'content/articles/filler/filler-03.md'), '\n![The stage](../../events/stage.png)\n');
  appendFileSync(
    join(site, 'content/articles/mdx-article.mdx'),
    '\n<RelatedEvents tag="digital-health" />\n\n<MapLink address="1 Main St, Boston" />\n',
  );
}

function edit(site: string): void {
  // A deleted event: its page, .ics and day must not survive in the kept dist/.
  rmSync(join(site, 'content/events/tricky-characters.md'));
  const summit = join(site, 'content/events/innovators-summit.md');
  writeFileSync(summit, readFileSync(summit, 'utf8').replace('end: "2025-12-04"', 'end: "2025-12-05"'));
  // An update date too: the page's article:modified_time, so its sitemap lastmod, changes. And its title,
  // which the pages of its neighbours in time and of the articles that list it as related show.
  const vietnam = join(site, 'content/articles/vietnam-announces-expansion-of-ehrs-nationally.md');
  writeFileSync(
    vietnam,
    `${readFileSync(vietnam, 'utf8')
      .replace('date: "2025-11-20"', 'date: "2025-11-20"\nupdated: "2025-11-28"')
      .replace('EHRs nationally.', 'EHRs nationwide.')}\nThe ministry has published a timeline.\n`,
  );
  // A partly emptied cache: the loader must render this unchanged entry again, and store this one's text again.
  for (const file of entryFiles(site, 'articles/filler-01')) rmSync(file);
  for (const file of entryFiles(site, 'events/cancelled-meetup')) rmSync(file);
  appendFileSync(join(site, 'content/articles/mdx-article.mdx'), '\nA paragraph added later.\n');
}

/** An edit of the site's Markdown plugins (src/lib/markdown): the class of heading anchors. */
const PLUGIN_FILE = 'src/lib/markdown/index.ts';
const PLUGIN_CODE = "export const HEADING_ANCHOR = 'heading-anchor';";
const PLUGIN_CODE_EDITED = "export const HEADING_ANCHOR = 'heading-anchor two';";

/** Pages of events and articles (which render a body), and the others, from a build log. */
function bodyPages(paths: string[]): string[] {
  return paths.filter(
    (p) =>
      /^\/(events|news)\/[^/]+\/index\.html$/.test(p) && !/^\/news\/\d+\//.test(p) && p !== '/events/past/index.html',
  );
}

/** Edits a file of the site's code, and fails loudly when the text to change is not there (the code moved on). */
function editCode(site: string, file: string, from: string, to: string): void {
  const path = join(site, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} no longer contains ${JSON.stringify(from)}: update this test`);
  writeFileSync(path, text.replace(from, to));
}

/** The text Pagefind keeps for a page (its fragment in the bundle). */
function fragmentOf(dist: string, url: string): string {
  const found = searchFragments(dist).find((f) => f.url === url);
  if (!found) throw new Error(`${url} is not in the search index`);
  return found.content;
}

/** The loader's files of an entry's rendered Markdown and an event's text (src/node/rendered-html.ts), one per version it keeps. */
function entryFiles(site: string, entry: string, extension = ''): string[] {
  const [collection, id] = entry.split('/') as [string, string];
  const folder = join(site, 'node_modules/.astro/rendered-html', collection);
  return readdirSync(folder)
    .filter((name) => name.startsWith(`${id}.`) && name.endsWith(extension))
    .map((name) => join(folder, name));
}

/** The one file of a kind an entry should have, read. */
function onlyEntryFile(site: string, entry: string, extension: '.html' | '.txt'): string | undefined {
  const files = entryFiles(site, entry, extension);
  if (files.length > 1) throw new Error(`${entry} has ${files.length} ${extension} files`);
  return files[0] && readFileSync(files[0], 'utf8');
}

let first: BuiltSite;
let unchanged: BuiltSite;
let bodyEdited: BuiltSite;
let bodyEditedFragment: string;
let incremental: BuiltSite;
let cold: BuiltSite;
let codeChanged: BuiltSite;
let monthMoved: BuiltSite;
let monthMovedCold: BuiltSite;
let monthDifferences: ReturnType<typeof compareBuilds>;
let imageChanged: BuiltSite;
let imageHtml: { before: string; after: string };
let sharedHtml: { before: string; after: string };
let markdownChanged: BuiltSite;
let tzChanged: BuiltSite;
let pagefindChanged: BuiltSite;
// Read before the last build rewrites the same dist/.
let differences: ReturnType<typeof compareBuilds>;
let deletedEventLeft: boolean;
let editedArticle: string;
let newsBefore: string;
let storeText: string;
let sidecars: {
  edited: string;
  deletedLeft: boolean;
  restored: string | undefined;
  restoredCold: string;
  editedText: string | undefined;
  editedTextCold: string;
  restoredText: string | undefined;
  restoredTextCold: string;
};
let copiesAfterCold: ReturnType<typeof unlinkedCopies>;
let copiesAfterRebuild: ReturnType<typeof unlinkedCopies>;
let distLost: BuiltSite;
let distLostDifferences: ReturnType<typeof compareBuilds>;

beforeAll(async () => {
  const site = copySiteRoot(root, 'incremental');
  extendFixture(site);
  first = await buildSiteAsync(site);
  copiesAfterCold = unlinkedCopies(site);
  unchanged = await buildSiteAsync(site);
  // Only an article's words change, not which pages exist: the search bundle must follow.
  appendFileSync(
    join(site, 'content/articles/filler/filler-02.md'),
    '\nZanzibarian telemetry pilots began in March.\n',
  );
  bodyEdited = await buildSiteAsync(site);
  bodyEditedFragment = fragmentOf(bodyEdited.dist, '/news/filler-02/');
  edit(site);
  const fresh = copySiteRoot(site, 'incremental-cold');
  [incremental, cold] = await Promise.all([
    buildSiteAsync(site, { SITE_NOW: LATER }),
    buildSiteAsync(fresh, { SITE_NOW: LATER }),
  ]);
  differences = compareBuilds(cold.dist, incremental.dist);
  deletedEventLeft = existsSync(join(incremental.dist, 'events/tricky-characters/index.html'));
  editedArticle = readFileSync(
    join(incremental.dist, 'news/vietnam-announces-expansion-of-ehrs-nationally/index.html'),
    'utf8',
  );
  newsBefore = readFileSync(join(incremental.dist, 'news/index.html'), 'utf8');
  storeText = readFileSync(join(site, 'node_modules/.astro/data-store.json'), 'utf8');
  sidecars = {
    edited: onlyEntryFile(site, 'articles/vietnam-announces-expansion-of-ehrs-nationally', '.html') ?? '',
    deletedLeft: entryFiles(site, 'events/tricky-characters').length > 0,
    restored: onlyEntryFile(site, 'articles/filler-01', '.html'),
    restoredCold: onlyEntryFile(fresh, 'articles/filler-01', '.html') ?? '',
    editedText: onlyEntryFile(site, 'events/innovators-summit', '.txt'),
    editedTextCold: onlyEntryFile(fresh, 'events/innovators-summit', '.txt') ?? '',
    restoredText: onlyEntryFile(site, 'events/cancelled-meetup', '.txt'),
    restoredTextCold: onlyEntryFile(fresh, 'events/cancelled-meetup', '.txt') ?? '',
  };
  // Code that shapes stored content (derived summaries) changes; the content does not.
  const excerpt = join(site, 'src/lib/excerpt.ts');
  writeFileSync(
    excerpt,
    readFileSync(excerpt, 'utf8').replace("export const ELLIPSIS = ' [...]';", "export const ELLIPSIS = ' [snip]';"),
  );
  codeChanged = await buildSiteAsync(site, { SITE_NOW: LATER });
  // The image's bytes change, not the files that show it.
  const pageWithImage = join(site, 'dist/news/filler-03/index.html');
  const eventWithImage = join(site, 'dist/events/privacy-days/index.html');
  const before = readFileSync(pageWithImage, 'utf8');
  const eventBefore = readFileSync(eventWithImage, 'utf8');
  copyFileSync(join(IMAGES, 'panel.png'), join(site, 'content/events/stage.png'));
  imageChanged = await buildSiteAsync(site, { SITE_NOW: LATER });
  imageHtml = { before, after: readFileSync(pageWithImage, 'utf8') };
  sharedHtml = { before: eventBefore, after: readFileSync(eventWithImage, 'utf8') };
  // A Markdown plugin's code changes (src/lib/markdown); the settings, all Astro's own key sees, do not.
  editCode(site, PLUGIN_FILE, PLUGIN_CODE, PLUGIN_CODE_EDITED);
  markdownChanged = await buildSiteAsync(site, { SITE_NOW: LATER });
  // Pagefind's options change (to their default value: the index stays the same).
  editCode(
    site,
    'src/node/search-index.ts',
    'const INDEX_OPTIONS = {} as const;',
    'const INDEX_OPTIONS = { excludeSelectors: [] } as const;',
  );
  pagefindChanged = await buildSiteAsync(site, { SITE_NOW: LATER });
  // A Node with newer time-zone data (simulated: only its version differs).
  tzChanged = await buildSiteAsync(site, {
    SITE_NOW: LATER,
    NODE_OPTIONS: `--import "data:text/javascript,Object.defineProperty(process.versions,'tz',{value:'2099a'})"`,
  });
  const monthFresh = copySiteRoot(site, 'incremental-month-cold');
  [monthMoved, monthMovedCold] = await Promise.all([
    buildSiteAsync(site, { SITE_NOW: MONTHS_LATER }),
    buildSiteAsync(monthFresh, { SITE_NOW: MONTHS_LATER }),
  ]);
  monthDifferences = compareBuilds(monthMovedCold.dist, monthMoved.dist);
  copiesAfterRebuild = unlinkedCopies(site);
  // dist/ is lost and Astro's cache is kept: the pages come back from Astro's copies.
  rmSync(join(site, 'dist'), { recursive: true });
  distLost = await buildSiteAsync(site, { SITE_NOW: MONTHS_LATER });
  distLostDifferences = compareBuilds(monthMovedCold.dist, distLost.dist);
}, 600_000);

describe('incremental builds', () => {
  it('a rebuild with nothing changed copies every keyed page and renders only the few unkeyed ones', () => {
    expect(first.status, first.output).toBe(0);
    expect(unchanged.status, unchanged.output).toBe(0);
    const { copied, rendered } = renderLog(unchanged.output);
    expect(copied).toContain('/events/innovators-summit/index.html');
    expect(copied).toContain('/news/vietnam-announces-expansion-of-ehrs-nationally/index.html');
    expect(copied).toContain('/calendar/2025/12/index.html');
    // Home, lists of what is upcoming and feeds are rendered every time. MDX pages are keyed like
    // the others: what their components show is in their props (src/data/mdx-context.ts).
    expect(rendered).toContain('/index.html');
    expect(rendered).toContain('/events.ics');
    expect(copied).toContain('/news/mdx-article/index.html');
    expect(rendered.length).toBeLessThan(copied.length / 4);
    // No event or article page changed, so the search bundle was not built again.
    expect(unchanged.output).toMatch(/search: 32 event and article pages; the bundle is kept as it was/);
    expect(unchanged.output).not.toContain('search: indexed');
  });

  it('indexes an edited body again when no page was added or removed', () => {
    expect(bodyEdited.status, bodyEdited.output).toBe(0);
    expect(bodyEditedFragment).toContain('Zanzibarian telemetry pilots began in March.');
  });

  it('after edits and a later clock, the rebuild is byte-identical to a cold build', () => {
    expect(incremental.status, incremental.output).toBe(0);
    expect(cold.status, cold.output).toBe(0);
    // The cold build's search bundle was built as its pages were rendered; the rebuild's, which keeps
    // most pages, from dist/ afterwards. The comparison below includes both bundles.
    expect(cold.output).toMatch(
      /search: indexed 31 event and article pages in pagefind\/, .*\(each page as it was rendered\)/,
    );
    expect(incremental.output).toMatch(
      /search: indexed 31 .*\(from dist\/, as \/events\/\S+\/ was not rendered in this build\)/,
    );
    expect(differences).toEqual([]);
    expect(deletedEventLeft).toBe(false);
  });

  it('renders again what the edits and the clock changed, and copies the rest', () => {
    const { copied, rendered } = renderLog(incremental.output);
    // The edited article and event, the new day the event now spans, its month and tag.
    expect(rendered).toContain('/news/vietnam-announces-expansion-of-ehrs-nationally/index.html');
    expect(rendered).toContain('/events/innovators-summit/index.html');
    expect(rendered).toContain('/events/innovators-summit.ics');
    expect(rendered).toContain('/calendar/2025/12/05/index.html');
    expect(rendered).toContain('/calendar/2025/12/index.html');
    expect(rendered).toContain('/tags/digital-health/index.html');
    // The article's new title: on the page of its older neighbour (filler-21, which also lists it as related),
    // and of an article that lists it as related only (filler-20); not on an article page that shows neither.
    expect(rendered).toContain('/news/filler-21/index.html');
    expect(rendered).toContain('/news/filler-20/index.html');
    expect(copied).toContain('/news/filler-05/index.html');
    // Nothing edited, but the event of that day is over now.
    expect(rendered).toContain('/calendar/2025/12/10/index.html');
    expect(rendered).toContain('/events/hcm-telehealth-forum/index.html');
    expect(copied.length).toBeGreaterThan(0);
    expect(editedArticle).toContain('The ministry has published a timeline.');
    // Pages changed, so the bundle is indexed again (one tricky-characters page fewer); only changed files are written.
    expect(incremental.output).toMatch(
      /search: indexed 31 event and article pages in pagefind\/, \d+ files written, \d+ removed/,
    );
  });

  it("keeps rendered Markdown and events' text out of the content store, in files per entry that follow edits and deletions", () => {
    expect(storeText).toContain('Vietnam announces');
    expect(storeText).not.toContain('<p>');
    // The summit's text (its DESCRIPTION) goes beyond its summary, which the store keeps.
    expect(storeText).toContain('The FALL 2025 Innovators Summit brings together:');
    expect(storeText).not.toContain('Panel discussions and keynote speeches');
    expect(sidecars.editedText).toContain('Panel discussions and keynote speeches');
    expect(sidecars.restoredText).toBe('The December meetup will not take place.');
    expect(sidecars.restoredText).toBe(sidecars.restoredTextCold);
    // An edited event: one text file, its new version's.
    expect(sidecars.editedText).toBeTruthy();
    expect(sidecars.editedText).toBe(sidecars.editedTextCold);
    // Each entry's fields once: not again as the Markdown renderer's copy of the front matter.
    expect(storeText).toContain('"imagePaths"');
    expect(storeText).not.toContain('"frontmatter"');
    expect(sidecars.edited).toContain('<p>The ministry has published a timeline.</p>');
    expect(sidecars.deletedLeft).toBe(false);
    expect(sidecars.restored).toBe(sidecars.restoredCold);
  });

  it("reaches unchanged content when the code that reads it changes (Astro's store is emptied)", () => {
    expect(codeChanged.status, codeChanged.output).toBe(0);
    const news = readFileSync(join(codeChanged.dist, 'news/index.html'), 'utf8');
    expect(newsBefore).toContain(' [...]');
    expect(news).toContain(' [snip]');
    expect(news).not.toContain(' [...]');
  });

  it('renders again the pages that show an image when its bytes change, and only those', () => {
    expect(imageChanged.status, imageChanged.output).toBe(0);
    const { copied, rendered } = renderLog(imageChanged.output);
    // A body that shows it; the event whose picture it is, on its page and on its cards (tag and day pages).
    expect(rendered).toContain('/news/filler-03/index.html');
    expect(rendered).toContain('/events/privacy-days/index.html');
    expect(rendered).toContain('/tags/privacy/index.html');
    expect(rendered).toContain('/calendar/2025/12/15/index.html');
    // Pages with other pictures, or none, are copied.
    expect(copied).toContain('/news/filler-02/index.html');
    expect(copied).toContain('/events/innovators-summit/index.html');
    expect(copied).toContain('/news/vietnam-announces-expansion-of-ehrs-nationally/index.html');
    expect(copied).toContain('/tags/vietnam/index.html');
    const src = (html: string) => /<img[^>]+src="(\/_astro\/[^"]+)"/.exec(html)?.[1];
    expect(src(imageHtml.before)).toBeDefined();
    expect(src(imageHtml.after)).not.toBe(src(imageHtml.before));
    expect(existsSync(join(imageChanged.dist, src(imageHtml.after) ?? 'missing'))).toBe(true);
    // The event shares a new copy of its picture, which is written.
    const shared = (html: string) =>
      /<meta property="og:image" content="https?:\/\/[^/]+(\/_astro\/[^"]+)"/.exec(html)?.[1];
    expect(shared(sharedHtml.before)).toBeDefined();
    expect(shared(sharedHtml.after)).not.toBe(shared(sharedHtml.before));
    expect(existsSync(join(imageChanged.dist, shared(sharedHtml.after) ?? 'missing'))).toBe(true);
  });

  it('renders again every page with a body, and only those, when Markdown plugin code changes', () => {
    expect(markdownChanged.status, markdownChanged.output).toBe(0);
    const { copied, rendered } = renderLog(markdownChanged.output);
    expect(bodyPages(copied)).toEqual([]);
    expect(rendered).toContain('/news/mdx-article/index.html');
    expect(rendered).toContain('/events/innovators-summit/index.html');
    expect(copied).toContain('/news/index.html');
    expect(copied).toContain('/calendar/2025/12/index.html');
    expect(copied).toContain('/tags/digital-health/index.html');
    const event = readFileSync(join(markdownChanged.dist, 'events/innovators-summit/index.html'), 'utf8');
    expect(event).toContain('<h2 id="what-to-expect"><a class="heading-anchor two" href="#what-to-expect">');
  });

  it("renders again every keyed page when the runtime's time-zone data changes, and indexes none again", () => {
    expect(tzChanged.status, tzChanged.output).toBe(0);
    const { copied, rendered } = renderLog(tzChanged.output);
    expect(copied).toEqual([]);
    expect(rendered).toContain('/calendar/2025/12/index.html');
    // Same data, so the same bytes: no search bundle is built again.
    expect(tzChanged.output).not.toContain('search: indexed');
  });

  it("indexes the search bundle again when Pagefind's options change, though no page did, and renders no keyed page", () => {
    expect(pagefindChanged.status, pagefindChanged.output).toBe(0);
    const { copied } = renderLog(pagefindChanged.output);
    expect(bodyPages(copied).length).toBeGreaterThan(20);
    expect(copied).toContain('/calendar/2025/12/index.html');
    expect(pagefindChanged.output).toMatch(/search: indexed 31 event and article pages in pagefind\/.*\(from dist\//);
  });

  it('follows the clock into the search index: events now over lose their upcoming sort key, as a cold build would', () => {
    expect(monthMoved.status, monthMoved.output).toBe(0);
    expect(monthMovedCold.status, monthMovedCold.output).toBe(0);
    expect(monthMoved.output).toMatch(/search: indexed \d+ event and article pages in pagefind\//);
    const summit = searchFragments(monthMoved.dist).find((f) => f.url === '/events/innovators-summit/');
    expect(summit?.filters['kind']).toEqual(['Past event']);
    expect(readFileSync(join(monthMoved.dist, 'events/innovators-summit/index.html'), 'utf8')).not.toContain(
      'data-pagefind-sort',
    );
    expect(monthDifferences).toEqual([]);
  });

  it("keeps Astro's copy of each page as a link to the page, not a second file, and restores a lost dist/ from them", () => {
    expect(copiesAfterCold.copies).toBeGreaterThan(50);
    expect(copiesAfterCold.unlinked).toEqual([]);
    // The rebuilds above rendered some pages again (their copies replaced) and copied the rest.
    expect(copiesAfterRebuild.copies).toBeGreaterThan(50);
    expect(copiesAfterRebuild.unlinked).toEqual([]);
    expect(distLost.status, distLost.output).toBe(0);
    const { copied } = renderLog(distLost.output);
    expect(distLost.output).toContain('/events/innovators-summit/index.html (restored)');
    expect(copied.length).toBeGreaterThan(50);
    expect(distLostDifferences).toEqual([]);
  });
});
