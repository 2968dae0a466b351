/**
 * Astro's incremental build keeps a copy of every keyed page in its cache
 * (node_modules/.astro/dist/), to put back into a dist/ that was emptied. This
 * project keeps dist/ between builds (src/integrations/kept-output.ts), so that
 * copy is only a fallback for a dist/ that went missing, yet it cost every
 * keyed page a second write: 2-3 s of a cold build at 5,000 + 5,000 entries
 * and as many bytes again on disk and in the deploy cache (measured). Here the
 * copy is a hard link to the page Astro has just written: the bytes are on disk
 * once, and Astro restores a page from its cache exactly as before.
 *
 * Astro has no option for this, so the method that writes the copy is
 * replaced, in the build's own process. If Astro's code is not as expected, or
 * the file system cannot link the two folders, Astro writes its copy as ever:
 * slower, never wrong. tests/site/incremental-build.test.ts checks both that
 * the copies are links and that Astro restores pages from them.
 */
import { link, mkdir, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** What this needs of Astro's settings: where pages go and where its cache is. */
interface Settings {
  config: { outDir: URL; cacheDir: URL };
}

type WriteOutputFile = (settings: Settings, outputFile: string, body: string | Uint8Array) => Promise<void>;

interface IncrementalBuildCache {
  prototype: { writeOutputFile?: WriteOutputFile; [LINKED]?: true };
}

const LINKED = Symbol.for('digital-health-calendar.page-cache-links');
/** Astro's folder for its copies, in its cache folder (INCREMENTAL_OUTPUT_DIR in its incremental.js). */
const COPIES = 'dist/';

/** Where Astro's incremental build lives in its package; not one of the package's exports. */
async function incrementalBuildCache(): Promise<IncrementalBuildCache | undefined> {
  const astro = dirname(fileURLToPath(import.meta.resolve('astro/package.json')));
  const module = (await import(pathToFileURL(join(astro, 'dist/core/build/incremental.js')).href)) as {
    IncrementalBuildCache?: IncrementalBuildCache;
  };
  return module.IncrementalBuildCache;
}

/**
 * Makes Astro's cache copies of pages hard links to the pages in dist/.
 * Resolves to false when Astro's code is not as expected (its copies are then written as before).
 */
export async function linkPageCacheCopies(): Promise<boolean> {
  const cache = await incrementalBuildCache().catch(() => undefined);
  const proto = cache?.prototype;
  const write = proto?.writeOutputFile;
  if (!proto || typeof write !== 'function' || write.length !== 3) return false;
  if (proto[LINKED]) return true;
  const folders = new Map<string, Promise<unknown>>();
  proto.writeOutputFile = async function (this: unknown, settings, outputFile, body) {
    const page = new URL(outputFile, settings.config.outDir);
    const copy = new URL(outputFile, new URL(COPIES, settings.config.cacheDir));
    try {
      const folder = new URL('./', copy).href;
      if (!folders.has(folder)) folders.set(folder, mkdir(new URL(folder), { recursive: true }));
      await folders.get(folder);
      await replaceWithLink(page, copy);
    } catch {
      await write.call(this, settings, outputFile, body);
    }
  };
  proto[LINKED] = true;
  return true;
}

/** `copy` becomes another name of `page`; a copy from an earlier build is replaced. */
async function replaceWithLink(page: URL, copy: URL): Promise<void> {
  try {
    await link(page, copy);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    await unlink(copy);
    await link(page, copy);
  }
}
