/**
 * The benchmark's fixed searches (scripts/bench/first-query.ts) are taken from
 * the generated content's titles and places: each query's words, diacritics
 * folded, are all in some title or location at a small N, so none of them
 * measures a search that finds nothing.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BENCH_QUERIES } from '../../scripts/bench/first-query.ts';
import { generateContent } from '../../scripts/bench/generate.ts';
import { walk } from '../../scripts/bench/measure.ts';

const dir = mkdtempSync(join(tmpdir(), 'bench-queries-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

describe('the benchmark searches', { timeout: 60_000 }, () => {
  it('are twenty, each in the titles and places of the generated content', () => {
    generateContent(dir, { n: 300, seed: 1 });
    const lines = walk(join(dir, 'content')).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => /^(title|location):/.test(line))
        .map(fold),
    );
    expect(BENCH_QUERIES).toHaveLength(20);
    const missing = BENCH_QUERIES.filter(
      (q) => !lines.some((line) => q.split(' ').every((word) => line.includes(word))),
    );
    expect(missing).toEqual([]);
  });
});
