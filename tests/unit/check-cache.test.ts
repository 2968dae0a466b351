import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CheckCache } from '../../src/node/check-cache.ts';
import { checkFile } from '../../src/lib/validation/check-file.ts';
import { fixtureFiles, observable } from '../helpers/checked-files.ts';
import { tempFolder } from '../helpers/temp-folder.ts';

const TZ = 'America/New_York';

describe('CheckCache', () => {
  const files = fixtureFiles(['site', 'bad']);
  const path = join(tempFolder('check-cache-'), 'content-check.json');

  it('gives, from the cache, exactly what checkFile gives, for good and broken files', () => {
    expect(files.length).toBeGreaterThan(20);
    const first = CheckCache.load(path, 'v1');
    for (const f of files) first.check(f.file, f.text, f.kind, TZ);
    first.save();
    const second = CheckCache.load(path, 'v1');
    for (const f of files)
      expect(observable(second.check(f.file, f.text, f.kind, TZ)), f.file).toEqual(
        observable(checkFile(f.file, f.text, f.kind, TZ)),
      );
  });

  it('checks a changed file again, and ignores a cache written by other code', () => {
    const summit = files.find((f) => f.file.endsWith('innovators-summit.md'))!;
    const broken = summit.text.replace('end: "2025-12-04"', 'end: "2025-12-01"');
    expect(
      CheckCache.load(path, 'v1')
        .check(summit.file, broken, 'event', TZ)
        .problems.map((p) => p.field),
    ).toContain('end');
    // A remembered result that checkFile would not give: used by its own version only.
    const stored = JSON.parse(readFileSync(path, 'utf8')) as {
      version: string;
      files: [string, { problems: unknown[] }][];
    };
    const entry = stored.files.find(([file]) => file === summit.file)!;
    entry[1].problems = [{ severity: 'error', file: summit.file, message: 'remembered' }];
    writeFileSync(path, JSON.stringify(stored));
    expect(CheckCache.load(path, 'v1').check(summit.file, summit.text, 'event', TZ).problems).toHaveLength(1);
    expect(CheckCache.load(path, 'v2').check(summit.file, summit.text, 'event', TZ).problems).toEqual([]);
  });
});
