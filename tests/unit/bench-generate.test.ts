/**
 * The benchmark's content generator (scripts/bench/generate.ts): the same N and
 * seed give the same files, and every file passes the project's own content
 * check, with no warnings either (a benchmark of a site that fails its check
 * would measure nothing).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateContent, type GeneratedContent } from '../../scripts/bench/generate.ts';
import { walk } from '../../scripts/bench/measure.ts';
import { bodyHtmlWarnings } from '../../src/lib/validation/body-html-warnings.ts';
import { checkContent } from '../../src/lib/validation/check-content.ts';
import type { Problem } from '../../src/lib/validation/problem.ts';
import { contentWarnings } from '../../src/lib/validation/warnings.ts';
import { readContentFiles } from '../../src/node/read-content.ts';
import { site } from '../../src/site.config.ts';

const N = 200;
const NOW = new Date('2025-12-01T12:00:00Z');
const dirs: string[] = [];

function generated(seed: number): { dir: string; gen: GeneratedContent; hash: string } {
  const dir = mkdtempSync(join(tmpdir(), 'bench-gen-'));
  dirs.push(dir);
  const gen = generateContent(dir, { n: N, seed });
  const hash = createHash('sha256');
  for (const file of walk(join(dir, 'content')))
    hash
      .update(`${relative(dir, file)}\n`)
      .update(readFileSync(file))
      .update('\n');
  return { dir, gen, hash: hash.digest('hex') };
}

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('benchmark content generator', { timeout: 60_000 }, () => {
  const first = generated(1);

  it('is deterministic: same N and seed, same files; another seed, other files', () => {
    expect(generated(1).hash).toBe(first.hash);
    expect(generated(2).hash).not.toBe(first.hash);
  });

  it('writes N events and N articles', () => {
    expect(first.gen.events).toHaveLength(N);
    expect(first.gen.articles).toHaveLength(N);
    expect(walk(join(first.dir, 'content'))).toHaveLength(2 * N);
    expect(first.gen.files).toBe(2 * N);
  });

  it('writes content that passes the project check with no errors and no warnings', async () => {
    const { sources, strays } = await readContentFiles(first.dir);
    expect(strays).toEqual([]);
    const check = checkContent(sources, site.timeZone);
    const problems = [
      ...check.problems,
      ...contentWarnings(check.files, {
        now: NOW,
        siteTimeZone: site.timeZone,
        siteUrl: site.url,
        exists: () => false,
      }),
    ];
    // The 18F posts' own raw HTML is repaired by the build, each repair with a
    // warning (src/lib/validation/body-html-warnings.ts); the generator adds none.
    const line = (p: Problem) => `${p.file}:${p.line ?? ''} ${p.message}`;
    const repairs = new Set(check.files.flatMap((f) => bodyHtmlWarnings(f)).map(line));
    expect(problems.map(line).filter((p) => !repairs.has(p))).toEqual([]);
    expect(check.files.every((f) => f.fields !== undefined)).toBe(true);
  });

  it('has the variety a real calendar has', () => {
    const { events, articles } = first.gen;
    const texts = events.map((e) => readFileSync(join(first.dir, e.file), 'utf8'));
    expect(events.some((e) => e.recurrence?.startsWith('FREQ=WEEKLY'))).toBe(true);
    expect(events.some((e) => e.exclude && e.exclude.length > 0)).toBe(true);
    expect(events.some((e) => e.end > e.start)).toBe(true);
    expect(events.some((e) => e.startTime === undefined)).toBe(true);
    expect(events.some((e) => e.startTime !== undefined)).toBe(true);
    expect(events.some((e) => e.status === 'cancelled')).toBe(true);
    expect(new Set(events.map((e) => e.timezone)).size).toBeGreaterThan(5);
    expect(events.some((e) => e.start < '2025-12-01') && events.some((e) => e.start > '2025-12-01')).toBe(true);
    expect(texts.some((t) => /^online: /m.test(t))).toBe(true);
    expect([...events, ...articles].some((x) => x.file.endsWith('.mdx'))).toBe(true);
    // Real 18F posts (cleaned of their Liquid shortcodes) and generated news.
    const bodies = articles.map((a) => readFileSync(join(first.dir, a.file), 'utf8'));
    expect(bodies.some((b) => b.includes('18F'))).toBe(true);
    expect(bodies.some((b) => /\{%|\{\{/.test(b))).toBe(false);
    expect(new Set(articles.flatMap((a) => a.tags)).size).toBeGreaterThan(30);
  });
});
