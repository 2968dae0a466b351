/**
 * The benchmark's build phases (scripts/bench/measure.ts, `astroPhases`): both
 * sites' builds are cut into phases of the same names from when Astro's log
 * lines arrived, so that each phase can be compared between them; the phases
 * add up to the build's wall time.
 */
import { describe, expect, it } from 'vitest';
import { astroPhases, PHASES, routeTimes, type LogLine } from '../../scripts/bench/measure.ts';

/** Log lines as `astro build` prints them, at the given seconds. */
const log = (...lines: [number, string][]): LogLine[] => lines.map(([s, text]) => ({ t: s * 1000, text }));

const ASTRO_START = [
  [2.24, '00:24:29 [content] Syncing content'],
  [3.31, '00:24:30 [content] Synced content'],
  [3.31, '00:24:30 [types] Generated 2.01s'],
  [3.31, '00:24:30 [build] Building static entrypoints...'],
  [3.92, '00:24:31 [vite] ✓ built in 29ms'],
  [3.94, ' generating static routes '],
  [5.0, '  ├─ /events/a/index.html (+5ms) '],
  [6.17, '00:24:33 ✓ Completed in 2.25s.'],
  [6.17, '00:24:33 [build] ✓ Completed in 2.86s.'],
] as const satisfies readonly [number, string][];

describe('build phases', () => {
  it('cut the project build at its log lines, Pagefind running inside it with the sitemap', () => {
    const lines = log(
      [1.27, '00:24:28 [content-guard] content: 0 errors and 0 warnings in 400 files'],
      ...ASTRO_START,
      [6.3, '00:24:33 [@astrojs/sitemap] `sitemap-index.xml` created at `dist`'],
      [7.0, '00:24:34 [pagefind-search] search: indexed /pagefind/ 28 pages'],
      [7.41, '00:24:34 [pagefind-search] search: 396 event and article pages in 13 bundles; 0 kept as they were'],
      [7.41, '00:24:34 [build] 1211 page(s) built in 6.41s'],
      [7.41, '00:24:34 [build] Complete!'],
    );
    expect(astroPhases(lines, 7500)).toEqual({
      startup: 2240,
      contentSync: 1070,
      bundle: 630,
      render: 2230,
      pagefind: 1240,
      sitemapOther: 90,
      total: 7500,
    });
  });

  it('add the baseline’s Pagefind command after the build, the same names in the same order', () => {
    const lines = log(
      ...ASTRO_START,
      [6.3, '00:24:33 [@astrojs/sitemap] `sitemap-index.xml` created at `dist`'],
      [6.3, '00:24:41 [build] 1210 page(s) built in 5.50s'],
      [6.3, '00:24:41 [build] Complete!'],
    );
    const phases = astroPhases(lines, 6400, 940);
    expect(phases).toEqual({
      startup: 2240,
      contentSync: 1070,
      bundle: 630,
      render: 2230,
      pagefind: 940,
      sitemapOther: 230,
      total: 7340,
    });
    expect(Object.keys(phases)).toEqual([...PHASES]);
  });

  it('merge a phase whose marker is missing into the one before, so they still add up', () => {
    const lines = log([3.94, ' generating static routes '], [6.17, '00:24:33 ✓ Completed in 2.25s.']);
    const phases = astroPhases(lines, 6500);
    expect(phases).toEqual({ startup: 3940, render: 2230, sitemapOther: 330, total: 6500 });
  });

  it('add up to the wall time, to the millisecond or two of rounding', () => {
    const lines = log(...ASTRO_START.map(([s, text]): [number, string] => [s + 0.0004, text]));
    const { total, ...parts } = astroPhases(lines, 6543.21, 987.65);
    const sum = Object.values(parts).reduce((a, b) => a + b, 0);
    expect(Math.abs(sum - total!)).toBeLessThanOrEqual(PHASES.length);
    expect(total).toBe(Math.round(6543.21 + 987.65));
  });
});

describe('render time by route', () => {
  it('counts every page, also those rendered side by side whose names share a line before any time', () => {
    const lines = log(
      [
        5.0,
        '05:36:22   ├─ /events/a/index.html05:36:22   ├─ /events/b/index.html05:36:22   ├─ /news/2/index.html (+9ms) ',
      ],
      [5.1, '05:36:22   ├─ /events/c/index.html (+1.5s) '],
      [5.2, '05:36:22   ├─ /events/c.ics (+2ms) '],
    );
    expect(routeTimes(lines)).toEqual({
      '/events/[slug]/': { files: 3, ms: 1500 },
      '/news/[page]/': { files: 1, ms: 9 },
      'other files (feeds, .ics, ...)': { files: 1, ms: 2 },
    });
  });
});
