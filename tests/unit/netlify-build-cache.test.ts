import { readFileSync } from 'node:fs';
import { parse } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import * as plugin from '../../scripts/netlify-build-cache/index.js';

/** Netlify's utils.cache, recording calls: restore says whether anything was cached. */
function fakeCache(cached: string[]) {
  const calls: string[] = [];
  return {
    calls,
    utils: {
      cache: {
        restore: (path: string) => (calls.push(`restore ${path}`), Promise.resolve(cached.includes(path))),
        save: (path: string) => (calls.push(`save ${path}`), Promise.resolve(true)),
      },
    },
  };
}

describe('Netlify build cache plugin', () => {
  it('is registered in netlify.toml', () => {
    const config = parse(readFileSync('netlify.toml', 'utf8')) as { plugins?: { package: string }[] };
    expect(config.plugins?.map((p) => p.package)).toContain('./scripts/netlify-build-cache');
  });

  it("restores Astro's caches and the last output before the build, and saves them after a successful one", async () => {
    const before = fakeCache(['node_modules/.astro', 'dist']);
    await plugin.onPreBuild({ utils: before.utils });
    expect(before.calls).toEqual(['restore node_modules/.astro', 'restore .astro', 'restore dist']);
    const after = fakeCache([]);
    await plugin.onPostBuild({ utils: after.utils });
    expect(after.calls).toEqual(['save node_modules/.astro', 'save .astro', 'save dist']);
  });
});
