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
import { syncFolder } from '../../src/node/sync-folder.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

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
  it('leaves exactly the given files, rewriting only new and changed ones', async () => {
    const folder = folderWith({ 'same.txt': 'same', 'changed.txt': 'old', 'old/gone.txt': 'x', 'keep/a.txt': 'a' });
    const result = await syncFolder(folder, [
      { path: 'same.txt', content: bytes('same') },
      { path: 'changed.txt', content: bytes('new') },
      { path: 'keep/a.txt', content: bytes('a') },
      { path: 'fresh/deep/b.txt', content: bytes('b') },
    ]);
    expect(result).toEqual({ written: 2, removed: 1 });
    expect(readFileSync(join(folder, 'changed.txt'), 'utf8')).toBe('new');
    expect(readFileSync(join(folder, 'fresh/deep/b.txt'), 'utf8')).toBe('b');
    expect(statSync(join(folder, 'same.txt')).mtime.getUTCFullYear()).toBe(2020);
    expect(statSync(join(folder, 'changed.txt')).mtime.getUTCFullYear()).toBeGreaterThan(2020);
    expect(existsSync(join(folder, 'old'))).toBe(false);
    expect(readdirSync(folder).sort()).toEqual(['changed.txt', 'fresh', 'keep', 'same.txt']);
  });

  it('creates the folder when it does not exist yet', async () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'sync-folder-')), 'bundle');
    expect(await syncFolder(folder, [{ path: 'a.txt', content: bytes('a') }])).toEqual({ written: 1, removed: 0 });
    expect(readFileSync(join(folder, 'a.txt'), 'utf8')).toBe('a');
  });
});
