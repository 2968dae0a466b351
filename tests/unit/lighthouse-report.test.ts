/**
 * The pure parts of `npm run lighthouse` (scripts/lighthouse/): which pages it
 * audits in a built site, and how the runs' results become the table and the
 * list of failing audits. No Lighthouse run here: it is slow.
 */
import { describe, expect, it } from 'vitest';
import { choosePages, DEFAULT_PAGE_CHOICE } from '../../scripts/lighthouse/pages.ts';
import {
  culpritsOf,
  failingAudits,
  formatFailures,
  formatScore,
  formatTable,
  medianIndex,
  summarisePage,
  type LhrLike,
} from '../../scripts/lighthouse/report.ts';

const page = (main: string, head = '') =>
  `<!doctype html><html><head>${head}</head><body><header><a href="/events/">Events</a><a href="/tags/nav/">x</a></header><main>${main}</main></body></html>`;
const links = (...hrefs: string[]) => hrefs.map((h) => `<a href="${h}">${h}</a>`).join('');

const SITE: Record<string, string> = {
  '/': page(''),
  '/events/': page(links('/events/past/', '/events/next-one/', '/events/later-one/')),
  '/events/past/': page(''),
  '/events/next-one/': page(links('/tags/fhir/')),
  '/events/later-one/': page(''),
  '/calendar/': page('', '<link rel="canonical" href="https://example.org/calendar/2026/12/">'),
  '/calendar/2026/12/': page(links('/calendar/2026/11/', '/calendar/2026/12/08/', '/calendar/2026/12/15/')),
  '/calendar/2026/12/08/': page(''),
  '/news/': page(links('/news/2/', '/news/newest/', '/news/vietnam-announces-expansion-of-ehrs-nationally/')),
  '/news/newest/': page(links('/tags/policy/')),
  '/news/vietnam-announces-expansion-of-ehrs-nationally/': page(links('/tags/ehr/', '/tags/vietnam/')),
  '/tags/ehr/': page(''),
  '/tags/fhir/': page(''),
  '/tags/policy/': page(''),
  '/search/': page(''),
};
const built = (site: Record<string, string>) => (path: string) => site[path];

describe('the pages npm run lighthouse audits', () => {
  it('follows the built site: the next event, the current month, its first day, the preferred article and its first tag', () => {
    const { pages, problems } = choosePages(built(SITE));
    expect(problems).toEqual([]);
    expect(pages).toEqual([
      { name: 'home', path: '/' },
      { name: 'events', path: '/events/' },
      { name: 'event', path: '/events/next-one/' },
      { name: 'month', path: '/calendar/2026/12/' },
      { name: 'day', path: '/calendar/2026/12/08/' },
      { name: 'news', path: '/news/' },
      { name: 'article', path: '/news/vietnam-announces-expansion-of-ehrs-nationally/' },
      { name: 'tag', path: '/tags/ehr/' },
      { name: 'search', path: '/search/?q=fhir' },
    ]);
  });

  it('takes the newest article when the preferred one is not built, and encodes the query', () => {
    const { pages } = choosePages(built(SITE), { preferredArticle: 'gone', query: 'việt nam' });
    const path = (name: string) => pages.find((p) => p.name === name)?.path;
    expect(path('article')).toBe('/news/newest/');
    expect(path('tag')).toBe('/tags/policy/');
    expect(path('search')).toBe('/search/?q=vi%E1%BB%87t%20nam');
  });

  it("falls back to the event's tag, and says which types a site lacks instead of guessing", () => {
    const site: Record<string, string> = { ...SITE, '/news/': page('') };
    delete site['/news/vietnam-announces-expansion-of-ehrs-nationally/'];
    delete site['/search/'];
    const { pages, problems } = choosePages(built(site), DEFAULT_PAGE_CHOICE);
    expect(pages.find((p) => p.name === 'tag')?.path).toBe('/tags/fhir/');
    expect(pages.map((p) => p.name)).not.toContain('article');
    expect(problems).toEqual(['no article page found in the built site', 'no search page found in the built site']);
  });
});

/** A Lighthouse result with the given category scores (0-1) and audits: [id, score, scoreDisplayMode, weight]. */
function lhr(
  scores: Record<string, number | null>,
  audits: [string, number | null, string, number][] = [],
  details: Record<string, unknown> = {},
): LhrLike {
  return {
    categories: Object.fromEntries(
      Object.entries(scores).map(([category, score]) => [
        category,
        { score, auditRefs: audits.map(([id, , , weight]) => ({ id, weight })) },
      ]),
    ),
    audits: Object.fromEntries(
      audits.map(([id, score, mode]) => [
        id,
        {
          id,
          title: `Title of ${id}`,
          score,
          scoreDisplayMode: mode,
          displayValue: `${id} value`,
          details: details[id],
        },
      ]),
    ),
  };
}
const ALL = (score: number | null) => ({ performance: score, accessibility: 1, 'best-practices': 1, seo: 1 });

describe('summarising the runs', () => {
  it('takes the median run, the lower middle one of an even count, counting a missing score lowest', () => {
    expect(medianIndex([90, 100, 95])).toBe(2);
    expect(medianIndex([100, 90, 95, 91])).toBe(3);
    expect(medianIndex([null, 100, 100])).toBe(1);
    expect(medianIndex([])).toBe(-1);
  });

  it('lists the audits under 1 that have a pass mark, weighted ones first, then the lowest', () => {
    const result = lhr(ALL(0.9), [
      ['cumulative-layout-shift', 0.68, 'numeric', 25],
      ['largest-contentful-paint', 0.99, 'numeric', 25],
      ['layout-shifts', 0, 'metricSavings', 0],
      ['first-contentful-paint', 1, 'numeric', 10],
      ['screenshot-thumbnails', null, 'informative', 0],
      ['server-response-time', 0, 'notApplicable', 0],
      ['manual-check', 0, 'manual', 0],
    ]);
    expect(failingAudits(result, 'performance').map((a) => [a.id, a.score, a.weight])).toEqual([
      ['cumulative-layout-shift', 0.68, 25],
      ['largest-contentful-paint', 0.99, 25],
      ['layout-shifts', 0, 0],
    ]);
  });

  it('gives each category its median, its range, and the failing audits of its median run only when under 100', () => {
    const shift = (score: number): [string, number, string, number] => [
      'cumulative-layout-shift',
      score,
      'numeric',
      25,
    ];
    const runs = [lhr(ALL(0.89), [shift(0.5)]), lhr(ALL(0.92), [shift(0.8)]), lhr(ALL(0.9), [shift(0.7)])];
    const summary = summarisePage({ name: 'search', path: '/search/?q=fhir' }, runs);
    expect(summary.categories.performance).toMatchObject({ runs: [89, 92, 90], median: 90 });
    expect(summary.categories.performance.failing.map((a) => a.score)).toEqual([0.7]);
    expect(summary.categories.seo).toEqual({ runs: [100, 100, 100], median: 100, failing: [] });
    expect(formatScore(summary.categories.performance)).toBe('90 (89-92)');
    expect(formatScore(summary.categories.seo)).toBe('100');
  });

  it("names up to three culprits from an audit's details: elements by selector, or URLs", () => {
    const table = (...items: unknown[]) => ({ type: 'table', items });
    const footer = { node: { type: 'node', selector: 'body > footer' }, score: 0.15 };
    expect(culpritsOf(table(footer, footer, { url: '/a.css' }))).toEqual(['body > footer', '/a.css']);
    expect(
      culpritsOf({ type: 'list', items: [table({ node: { type: 'text', value: 'Total' } }, footer), table()] }),
    ).toEqual(['body > footer']);
    expect(culpritsOf(table({ url: '/1' }, { url: '/2' }, { url: '/3' }, { url: '/4' }))).toEqual(['/1', '/2', '/3']);
    expect(
      culpritsOf(
        table({ url: 'http://127.0.0.1:4000/a.css' }, { url: 'https://cdn.example/b.js' }),
        'http://127.0.0.1:4000',
      ),
    ).toEqual(['/a.css', 'https://cdn.example/b.js']);
    expect(culpritsOf(undefined)).toEqual([]);
  });

  it('prints a table of the four scores per page and the failing audits', () => {
    const perfect = summarisePage({ name: 'home', path: '/' }, [lhr(ALL(1))]);
    const shifts = { type: 'table', items: [{ node: { selector: 'body > footer.site-footer' } }] };
    const search = summarisePage({ name: 'search', path: '/search/?q=fhir' }, [
      lhr(ALL(0.91), [['cumulative-layout-shift', 0.68, 'numeric', 25]], { 'cumulative-layout-shift': shifts }),
    ]);
    expect(formatTable([perfect, search]).split('\n')).toEqual([
      'page    path             perf  a11y  best  seo',
      '------  ---------------  ----  ----  ----  ---',
      'home    /                 100   100   100  100',
      'search  /search/?q=fhir    91   100   100  100',
    ]);
    expect(formatFailures([perfect, search])).toBe(
      'search /search/?q=fhir: performance 91\n' +
        '  cumulative-layout-shift  "Title of cumulative-layout-shift"  score 0.68  cumulative-layout-shift value\n' +
        '    body > footer.site-footer',
    );
    expect(formatFailures([perfect])).toBe('Every score is 100.');
    expect(formatFailures([summarisePage({ name: 'home', path: '/' }, [])])).toBe('home /: no Lighthouse result');
  });
});
