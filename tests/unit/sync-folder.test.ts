import { mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileInMemory, fileOnDisk, filesUnder, syncFolder } from '../../src/node/sync-folder.ts';
import { tempFolder } from '../helpers/temp-folder.ts';

function folderWith(files: Record<string, string>): string {
  const folder = tempFolder('sync-folder-');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(folder, path, '..'), { recursive: true });
    writeFileSync(join(folder, path), text);
    // An old mtime, so a rewrite shows.
    utimesSync(join(folder, path), new Date('2020-01-01'), new Date('2020-01-01'));
  }
  return folder;
}

const bytes = (text: string) => new TextEncoder().encode(text);

describe('syncFolder', () => {
  it('leaves exactly the given files, writing only new and changed ones', async () => {
    const folder = folderWith({ 'same.txt': 'same', 'changed.txt': 'old', 'old/gone.txt': 'x', 'keep/a.txt': 'a' });
    const result = await syncFolder(
      folder,
      [
        { path: 'same.txt', content: bytes('same') },
        { path: 'changed.txt', content: bytes('new') },
        { path: 'keep/a.txt', content: bytes('a') },
        { path: 'fresh/deep/b.txt', content: bytes('b') },
      ].map(fileInMemory),
    );
    expect(result).toEqual({ written: 2, removed: 1 });
    expect(readFileSync(join(folder, 'changed.txt'), 'utf8')).toBe('new');
    expect(readFileSync(join(folder, 'fresh/deep/b.txt'), 'utf8')).toBe('b');
    expect(statSync(join(folder, 'same.txt')).mtime.getUTCFullYear()).toBe(2020);
    expect(statSync(join(folder, 'changed.txt')).mtime.getUTCFullYear()).toBeGreaterThan(2020);
    expect(existsSync(join(folder, 'old'))).toBe(false);
    expect(readdirSync(folder).sort()).toEqual(['changed.txt', 'fresh', 'keep', 'same.txt']);
  });

  it('moves in new and changed files from a folder written beside it, and leaves the unchanged there', async () => {
    const folder = folderWith({ 'same.txt': 'same', 'changed.txt': 'old', 'gone.txt': 'x' });
    const written = folderWith({
      'same.txt': 'same',
      'changed.txt': 'new',
      'deep/b.txt': 'b',
      'not-published.css': 'x',
    });
    const files = ['same.txt', 'changed.txt', 'deep/b.txt'].map((path) => fileOnDisk(written, path));
    expect(await syncFolder(folder, files)).toEqual({ written: 2, removed: 1 });
    expect(readdirSync(folder).sort()).toEqual(['changed.txt', 'deep', 'same.txt']);
    expect(readFileSync(join(folder, 'changed.txt'), 'utf8')).toBe('new');
    expect(readFileSync(join(folder, 'deep/b.txt'), 'utf8')).toBe('b');
    expect(await filesUnder(written)).toEqual(['not-published.css', 'same.txt']);
  });

  it('creates the folder when it does not exist yet', async () => {
    const folder = join(tempFolder('sync-folder-'), 'bundle');
    expect(await syncFolder(folder, [fileInMemory({ path: 'a.txt', content: bytes('a') })])).toEqual({
      written: 1,
      removed: 0,
    });
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
