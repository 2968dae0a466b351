/**
 * The plain Astro site the benchmark compares the project with
 * (scripts/bench/baseline/) is written competently: it loads each collection
 * once, in one module that works out every grouping for the whole build, and
 * no page scans every entry for its own (README.md there). The bench itself
 * (tests/site/bench.test.ts) checks that it builds the project's page set.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { walk } from '../../scripts/bench/measure.ts';
import { BASELINE_SOURCE } from '../../scripts/bench/run.ts';

describe('the plain baseline', () => {
  const sources = walk(join(BASELINE_SOURCE, 'src'))
    .filter((f) => /\.(astro|ts)$/.test(f))
    .map((f) => ({ file: relative(BASELINE_SOURCE, f), text: readFileSync(f, 'utf8') }));

  it('loads each collection once, in one module that groups the entries for every page', () => {
    const calls = sources.flatMap(({ file, text }) =>
      [...text.matchAll(/getCollection\(\s*'(\w+)'/g)].map((m) => `${file}: ${m[1]}`),
    );
    expect(calls.sort()).toEqual(['src/lib/data.ts: articles', 'src/lib/data.ts: events']);
    const templates = sources.filter(({ file }) => file.endsWith('.astro'));
    expect(templates.length).toBeGreaterThan(10);
    for (const { file, text } of templates) {
      // A page reads its own group: no page or component filters a whole collection.
      expect(text, file).not.toMatch(/getCollection|\.filter\(/);
    }
  });
});
