/**
 * How the benchmark reports growth with N (scripts/bench/run.ts, `scalingOf`):
 * the ratio of the median cold builds at consecutive sizes, and each run's own
 * ratio, since every run builds every N one after the other.
 */
import { describe, expect, it } from 'vitest';
import {
  formatTable,
  scalingOf,
  type BenchResult,
  type BuildSample,
  type SiteResult,
} from '../../scripts/bench/run.ts';

const sample = (wallS: number, cpuS: number): BuildSample => ({
  wallMs: wallS * 1000,
  cpuMs: cpuS * 1000,
  peakRssBytes: 0,
  peakProcess: 'node',
  peakTreeRssBytes: 0,
  phases: {},
  routes: {},
});

const site = (...cold: BuildSample[]) => ({ cold }) as unknown as SiteResult;

describe('cold builds as N grows', () => {
  const results = [
    // Given largest first: sizes are paired in increasing order whatever the order measured.
    { n: 10000, sites: { project: site(sample(100, 120), sample(90, 110), sample(120, 150)) } },
    { n: 1000, sites: { project: site(sample(10, 12), sample(11, 13), sample(9, 11)) } },
    {
      n: 5000,
      sites: { project: site(sample(50, 60), sample(40, 50), sample(60, 70)), baseline: site(sample(55, 66)) },
    },
  ];

  it('pairs each size with the next, per site measured at both', () => {
    const scaling = scalingOf(results);
    expect(scaling.map((s) => [s.site, s.from, s.to])).toEqual([
      ['project', 1000, 5000],
      ['project', 5000, 10000],
    ]);
    const big = scaling[1]!;
    // Medians 100 / 50 s and CPU 120 / 60 s.
    expect(big.cold).toBe(2);
    expect(big.coldCpu).toBe(2);
    // Run by run: 100/50, 90/40, 120/60.
    expect(big.pairs).toEqual([2, 2.25, 2]);
    expect(scaling[0]!.pairs).toEqual([5, 3.64, 6.67]);
  });

  it('prints a table of the ratios after the per-N tables', () => {
    const result = { runs: 3, results: [], scaling: scalingOf(results) } as unknown as BenchResult;
    const lines = formatTable(result).split('\n');
    expect(lines).toContain('| project | 5000 → 10000 | 2.00x | 2.00x | 2.00x, 2.25x, 2.00x |');
    expect(lines[0]).toBe('Cold builds as N grows (every N measured in each of 3 run(s), sizes alternating)');
  });

  it('reports nothing for a single size', () => {
    expect(scalingOf(results.slice(0, 1))).toEqual([]);
  });
});
