/**
 * The Pagefind index the build writes into the fixture site, read from disk:
 * which pages are in it, with which filters and metadata, and that only the
 * search page loads Pagefind.
 */
import { describe, expect, inject, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles, readPage } from '../helpers/dist.ts';
import { bundleSizeOnDisk } from '../../src/node/search-bytes.ts';
import { bundleFolders, fragmentsOf, searchFragments } from '../helpers/search-bundles.ts';

const dist = inject('siteDist');
const bundle = join(dist, 'pagefind');
const archive = join(dist, 'pagefind-archive');
const bundles = bundleFolders(dist);

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
  it('is written by the build into /pagefind/', () => {
    expect(existsSync(join(bundle, 'pagefind.js'))).toBe(true);
    expect(existsSync(join(bundle, 'pagefind-component-ui.js'))).toBe(true);
    expect(readdirSync(bundle).some((f) => f.endsWith('.pf_meta'))).toBe(true);
  });

  it('keeps upcoming and recent pages in /pagefind/, and older ones in a bundle per year that holds index files only', () => {
    // Build "now" is 2025-12-01: recent means from 2025-06-01 on (src/lib/search-bundles.ts).
    expect(bundles.map((b) => b.slice(dist.length))).toEqual(['/pagefind', '/pagefind-archive/2024']);
    expect(fragmentsOf(join(archive, '2024')).map((f) => f.url)).toEqual(['/events/past-conference/']);
    expect(fragmentsOf(bundle).map((f) => f.url)).not.toContain('/events/past-conference/');
    const files = readdirSync(join(archive, '2024'));
    expect(
      files.filter(
        (f) => !['filter', 'fragment', 'index', 'pagefind-entry.json'].includes(f) && !f.endsWith('.pf_meta'),
      ),
    ).toEqual([]);
    expect(JSON.parse(readFileSync(join(archive, 'bundles.json'), 'utf8'))).toEqual({
      bundles: [{ year: '2024', path: '/pagefind-archive/2024/', pages: 1 }],
    });
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
  });

  it('keeps words of the facts list apart ("Berlin, Germany", not "GermanyOfficial")', () => {
    const hackathon = byUrl('/events/new-year-hackathon/');
    expect(hackathon.content).toContain('Alexanderplatz 1, 10178 Berlin, Germany.');
    expect(hackathon.content).not.toMatch(/WhereBerlin|GermanyOfficial/);
  });

  it('files events by type, tag, year, month and upcoming/past as of the build', () => {
    expect(byUrl('/events/innovators-summit/').filters).toEqual({
      type: ['Event'],
      tag: ['digital-health'],
      year: ['2025'],
      month: ['2025-12'],
      when: ['Upcoming'],
    });
    expect(byUrl('/events/past-conference/').filters.when).toEqual(['Past']);
    const hackathon = byUrl('/events/new-year-hackathon/').filters;
    expect(hackathon.month).toEqual(['2025-12', '2026-01']);
    expect(hackathon.tag).toEqual(['interoperability', 'fhir']); // "FHIR" there, "fhir" in two other files: one bucket
  });

  it('files articles by type, tag, year and month, with no upcoming/past', () => {
    const article = byUrl('/news/vietnam-announces-expansion-of-ehrs-nationally/');
    expect(article.filters).toEqual({
      type: ['Article'],
      tag: ['ehr', 'fhir', 'vietnam'],
      year: ['2025'],
      month: ['2025-11'],
    });
  });

  it('gives results their title, type, dates, time and location as written', () => {
    expect(byUrl('/events/innovators-summit/').meta).toMatchObject({
      title: 'FALL 2025 Innovators Summit',
      type: 'Event',
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
      type: 'Article',
      date: '2025-11-25',
      author: 'Ana Lima and Bao Tran',
    });
  });

  it('loads Pagefind on /search/ only, and the search page has no inline script', () => {
    const pages = listFiles(dist).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
    for (const file of pages) {
      const html = readFileSync(join(dist, file), 'utf8');
      if (file === 'search/index.html') continue;
      expect(html, file).not.toContain('/pagefind/');
    }
    const $ = readPage(dist, '/search/');
    expect($('script[src="/pagefind/pagefind-component-ui.js"]').length).toBe(1);
    expect($('link[rel="stylesheet"][href="/pagefind/pagefind-component-ui.css"]').length).toBe(1);
    $('script').each((_, el) => {
      const script = $(el);
      // A text/pagefind-template block is data the browser never runs: no CSP applies.
      if (!script.attr('src')) expect(script.attr('type')).toBe('text/pagefind-template');
    });
  });

  it('explains itself without JavaScript, and the header form still sends ?q= to it', () => {
    const $ = readPage(dist, '/search/');
    expect($('noscript').text()).toContain('needs JavaScript');
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
});
