import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { ProjectCheck } from '../../src/node/check-project.ts';
import { buildRoot } from '../../src/node/early-check.ts';
import { shareEarlyCheck, shareProjectCheck, takeEarlyCheck, takeProjectCheck } from '../../src/node/shared-check.ts';
import type { ProjectCheckInThread } from '../../src/node/project-check-thread.ts';

const texts = new Map([['content/events/a.md', '---\ntitle: A\n---\n']]);
const check: ProjectCheckInThread = {
  texts: Promise.resolve(texts),
  check: Promise.resolve({ checked: [], problems: [], texts } as unknown as ProjectCheck),
  stop: () => undefined,
};

describe("the build's content check, shared with the loaders", () => {
  it('goes to the loader of each kind, and is let go once both have it (it holds every file)', () => {
    const root = '/site-a';
    shareProjectCheck(root, check);
    expect(takeProjectCheck(root, 'event')).toBe(check);
    // The same kind again (Astro syncing twice) still finds it until the other kind took it.
    expect(takeProjectCheck(root, 'event')).toBe(check);
    expect(takeProjectCheck(root, 'article')).toBe(check);
    expect(takeProjectCheck(root, 'event')).toBeUndefined();
    expect(takeProjectCheck(root, 'article')).toBeUndefined();
  });

  it('keeps each site apart', () => {
    shareProjectCheck('/site-b', check);
    expect(takeProjectCheck('/site-c', 'event')).toBeUndefined();
    expect(takeProjectCheck('/site-b', 'article')).toBe(check);
  });
});

describe('the check `npm run build` starts before Astro (src/node/early-check.ts)', () => {
  const options = { siteTimeZone: 'America/New_York', siteUrl: 'https://example.org', cacheFile: '/site/c.json' };

  it('is taken by content-guard for the same folder and options, once', () => {
    shareEarlyCheck('/site', options, check);
    expect(takeEarlyCheck('/site', { ...options })).toBe(check);
    expect(takeEarlyCheck('/site', options)).toBeUndefined();
  });

  it('is stopped, and not taken, when the configuration gives other options or another folder', () => {
    for (const [root, given] of [
      ['/site', { ...options, siteTimeZone: 'Europe/Paris' }],
      ['/site', { ...options, cacheFile: '/elsewhere/c.json' }],
      ['/site', { siteTimeZone: options.siteTimeZone, cacheFile: options.cacheFile }],
      ['/other', options],
    ] as const) {
      const stop = vi.fn();
      shareEarlyCheck('/site', options, { ...check, stop });
      expect(takeEarlyCheck(root, given)).toBeUndefined();
      expect(stop).toHaveBeenCalledOnce();
    }
  });

  it('is started for `astro build` only, in the folder Astro builds', () => {
    expect(buildRoot(['build'])).toBe(process.cwd());
    expect(buildRoot(['build', '--root', 'tests/.tmp/x'])).toBe(resolve('tests/.tmp/x'));
    expect(buildRoot(['build', '--root=/srv/site'])).toBe('/srv/site');
    expect(buildRoot(['dev'])).toBeUndefined();
    expect(buildRoot(['check', 'build'])).toBeUndefined();
  });
});
