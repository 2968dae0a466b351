/**
 * The benchmark machinery (`npm run bench`) at N=200: both sites build from the
 * same generated content, their page sets agree with each other and with what
 * the content should give, the figures are sane, and both builds are cut into
 * the same phases, compared one by one. No timing assertions: the
 * figures depend on the machine; only that they were measured. Only cold builds
 * here, to keep the test short; `npm run bench` also measures the rebuilds.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PHASES } from '../../scripts/bench/measure.ts';
import { formatTable, runBench, type BenchResult, type NResult } from '../../scripts/bench/run.ts';
import { TMP } from '../helpers/fixture-site.ts';

let bench: BenchResult;
let r: NResult;

beforeAll(async () => {
  bench = await runBench({
    ns: [200],
    runs: 1,
    seed: 1,
    dir: join(TMP, 'bench'),
    sites: ['project', 'baseline'],
    browser: false,
    query: 'health',
    keep: false,
    rebuilds: [],
    log: () => undefined,
  });
  r = bench.results[0]!;
}, 600_000);

describe('npm run bench at N=200', () => {
  it('describes the run and the machine', () => {
    expect(bench.siteNow).toBe('2025-12-01T12:00:00Z');
    expect(bench.machine.cpus).toBeGreaterThan(0);
    expect(bench.machine.astro).toMatch(/^\d+\./);
    expect(r.n).toBe(200);
    expect(r.content).toMatchObject({ events: 200, articles: 200, files: 400 });
  });

  it('builds the same contract pages with both sites, as many as the content gives', () => {
    expect(r.pageSet).toEqual({ match: true, onlyProject: [], onlyBaseline: [] });
    const { expected } = r;
    expect(expected.eventPages).toBeGreaterThan(190);
    expect(expected.articlePages).toBeGreaterThan(190);
    expect(expected.newsPages).toBe(Math.ceil(expected.articlePages / 20));
    expect(expected.monthPages).toBeGreaterThan(12);
    expect(expected.dayPages).toBeGreaterThan(100);
    // The baseline has exactly the contract's pages; the project adds /search/.
    expect(r.sites.baseline!.output.htmlPages).toBe(expected.pages);
    expect(r.sites.project!.output.htmlPages).toBe(expected.pages + 1);
  });

  it('measures time, CPU, memory, output and the search index of each site', () => {
    for (const site of [r.sites.project!, r.sites.baseline!]) {
      expect(site.cold).toHaveLength(1);
      expect(site.median.coldMs).toBeGreaterThan(0);
      expect(site.median.coldCpuMs).toBeGreaterThan(0);
      expect(site.median.peakRssBytes).toBeGreaterThan(50 * 2 ** 20);
      expect(site.median.peakProcess).not.toBe('?');
      expect(site.median.coldPhases['render']).toBeGreaterThan(0);
      expect(site.median.coldRoutes['/events/[slug]/']?.files).toBe(r.expected.eventPages);
      expect(site.output.files).toBeGreaterThan(site.output.htmlPages);
      expect(site.output.bytes).toBeGreaterThan(0);
      expect(site.pagefind.files).toBeGreaterThan(0);
      expect(site.pagefind.bytes).toBeGreaterThan(0);
      expect(site.pagefind.pages).toBeGreaterThan(0);
    }
    // The baseline indexes every page (Pagefind's default); the project chooses its pages.
    expect(r.sites.baseline!.pagefind.pages).toBe(r.expected.pages);
    expect(r.sites.project!.pagefind.pages).toBeLessThanOrEqual(r.expected.pages + 1);
    expect(r.ratios!.cold).toBeGreaterThan(0);
  });

  it('cuts both builds into the same phases, which add up to the build, and compares them one by one', () => {
    for (const site of [r.sites.project!, r.sites.baseline!]) {
      const [cold] = site.cold;
      // Every phase found in both logs: the project's Pagefind from its integration's lines, the baseline's from its own command.
      expect(Object.keys(cold!.phases)).toEqual([...PHASES]);
      const { total, ...parts } = cold!.phases;
      expect(total).toBe(Math.round(cold!.wallMs));
      expect(Math.abs(Object.values(parts).reduce((a, b) => a + b, 0) - total!)).toBeLessThanOrEqual(PHASES.length);
      expect(site.median.coldPhases).toEqual(cold!.phases);
      expect(site.median.touchPhases).toEqual({});
    }
    expect(Object.keys(r.ratios!.phases.cold!)).toEqual([...PHASES]);
    expect(r.ratios!.phases.cold!['total']).toBe(r.ratios!.cold);
    expect(r.ratios!.phases.touch).toBeUndefined();
    const table = formatTable(bench);
    expect(table).toContain('| phase | cold: project | cold: baseline | ratio |');
    expect(table).toMatch(/\| render \(pages written\) \| [\d.]+ s \| [\d.]+ s \| [\d.]+x \|/);
  });
});
