/**
 * What the dev server's error overlay says about bad content: the errors of
 * `npm run check`, in its words (src/loaders/dev-preview.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  brokenEntryData,
  devContentErrors,
  isDevServer,
  markDevServer,
  throwDevContentErrors,
} from '../../src/loaders/dev-preview.ts';
import { checkProject } from '../../src/node/check-project.ts';
import { fixtureDir, scratchCopy } from '../helpers/cli.ts';

/** The dev server as the content guard marks it, with the project's check. */
const markDev = (root: string) =>
  markDevServer({ root, check: () => checkProject(root, { siteTimeZone: 'America/New_York' }) });

const KEY = Symbol.for('digital-health-calendar.dev-server');
afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[KEY];
});

describe('dev server content errors', () => {
  it('do nothing outside the dev server', async () => {
    expect(isDevServer()).toBe(false);
    await expect(throwDevContentErrors()).resolves.toBeUndefined();
  });

  it('throw every error of npm run check, in its words, for the overlay', async () => {
    markDev(fixtureDir('bad'));
    const error = await throwDevContentErrors().then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error?.name).toBe('Content error');
    expect(error?.message).toContain(
      'content/events/2026/summit.md: end "2025-12-01" is before start "2025-12-02" (line 4)',
    );
    expect(error?.message).toContain(
      'content/events/2026/typo.md: unknown field "strat" (value "2026-03-01T09:00"); did you mean "start"? (line 3)',
    );
    expect(error?.message).not.toContain('warning');
    expect(error?.message.split('\n').at(-1)).toBe('Fix these files and save: the page reloads by itself.');
  });

  it('check again only after a change under content/', async () => {
    const root = scratchCopy('good');
    markDev(root);
    const first = await devContentErrors();
    expect(first).toEqual([]);
    expect(await devContentErrors()).toBe(first);
    writeFileSync(join(root, 'content/events/2026/new.md'), '---\ntitle: "New"\n---\n');
    expect((await devContentErrors()).map((p) => p.message)).toEqual([
      'start is missing; add a line such as start: "2025-12-02T10:45"',
    ]);
  });

  it('give a bad file stand-in data that the collection schema accepts and no page shows', () => {
    expect(brokenEntryData('event', 'America/New_York')).toMatchObject({
      start: '1970-01-01',
      end: '1970-01-01',
      timezone: 'America/New_York',
      status: 'scheduled',
      draft: true,
    });
    expect(brokenEntryData('article', 'America/New_York')).toMatchObject({
      date: '1970-01-01',
      authors: [],
      category: 'News',
      draft: true,
    });
  });
});
