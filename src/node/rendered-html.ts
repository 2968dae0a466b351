/**
 * An entry's rendered Markdown, and an event's plain text, each kept in a file
 * beside Astro's content store rather than inside it.
 *
 * Why: Astro hands its store to the build as one JavaScript string literal, and
 * V8 compiles that in time that grows much faster than its size. Rendered HTML
 * was half of the store at 5,000 + 5,000 entries (14 of 28 MB), and taking it
 * out cut the store's compile from 8.7 s to 0.9 s (measured with Node's
 * compile cache off). The file is written when the loader renders the entry,
 * so, like the store, only for new or changed files.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The file that holds one version of an entry's HTML. The digest (of the
 * source file) is in its name, so a store can never point at another
 * version's HTML: the dev server's store and the build's share this folder.
 */
export function renderedHtmlPath(cacheDir: string, collection: string, id: string, digest: string): string {
  return entryFile(cacheDir, collection, id, digest, 'html');
}

/**
 * The file that holds one version of an event's plain text (the DESCRIPTION of
 * its iCalendar files), beside its HTML and named alike. Out of the store for
 * the same reason: it was 7.8 of the store's 26.3 MB at 10,000 + 10,000, and
 * Vite's bundle of the store is when the build's memory peaks.
 */
export function plainTextPath(cacheDir: string, collection: string, id: string, digest: string): string {
  return entryFile(cacheDir, collection, id, digest, 'txt');
}

function entryFile(cacheDir: string, collection: string, id: string, digest: string, extension: string): string {
  // Within renderedHtmlFolder(cacheDir, collection).
  return join(
    cacheDir,
    'rendered-html',
    collection,
    `${encodeURIComponent(id)}.${encodeURIComponent(digest)}.${extension}`,
  );
}

/** Makes the folder of a collection's files; once per load, not once per file. */
export function renderedHtmlFolder(cacheDir: string, collection: string): void {
  mkdirSync(join(cacheDir, 'rendered-html', collection), { recursive: true });
}

/**
 * At most this many writes and removals at once. A cold build writes a file
 * per entry; all at once, each held a file open until its turn to be written,
 * and 20,000 entries reached the system's limit on open files (EMFILE).
 */
const AT_ONCE = 32;

/**
 * File writes and removals, in the background while a batch runs (the loader
 * renders the next entries meanwhile and awaits them all before it returns: a
 * synchronous write per entry held it for 3 s at 10,000 entries), at once
 * otherwise (the dev server's updates after a load, read right after).
 * In a batch, the operations on one file keep their order.
 */
export class EntryFiles {
  #lanes: Promise<void>[] | undefined;

  write(file: string, content: string): void {
    if (this.#lanes) this.#queue(file, () => writeFile(file, content));
    else writeFileSync(file, content);
  }

  remove(file: string): void {
    if (this.#lanes) this.#queue(file, () => rm(file, { force: true }));
    else rmSync(file, { force: true });
  }

  /** Runs `load` with writes in the background, and waits for them. */
  async batch(load: () => Promise<void>): Promise<void> {
    const lanes: Promise<void>[] = Array.from({ length: AT_ONCE }, () => Promise.resolve());
    this.#lanes = lanes;
    try {
      await load();
    } finally {
      this.#lanes = undefined;
      await Promise.all(lanes);
    }
  }

  /** One lane per file (by its name), each running its operations one after another. */
  #queue(file: string, operation: () => Promise<void>): void {
    const lanes = this.#lanes!;
    const lane = laneOf(file, lanes.length);
    const next = lanes[lane]!.then(operation);
    // A failure is reported when the batch ends, not as an unhandled rejection meanwhile.
    next.catch(() => undefined);
    lanes[lane] = next;
  }
}

function laneOf(file: string, lanes: number): number {
  let hash = 0;
  for (let i = 0; i < file.length; i++) hash = (hash * 31 + file.charCodeAt(i)) | 0;
  return Math.abs(hash) % lanes;
}

export function hasEntryFile(file: string): boolean {
  return existsSync(file);
}

/** The HTML of `source` (named in the error). */
export function readRenderedHtml(file: string, source: string): string {
  return readEntryFile(file, source, 'rendered HTML');
}

/** The plain text of the event in `source` (named in the error). */
export function readPlainText(file: string, source: string): string {
  return readEntryFile(file, source, 'plain text');
}

/** The loader stores again an entry whose file has gone, so a miss means a cache emptied mid-build. */
function readEntryFile(file: string, source: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new Error(`${source}: its ${what} (${file}) is missing; delete node_modules/.astro and build again`);
  }
}
