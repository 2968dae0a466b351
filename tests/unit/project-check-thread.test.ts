/**
 * The build checks content in a thread of its own (src/node/project-check-thread.ts):
 * what reaches the build must be exactly what the check gives on the main
 * thread, for good files and broken ones, texts, lines and problems included.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProject, type ProjectCheck } from '../../src/node/check-project.ts';
import { checkProjectInThread } from '../../src/node/project-check-thread.ts';
import { observable } from '../helpers/checked-files.ts';
import { PROJECT } from '../helpers/fixture-site.ts';

const OPTIONS = { siteTimeZone: 'America/New_York', now: new Date('2025-12-01T12:00:00Z') };

const comparable = ({ checked, texts, ...rest }: ProjectCheck) => ({
  ...rest,
  checked: checked.map(observable),
  texts: [...texts],
});

describe('the content check in a thread', () => {
  for (const site of ['site', 'bad']) {
    it(`gives what the check on the main thread gives (fixture "${site}")`, async () => {
      const root = join(PROJECT, 'tests/fixtures', site);
      const inThread = checkProjectInThread(root, OPTIONS);
      const texts = await inThread.texts;
      const check = await inThread.check;
      const here = await checkProject(root, OPTIONS);
      expect(check.checked.length).toBeGreaterThan(10);
      expect(comparable(check)).toEqual(comparable(here));
      expect(texts).toEqual(here.texts);
      if (site === 'bad') expect(check.errorCount).toBeGreaterThan(0);
    });
  }

  it('reaches the build when its results cannot be kept for the next one', async () => {
    const root = join(PROJECT, 'tests/fixtures/site');
    // Not a path: the thread cannot keep its results there, once the check is handed on.
    const check = await checkProjectInThread(root, { ...OPTIONS, cacheFile: '\0' }).check;
    expect(comparable(check)).toEqual(comparable(await checkProject(root, OPTIONS)));
  });
});
