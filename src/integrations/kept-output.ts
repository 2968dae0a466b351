/**
 * Keeps dist/ between builds, so the pages Astro's incremental build skips are
 * simply left where they are, and then removes every file this build did not
 * produce, so the result is exactly what a build into an empty folder gives.
 *
 * Why: by default Astro empties dist/ file by file before building and then
 * copies each skipped page back from its cache; at 5,000 + 5,000 entries that
 * was 15 s of deleting and 20 s of copying in a rebuild that changed one page.
 *
 * A file is this build's when it was written after the build started, or when
 * Astro reports it as a route's output (skipped pages keep their old mtime).
 * Its astro:build:done hook must run before Pagefind's and the sitemap's, so
 * they see only this build's pages. Folders in `leave` belong to a later hook
 * that brings them up to date itself (Pagefind's bundle).
 */
import type { AstroIntegration } from 'astro';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, statSync } from 'node:fs';
import { readdir, rm, rmdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { linkPageCacheCopies } from '../node/page-cache-links.ts';

export function keptOutput({ leave = [] }: { leave?: readonly string[] } = {}): AstroIntegration {
  let startedAt = Number.POSITIVE_INFINITY;
  let cacheDir = '';
  let outDir = '';
  /** Nothing can be stale in a folder that was empty when the build began (a cold build). */
  let keptFiles = false;
  return {
    name: 'kept-output',
    hooks: {
      'astro:config:setup': async ({ command, config, updateConfig, logger }) => {
        if (command !== 'build') return;
        cacheDir = fileURLToPath(config.cacheDir);
        outDir = fileURLToPath(config.outDir);
        updateConfig({ vite: { build: { emptyOutDir: false } } });
        // With dist/ kept, Astro's cached copy of each page need not be written again (src/node/page-cache-links.ts).
        if (!(await linkPageCacheCopies()))
          logger.warn("Astro's page cache is not as this project expects: pages are copied into it, as Astro does");
      },
      'astro:build:start': () => {
        // The file system's clock, not the process's: the same one that stamps the output.
        mkdirSync(cacheDir, { recursive: true });
        const marker = join(cacheDir, 'build-started');
        closeSync(openSync(marker, 'w'));
        startedAt = statSync(marker).mtimeMs;
        keptFiles = existsSync(outDir) && readdirSync(outDir).length > 0;
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        if (!keptFiles) return;
        const root = fileURLToPath(dir);
        const produced = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        const left = new Set(leave.map((folder) => join(root, folder)));
        const removed = await sweep(root, (path, mtimeMs) => mtimeMs >= startedAt || produced.has(path), left);
        if (removed > 0) logger.info(`removed ${removed} file(s) the last build wrote and this one did not`);
      },
    },
  };
}

/** Deletes files that `keep` rejects, and folders left empty, except in `left`; returns how many files went. */
async function sweep(
  folder: string,
  keep: (file: string, mtimeMs: number) => boolean,
  left: ReadonlySet<string>,
): Promise<number> {
  const entries = await readdir(folder, { withFileTypes: true });
  // A folder's entries at once: one at a time, 30,000 stats wait on the disk in turn.
  const counts = await Promise.all(
    entries.map(async (entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (left.has(path)) return 0;
        const removed = await sweep(path, keep, left);
        if ((await readdir(path)).length === 0) await rmdir(path);
        return removed;
      }
      if (keep(path, (await stat(path)).mtimeMs)) return 0;
      await rm(path);
      return 1;
    }),
  );
  return counts.reduce((a, b) => a + b, 0);
}
