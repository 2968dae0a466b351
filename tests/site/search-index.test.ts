/**
 * The Pagefind index the build writes into the fixture site, read from disk:
 * one bundle of every published page, with which filters and metadata, the
 * search page's menus counting what the index holds, and that only the search
 * page loads Pagefind.
 */
import { describe, expect, inject, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { listFiles, readPage } from '../helpers/dist.ts';
import { bundleSizeOnDisk } from '../../src/node/search-bytes.ts';
import { bundleBytes, bundleFolders, searchFragments } from '../helpers/search-bundles.ts';
import { compareUrls, searchablePart } from '../../src/lib/search-bundles.ts';
import { PagefindBundle, closePagefind } from '../../src/node/search-index.ts';

const dist = inject('siteDist');
const bundle = join(dist, 'pagefind');

const PUBLISHED_EVENTS = [
  'cancelled-meetup',
  'hcm-telehealth-forum',
  'innovators-summit',
  'late-night-demo',
  'new-year-hackathon',
  'past-conference',
  'privacy-days',
  'tricky-characters',
  'weekly-webinar',
].map((slug) => `/events/${slug}/`);
const PUBLISHED_ARTICLES = [
  'mdx-article',
  'vietnam-announces-expansion-of-ehrs-nationally',
  ...Array.from({ length: 21 }, (_, i) => `filler-${String(i + 1).padStart(2, '0')}`),
].map((slug) => `/news/${slug}/`);

const fragments = searchFragments(dist);
const byUrl = (url: string) => {
  const found = fragments.find((f) => f.url === url);
  if (!found) throw new Error(`${url} is not in the search index`);
  return found;
};

describe('the search index of the fixture site', () => {
  it('is one bundle at /pagefind/ of the files /search/ loads, and nothing else', () => {
    expect(bundleFolders(dist)).toEqual([bundle]);
    expect(existsSync(join(dist, 'pagefind-archive'))).toBe(false);
    // Pagefind's own UIs are not published: the page has its own result list.
    expect(
      readdirSync(bundle)
        .filter((f) => !/\.pf_meta$|\.pagefind$/.test(f))
        .sort(),
    ).toEqual(['filter', 'fragment', 'index', 'pagefind-entry.json', 'pagefind-worker.js', 'pagefind.js']);
  });

  it('holds every published event and article exactly once, and nothing else', () => {
    const urls = fragments.map((f) => f.url).sort();
    expect(urls).toEqual([...PUBLISHED_EVENTS, ...PUBLISHED_ARTICLES].sort());
  });

  it('leaves out drafts and the article scheduled after the build', () => {
    const urls = fragments.map((f) => f.url);
    for (const url of ['/events/draft-event/', '/news/draft-article/', '/news/scheduled-article/'])
      expect(urls).not.toContain(url);
    expect(
      fragments.some((f) =>
        /Unannounced Draft|Nobody Should See|From The Future/.test(f.content + JSON.stringify(f.meta)),
      ),
    ).toBe(false);
  });

  it('indexes only the main content: no header, navigation, footer or add-to-calendar links', () => {
    const summit = byUrl('/events/innovators-summit/');
    expect(summit.content).toContain('Panel discussions and keynote speeches');
    for (const f of fragments) {
      expect(f.content, f.url).not.toMatch(
        /Skip to content|Search events and news|Upcoming events|Download \.ics|#digital-health/,
      );
    }
    // An article's date and byline line is left out (results show them from the metadata): no "2025-11-25By".
    expect(byUrl('/news/mdx-article/').content).not.toMatch(/2025-11-25|By Ana/);
  });

  it('keeps words of the facts list apart ("Berlin, Germany", not "GermanyOfficial")', () => {
    const hackathon = byUrl('/events/new-year-hackathon/');
    expect(hackathon.content).toContain('Alexanderplatz 1, 10178 Berlin, Germany.');
    expect(hackathon.content).not.toMatch(/WhereBerlin|GermanyOfficial/);
  });

  it('files events by kind (upcoming or past as of the build), tag, year and day', () => {
    expect(byUrl('/events/innovators-summit/').filters).toEqual({
      kind: ['Upcoming event'],
      tag: ['digital-health'],
      year: ['2025'],
      day: ['2025-12-02'],
    });
    expect(byUrl('/events/past-conference/').filters.kind).toEqual(['Past event']);
    const hackathon = byUrl('/events/new-year-hackathon/').filters;
    expect(hackathon.year).toEqual(['2025', '2026']);
    expect(hackathon.tag).toEqual(['interoperability', 'fhir']); // "FHIR" there, "fhir" in two other files: one bucket
  });

  it('files articles by kind, tag, year and day', () => {
    const article = byUrl('/news/vietnam-announces-expansion-of-ehrs-nationally/');
    expect(article.filters).toEqual({
      kind: ['Article'],
      tag: ['ehr', 'fhir', 'vietnam'],
      year: ['2025'],
      day: ['2025-11-20'],
    });
  });

  it("lists in /search/'s menus every value the index has, with the number of pages that have it", () => {
    const counts = new Map<string, number>();
    for (const f of fragments)
      for (const [filter, values] of Object.entries(f.filters))
        for (const value of values) counts.set(`${filter}:${value}`, (counts.get(`${filter}:${value}`) ?? 0) + 1);
    const $ = readPage(dist, '/search/');
    const options = (name: string) =>
      $(`select[name="${name}"] option`)
        .toArray()
        .map((o) => [$(o).attr('value'), $(o).text().trim()]);
    expect(options('type')).toEqual([
      ['', `All types (${fragments.length})`],
      ['event', `Events (${counts.get('kind:Upcoming event')! + counts.get('kind:Past event')!})`],
      ['article', `Articles (${counts.get('kind:Article')})`],
    ]);
    expect(counts.get('kind:Article')).toBe(PUBLISHED_ARTICLES.length);
    expect(options('when')).toEqual([
      ['', 'Any time'],
      ['upcoming', `Upcoming events (${counts.get('kind:Upcoming event')})`],
      ['past', `Past events (${counts.get('kind:Past event')})`],
    ]);
    const listed = (filter: string) =>
      [...counts]
        .filter(([key]) => key.startsWith(`${filter}:`))
        .map(([key, n]) => [key.slice(filter.length + 1), `${key.slice(filter.length + 1)} (${n})`]);
    expect(options('tag').slice(1)).toEqual(listed('tag').sort(([a], [b]) => a!.localeCompare(b!)));
    // Every year of the site, newest first: the archive's 2024 too.
    expect(options('year').slice(1)).toEqual(listed('year').sort(([a], [b]) => (a! < b! ? 1 : -1)));
    expect(options('year').map(([value]) => value)).toEqual(['', '2026', '2025', '2024']);
  });

  it('sorts upcoming events, and only them, by their start', () => {
    const meta = readFileSync(join(dist, 'events/innovators-summit/index.html'), 'utf8');
    expect(meta).toContain('<span data-pagefind-sort="upcoming">2025-12-02T15:45:00.000Z</span>');
    expect(readFileSync(join(dist, 'events/past-conference/index.html'), 'utf8')).not.toContain('data-pagefind-sort');
    expect(readFileSync(join(dist, 'news/mdx-article/index.html'), 'utf8')).not.toContain('data-pagefind-sort');
  });

  it('gives results their title, type, dates, time and location as written', () => {
    expect(byUrl('/events/innovators-summit/').meta).toMatchObject({
      title: 'FALL 2025 Innovators Summit',
      date: 'Tue 2 - Thu 4 Dec 2025',
      time: '10:45 am EST',
      location: 'NYC',
    });
    expect(byUrl('/events/cancelled-meetup/').meta).toMatchObject({
      title: 'Digital Health Meetup December',
      status: 'Cancelled',
    });
    expect(byUrl('/events/tricky-characters/').meta).toMatchObject({
      title: 'Data, "Privacy" & <script>alert(1)</script>; Summit 🎉',
      location: 'Room 1; Floor 2, Main St. "East"',
    });
    expect(byUrl('/news/mdx-article/').meta).toMatchObject({
      date: '2025-11-25',
      author: 'Ana Lima and Bao Tran',
    });
  });

  it("keeps the search page's own script small: it carries none of the build's date or event code", () => {
    const $ = readPage(dist, '/search/');
    const own = $('script[src^="/_astro/"]')
      .toArray()
      .map((el) => gzipSync(readFileSync(join(dist, $(el).attr('src')!)), { level: 9 }).length);
    expect(own).toHaveLength(1);
    // 4 KiB when written; it was 18 KiB while it imported the record builder for two constants.
    expect(own[0]).toBeLessThan(6 * 1024);
  });

  it('loads Pagefind on /search/ only, from its script, and the search page has no inline script', () => {
    const pages = listFiles(dist).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
    for (const file of pages) {
      const html = readFileSync(join(dist, file), 'utf8');
      if (file === 'search/index.html') continue;
      expect(html, file).not.toContain('/pagefind/');
    }
    const $ = readPage(dist, '/search/');
    expect($('[data-search-page]').attr('data-bundle')).toBe('/pagefind/');
    expect($('script:not([src])').length).toBe(0);
    expect($('style').length).toBe(0);
  });

  it('is a labelled GET form that explains itself without JavaScript; the header form sends ?q= to it too', () => {
    const $ = readPage(dist, '/search/');
    expect($('noscript').text()).toContain('needs JavaScript');
    const main = $('form[data-search-form]');
    expect([main.attr('action'), main.attr('method'), main.attr('role')]).toEqual(['/search/', 'get', 'search']);
    const input = main.find('input[name="q"]');
    expect($(`label[for="${input.attr('id')}"]`).text()).toMatch(/^\s*Search 32 events and articles\s*$/);
    for (const name of ['type', 'when', 'tag', 'year', 'sort'])
      expect(main.find(`label:has(select[name="${name}"])`).length, name).toBe(1);
    expect($('[data-search-status]').attr('role')).toBe('status');
    const form = $('header form[role="search"]');
    expect(form.attr('action')).toBe('/search/');
    expect(form.attr('method')).toBe('get');
    expect(form.find('input[name="q"]').length).toBe(1);
  });

  it('reports its size on disk (a figure for the benchmark)', () => {
    const size = bundleSizeOnDisk(bundle);
    console.log(
      `fixture search bundle: ${size.files} files, ${size.total} bytes on disk, index proper ${size.index} bytes`,
      size.byKind,
    );
    expect(size.byKind.fragment).toBeGreaterThan(0);
  });

  it('is the same, byte for byte, whether Pagefind is sent the whole pages or only their searchable part', async () => {
    const pages = [...PUBLISHED_EVENTS, ...PUBLISHED_ARTICLES]
      .sort(compareUrls)
      .map((url) => ({ url, html: readFileSync(join(dist, url, 'index.html'), 'utf8') }));
    expect(pages.every(({ html }) => searchablePart(html).length < html.length / 2)).toBe(true);
    const build = async (send: (html: string) => string) => {
      const index = await PagefindBundle.open();
      for (const { url, html } of pages) await index.add(url, send(html), url);
      return bundleBytes(await index.files());
    };
    try {
      expect(await build(searchablePart)).toEqual(await build((html) => html));
    } finally {
      await closePagefind();
    }
  });
});
