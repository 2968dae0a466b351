import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
  existsSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder, syncFolder } from '../../src/node/sync-folder.ts';

function folderWith(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'sync-folder-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(folder, path, '..'), { recursive: true });
    writeFileSync(join(folder, path), text);
    // An old mtime, so a rewrite shows.
    utimesSync(join(folder, path), new Date('2020-01-01'), new Date('2020-01-01'));
  }
  return folder;
}

describe('syncFolder', () => {
  it('leaves exactly the given files, moving in only new and changed ones, and removes the folder they came from', async () => {
    const folder = folderWith({ 'same.txt': 'same', 'changed.txt': 'old', 'old/gone.txt': 'x', 'keep/a.txt': 'a' });
    const written = folderWith({
      'same.txt': 'same',
      'changed.txt': 'new',
      'keep/a.txt': 'a',
      'fresh/deep/b.txt': 'b',
      'not-published.css': 'x',
    });
    const result = await syncFolder(folder, {
      folder: written,
      files: ['same.txt', 'changed.txt', 'keep/a.txt', 'fresh/deep/b.txt'],
    });
    expect(result).toEqual({ written: 2, removed: 1 });
    expect(readFileSync(join(folder, 'changed.txt'), 'utf8')).toBe('new');
    expect(readFileSync(join(folder, 'fresh/deep/b.txt'), 'utf8')).toBe('b');
    expect(statSync(join(folder, 'same.txt')).mtime.getUTCFullYear()).toBe(2020);
    expect(existsSync(join(folder, 'old'))).toBe(false);
    expect(readdirSync(folder).sort()).toEqual(['changed.txt', 'fresh', 'keep', 'same.txt']);
    expect(existsSync(written)).toBe(false);
  });

  it('creates the folder when it does not exist yet', async () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'sync-folder-')), 'bundle');
    const written = folderWith({ 'a.txt': 'a' });
    expect(await syncFolder(folder, { folder: written, files: ['a.txt'] })).toEqual({ written: 1, removed: 0 });
    expect(readFileSync(join(folder, 'a.txt'), 'utf8')).toBe('a');
  });
});

describe('filesUnder', () => {
  it('lists every file below a folder, sorted, with / between parts, and none for a folder that is not there', async () => {
    const folder = folderWith({ 'b.txt': 'b', 'a/z.txt': 'z', 'a/b/c.txt': 'c' });
    expect(await filesUnder(folder)).toEqual(['a/b/c.txt', 'a/z.txt', 'b.txt']);
    expect(await filesUnder(join(folder, 'missing'))).toEqual([]);
  });
});
