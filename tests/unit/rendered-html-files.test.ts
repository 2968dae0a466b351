/**
 * The loader's background writes (src/node/rendered-html.ts): every file of a
 * batch is written before the batch ends, the operations on one file keep
 * their order, and only a few files are open at once, whatever the batch's
 * size (a cold build of 20,000 entries had reached the limit on open files).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EntryFiles } from '../../src/node/rendered-html.ts';
import { TMP } from '../helpers/fixture-site.ts';

const dir = join(TMP, 'rendered-html-files');
const openFiles = () => readdirSync('/proc/self/fd').length;

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('background writes of rendered files', () => {
  it('writes every file of a batch, keeping each file’s operations in order', async () => {
    mkdirSync(dir, { recursive: true });
    const files = new EntryFiles();
    await files.batch(async () => {
      for (let i = 0; i < 300; i++) files.write(join(dir, `${i}.html`), `<p>${i}</p>`);
      // Removed, then written again, then removed: each file's last operation wins.
      for (let i = 0; i < 300; i += 3) files.remove(join(dir, `${i}.html`));
      for (let i = 0; i < 300; i += 6) files.write(join(dir, `${i}.html`), `<p>${i} again</p>`);
      await Promise.resolve();
    });
    for (let i = 0; i < 300; i++) {
      const file = join(dir, `${i}.html`);
      if (i % 6 === 0) expect(readFileSync(file, 'utf8')).toBe(`<p>${i} again</p>`);
      else if (i % 3 === 0) expect(existsSync(file)).toBe(false);
      else expect(readFileSync(file, 'utf8')).toBe(`<p>${i}</p>`);
    }
  });

  it.runIf(existsSync('/proc/self/fd'))('holds only a few files open at once, however many it writes', async () => {
    mkdirSync(dir, { recursive: true });
    const files = new EntryFiles();
    const before = openFiles();
    let most = 0;
    await files.batch(async () => {
      for (let i = 0; i < 3000; i++) files.write(join(dir, `${i}.html`), 'x'.repeat(2000));
      // Sampled while the writes run.
      for (let k = 0; k < 20; k++) {
        await new Promise((resolve) => setTimeout(resolve, 2));
        most = Math.max(most, openFiles() - before);
      }
    });
    expect(readdirSync(dir)).toHaveLength(3000);
    expect(most).toBeLessThanOrEqual(64);
  });

  it('reports a failed write when the batch ends', async () => {
    const files = new EntryFiles();
    const missing = join(dir, 'no-such-folder', 'a.html');
    const load = () => {
      files.write(missing, '<p>a</p>');
      return Promise.resolve();
    };
    await expect(files.batch(load)).rejects.toThrow(/ENOENT/);
  });
});
