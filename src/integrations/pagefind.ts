/**
 * Builds the Pagefind search bundle as part of `astro build`, through
 * Pagefind's Node API, so every build that publishes pages also publishes
 * their index: no second command to forget. On a cold build Pagefind takes
 * the pages as they are rendered (src/node/streamed-index.ts); otherwise it
 * reads them from the output folder after the build, as Starlight does. Only
 * pages with `data-pagefind-body` (event and article pages) are indexed;
 * drafts and scheduled articles are never in a production build, so never in
 * the index. The dev server has no index; /search/ says so.
 *
 * One bundle of every page (src/lib/search-bundles.ts says why). dist/ is
 * kept between builds (kept-output.ts), and so is the bundle: when none of its
 * pages changed, and neither did the code and options that build it, it is
 * left as it is (Pagefind has no incremental index); otherwise it is built
 * again and only its new and changed files are written (a streamed bundle's
 * files are moved from the folder in Astro's cache where Pagefind wrote them).
 * What it was built from is recorded in Astro's cache folder, and that record
 * is forgotten when this code changes (keyedCaches in astro.config.mjs).
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { syncFolder, type BundleFile } from '../node/sync-folder.ts';
import { BundleKey, PagefindBundle, closePagefind, isIndexed } from '../node/search-index.ts';
import { StreamedIndex, type StreamedBundle } from '../node/streamed-index.ts';
import { compareUrls, INDEXED_FOLDERS, PAGEFIND_DIR, searchablePart } from '../lib/search-bundles.ts';
import { indexingPrerenderer } from './indexing-prerenderer.ts';

export { PAGEFIND_DIR };

type Page = { url: string; file: string };

/** `events/<slug>/index.html` and `news/<slug>/index.html`, in index order. */
async function candidatePages(site: string): Promise<Page[]> {
  const pages: Page[] = [];
  for (const folder of INDEXED_FOLDERS) {
    const entries = await readdir(join(site, folder), { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const file = join(site, folder, entry.name, 'index.html');
      if (entry.isDirectory() && existsSync(file)) pages.push({ url: `/${folder}/${entry.name}/`, file });
    }
  }
  return pages.sort((a, b) => compareUrls(a.url, b.url));
}

/** Where the bundle's record is kept, and where Pagefind writes a streamed bundle before it goes to dist/. */
interface BuildFiles {
  recordFile: string;
  staging: string;
}

/** What the bundle in dist/ was built from, and its files. */
interface BundleRecord {
  key: string;
  files: string[];
  pages: number;
}

function readRecord(file: string): BundleRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as BundleRecord;
    return typeof record.key === 'string' && Array.isArray(record.files) ? record : undefined;
  } catch {
    return undefined;
  }
}

/** The streamed bundle, if it was built from exactly the candidate pages in dist/. */
function streamedFor(candidates: readonly Page[], streamed: StreamedBundle | undefined): StreamedBundle | undefined {
  if (streamed?.urls.length !== candidates.length) return undefined;
  return candidates.every((page, i) => page.url === streamed.urls[i]) ? streamed : undefined;
}

/** The key of dist/'s indexed pages, and how to build their bundle from dist/. */
async function fromDist(
  candidates: readonly Page[],
): Promise<{ key: string; pages: number; files: () => Promise<BundleFile[]> }> {
  // Pages are read again to be indexed (the OS has them cached) rather than held in memory.
  const key = new BundleKey();
  const pages: Page[] = [];
  for (const page of candidates) {
    const bytes = await readFile(page.file);
    if (!isIndexed(bytes)) continue;
    pages.push(page);
    key.addPage(page.url, bytes);
  }
  const files = async () => {
    const bundle = await PagefindBundle.open();
    for (const page of pages) await bundle.add(page.url, searchablePart(await readFile(page.file, 'utf8')), page.file);
    return bundle.files();
  };
  return { key: key.digest(), pages: pages.length, files };
}

/** Brings dist/pagefind/ up to date with the indexed pages of dist/ (see the top of this file). */
async function updateBundle(
  site: string,
  recordFile: string,
  stream: StreamedIndex,
  logger: AstroIntegrationLogger,
): Promise<void> {
  const folder = join(site, PAGEFIND_DIR);
  const candidates = await candidatePages(site);
  const streamed = streamedFor(candidates, await stream.result());
  const bundle = streamed
    ? { key: streamed.key, pages: streamed.pages, files: () => Promise.resolve(streamed.files) }
    : await fromDist(candidates);
  const record: BundleRecord = { key: bundle.key, files: [], pages: bundle.pages };
  const last = readRecord(recordFile);
  if (last?.key === record.key && last.files.every((path) => existsSync(join(folder, path)))) {
    logger.info(`search: ${record.pages} event and article pages; the bundle is kept as it was`);
    return;
  }
  // Gone until the bundle is whole again: a build that fails half way must not be taken for current.
  rmSync(recordFile, { force: true });
  const files = await bundle.files();
  const synced = await syncFolder(folder, files);
  record.files = files.map((file) => file.path);
  const how = streamed ? 'each page as it was rendered' : `from dist/, as ${stream.reason}`;
  logger.info(
    `search: indexed ${record.pages} event and article pages in ${PAGEFIND_DIR}/, ${synced.written} files written, ${synced.removed} removed (${how})`,
  );
  mkdirSync(join(recordFile, '..'), { recursive: true });
  writeFileSync(recordFile, JSON.stringify(record));
}

/**
 * Three hooks in two integrations. `start` puts the indexing prerenderer in
 * place at astro:build:start, and in its astro:build:done takes the streamed
 * bundle, or builds one from dist/; `finish` waits for it in its own
 * astro:build:done. Hooks run one after another, so what sits between them
 * (the sitemap) runs while Pagefind's process works.
 */
export function pagefindSearch(): { start: AstroIntegration; finish: AstroIntegration } {
  const where: BuildFiles = { recordFile: '', staging: '' };
  let stream = new StreamedIndex(where.staging);
  let updating: Promise<void> = Promise.resolve();
  return {
    start: {
      name: 'pagefind-search',
      hooks: {
        'astro:config:done': ({ config }) => {
          where.recordFile = join(fileURLToPath(config.cacheDir), 'pagefind-bundle.json');
          where.staging = join(fileURLToPath(config.cacheDir), 'pagefind-next');
        },
        'astro:build:start': ({ setPrerenderer }) => {
          stream = new StreamedIndex(where.staging);
          setPrerenderer((astro) => indexingPrerenderer(astro, stream));
        },
        'astro:build:done': ({ dir, logger }) => {
          // The streamed bundle's folder goes whether or not its files were used.
          updating = updateBundle(fileURLToPath(dir), where.recordFile, stream, logger).finally(() =>
            rm(where.staging, { recursive: true, force: true }),
          );
          // Reported by `finish`; not an unhandled rejection in the meantime.
          updating.catch(() => undefined);
        },
      },
    },
    finish: {
      name: 'pagefind-search-finish',
      hooks: {
        'astro:build:done': async () => {
          try {
            await updating;
          } finally {
            await closePagefind();
          }
        },
      },
    },
  };
}
