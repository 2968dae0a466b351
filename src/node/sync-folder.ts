/**
 * Makes a folder hold exactly the files of another (where Pagefind wrote its
 * bundle), moving in only those that are new or changed and removing the
 * rest. Pagefind's bundle is about 10,000 files at 5,000 + 5,000 entries, and
 * a one-page edit changes a handful of them: rewriting (and, first, deleting)
 * them all took seconds for nothing, and a file left as it was keeps its date.
 */
import { copyFile, mkdir, readdir, readFile, rename, rm, rmdir } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';

/** Files written to a folder of their own, to be moved into place. */
export interface WrittenBundle {
  folder: string;
  /** The files to move, relative to `folder`, with `/` between parts; others there are left out. */
  files: readonly string[];
}

/** How many files were written and removed. */
export interface SyncResult {
  written: number;
  removed: number;
}

/** Every file below `folder`, relative to it, with `/` between parts; none if it does not exist. */
export async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(folder, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

async function sameContent(file: string, other: string): Promise<boolean> {
  const existing = await readFile(file).catch(() => undefined);
  return existing !== undefined && Buffer.compare(existing, await readFile(other)) === 0;
}

async function move(from: string, to: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  await rename(from, to).catch(async (error: unknown) => {
    // Another file system (a cache folder mounted elsewhere): copy instead.
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await copyFile(from, to);
  });
}

/** Removes empty folders below `folder` (not `folder` itself). */
async function pruneEmpty(folder: string): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isDirectory()) continue;
    const path = join(folder, entry.name);
    await pruneEmpty(path);
    if ((await readdir(path)).length === 0) await rmdir(path);
  }
}

/** Brings `folder` in line with the bundle, then removes the bundle's own folder. */
export async function syncFolder(folder: string, bundle: WrittenBundle): Promise<SyncResult> {
  const wanted = new Set(bundle.files);
  const stale = (await filesUnder(folder)).filter((path) => !wanted.has(path));
  await Promise.all(stale.map((path) => rm(join(folder, path))));
  let written = 0;
  // In batches: 10,000 files at once would open 10,000 descriptors.
  for (let i = 0; i < bundle.files.length; i += 256) {
    await Promise.all(
      bundle.files.slice(i, i + 256).map(async (path) => {
        const from = join(bundle.folder, path);
        const to = join(folder, path);
        if (await sameContent(to, from)) return;
        await move(from, to);
        written++;
      }),
    );
  }
  await mkdir(folder, { recursive: true });
  await pruneEmpty(folder);
  await rm(bundle.folder, { recursive: true, force: true });
  return { written, removed: stale.length };
}
