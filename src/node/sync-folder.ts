/**
 * Makes a folder hold exactly a given set of files, writing only those that
 * are new or changed and removing the rest. Pagefind's bundle is about 10,000
 * files at 5,000 + 5,000 entries, and a one-page edit changes a handful of them:
 * rewriting (and, first, deleting) them all took seconds for nothing. The
 * files come from memory or from a folder Pagefind wrote (search-index.ts).
 */
import { copyFile, mkdir, readdir, readFile, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';

export interface BundleFile {
  /** Relative to the folder, with `/` between parts. */
  path: string;
  content(): Promise<Uint8Array>;
  /** Puts the file at `to` (its folder exists). */
  place(to: string): Promise<void>;
}

/** How many files were written and removed. */
export interface SyncResult {
  written: number;
  removed: number;
}

export function fileInMemory({ path, content }: { path: string; content: Uint8Array }): BundleFile {
  return { path, content: () => Promise.resolve(content), place: (to) => writeFile(to, content) };
}

/** `path` in `folder`, moved from there when placed. */
export function fileOnDisk(folder: string, path: string): BundleFile {
  const file = join(folder, path);
  return {
    path,
    content: () => readFile(file),
    place: (to) =>
      rename(file, to).catch(async (error: unknown) => {
        // Another file system (a cache folder mounted elsewhere): copy instead.
        if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
        await copyFile(file, to);
      }),
  };
}

/** Every file below `folder`, relative to it, sorted, with `/` between parts; none if it does not exist. */
export async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(folder, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

async function isUnchanged(file: string, wanted: BundleFile): Promise<boolean> {
  const existing = await readFile(file).catch(() => undefined);
  return existing !== undefined && Buffer.compare(existing, await wanted.content()) === 0;
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

export async function syncFolder(folder: string, files: readonly BundleFile[]): Promise<SyncResult> {
  const wanted = new Set(files.map((f) => f.path));
  const stale = (await filesUnder(folder)).filter((path) => !wanted.has(path));
  await Promise.all(stale.map((path) => rm(join(folder, path))));
  let written = 0;
  // In batches: 10,000 files at once would open 10,000 descriptors.
  for (let i = 0; i < files.length; i += 256) {
    await Promise.all(
      files.slice(i, i + 256).map(async (file) => {
        const to = join(folder, file.path);
        if (await isUnchanged(to, file)) return;
        await mkdir(dirname(to), { recursive: true });
        await file.place(to);
        written++;
      }),
    );
  }
  await mkdir(folder, { recursive: true });
  await pruneEmpty(folder);
  return { written, removed: stale.length };
}
