import { describe, expect, it } from 'vitest';
import { checkFilesOnCores, workersFor, WORKER_MIN_FILES } from '../../src/node/check-workers.ts';
import { checkFile } from '../../src/lib/validation/check-file.ts';
import { fixtureFiles, observable } from '../helpers/checked-files.ts';

const TZ = 'America/New_York';

describe('the content check on every core', () => {
  // Good, broken and repaired-HTML files: fields, errors, warnings with lines, MDX.
  const files = fixtureFiles(['site', 'bad', 'nasty-html']);

  it('gives, from worker threads, exactly what checkFile gives on this thread, in order', async () => {
    expect(files.length).toBeGreaterThan(30);
    const onCores = await checkFilesOnCores(files, TZ, 3);
    expect(onCores.workers).toBe(3);
    expect(onCores.files.map(observable)).toEqual(files.map((f) => observable(checkFile(f.file, f.text, f.kind, TZ))));
    expect(onCores.files.some((f) => f.problems.some((p) => p.severity === 'warning' && p.line !== undefined))).toBe(
      true,
    );
  });

  it('keeps a small batch on this thread and uses workers for a large one', async () => {
    expect(workersFor(WORKER_MIN_FILES - 1)).toBe(0);
    expect(workersFor(WORKER_MIN_FILES)).toBeGreaterThan(0);
    const small = await checkFilesOnCores(files.slice(0, 5), TZ);
    expect(small.workers).toBe(0);
    expect(small.files.map((f) => f.file)).toEqual(files.slice(0, 5).map((f) => f.file));
  });
});
