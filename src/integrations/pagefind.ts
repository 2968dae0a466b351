/**
 * Builds the Pagefind search bundle as the last step of `astro build`, through
 * Pagefind's Node API over the output folder (as Starlight does), so every
 * build that publishes pages also publishes their index: no second command to
 * forget. Only pages with `data-pagefind-body` (event and article pages) are
 * indexed; drafts and scheduled articles are never in a production build, so
 * never in the index. The dev server has no index; /search/ says so.
 *
 * One bundle of every page (src/lib/search-bundles.ts says why). dist/ is
 * kept between builds (kept-output.ts), and so is the bundle: when none of its
 * pages changed, and neither did the code and options that build it, it is
 * left as it is (Pagefind has no incremental index); otherwise it is built
 * again and only its changed files are written. What it was built from is
 * recorded in Astro's cache folder, and that record is forgotten when this
 * code changes (keyedCaches in astro.config.mjs).
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { syncFolder } from '../node/sync-folder.ts';
import { bundleFileKind, type BundleFileKind } from '../node/search-bytes.ts';
import { INDEXED_FOLDERS, PAGEFIND_DIR } from '../lib/search-bundles.ts';

export { PAGEFIND_DIR };

/** Pagefind's options (https://pagefind.app/docs/node-api/): part of the bundle's key. */
const INDEX_OPTIONS = {} as const;

/**
 * The files /search/ loads: the search API, its worker and WebAssembly, and
 * the index. Pagefind's own UIs and the rest are not published.
 */
const PUBLISHED_KINDS: ReadonlySet<BundleFileKind> = new Set([
  'pagefind.js',
  'worker',
  'wasm',
  'entry',
  'meta',
  'index',
  'filter',
  'fragment',
]);

type Page = { url: string; file: string };

/** `events/<slug>/index.html` and `news/<slug>/index.html`, sorted by path. */
async function candidatePages(site: string): Promise<Page[]> {
  const pages: Page[] = [];
  for (const folder of INDEXED_FOLDERS) {
    const entries = await readdir(join(site, folder), { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const file = join(site, folder, entry.name, 'index.html');
      if (entry.isDirectory() && existsSync(file)) pages.push({ url: `/${folder}/${entry.name}/`, file });
    }
  }
  return pages.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

const BODY_MARK = Buffer.from('data-pagefind-body');

/** What the bundle in dist/ was built from, and its files. */
interface BundleRecord {
  key: string;
  files: string[];
  pages: number;
}

function pagefindVersion(): string {
  return (
    JSON.parse(readFileSync(join(fileURLToPath(import.meta.resolve('pagefind')), '../../package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
}

function readRecord(file: string): BundleRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as BundleRecord;
    return typeof record.key === 'string' && Array.isArray(record.files) ? record : undefined;
  } catch {
    return undefined;
  }
}

type PagefindModule = typeof import('pagefind');

/**
 * Indexes the pages and returns the bundle's files. Pages go in sorted by
 * URL: Pagefind numbers pages in the order it receives them, and a folder's
 * order on disk depends on when each file was written, so that order would
 * change the index's bytes. Requests are answered in order; a window of them
 * keeps Pagefind busy.
 */
async function indexPages(
  pagefind: PagefindModule,
  pages: readonly Page[],
): Promise<{ path: string; content: Uint8Array }[]> {
  const { index, errors } = await pagefind.createIndex(INDEX_OPTIONS);
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const pending: Promise<void>[] = [];
  const failures: string[] = [];
  for (const page of pages) {
    const content = await readFile(page.file, 'utf8');
    pending.push(
      index
        .addHTMLFile({ url: page.url, content })
        .then((added) => void (added.errors.length > 0 && failures.push(`${page.file}: ${added.errors.join('; ')}`)))
        .catch((error: unknown) => void failures.push(`${page.file}: ${String(error)}`)),
    );
    if (pending.length >= 64) await pending.shift();
  }
  await Promise.all(pending);
  if (failures.length > 0)
    throw new Error(`Pagefind could not index ${failures.length} page(s):\n${failures.join('\n')}`);
  const built = await index.getFiles();
  if (built.errors.length > 0) throw new Error(`Pagefind could not write its files: ${built.errors.join('; ')}`);
  await index.deleteIndex();
  return built.files.filter((file) => PUBLISHED_KINDS.has(bundleFileKind(file.path)));
}

/** Brings dist/pagefind/ up to date with the indexed pages of dist/ (see the top of this file). */
async function updateBundle(site: string, recordFile: string, logger: AstroIntegrationLogger): Promise<void> {
  const folder = join(site, PAGEFIND_DIR);
  // The key: Pagefind's version and options, and each indexed page's URL and
  // bytes, in URL order. (The code that builds the bundle, which holds the
  // options, voids the record when it changes: keyedCaches in astro.config.mjs,
  // CODE.pagefind in src/node/code-keys.ts.) Pages are read again to be indexed
  // (the OS has them cached) rather than held in memory.
  const key = createHash('sha256').update(`pagefind ${pagefindVersion()}\0${JSON.stringify(INDEX_OPTIONS)}\0`);
  const pages: Page[] = [];
  for (const page of await candidatePages(site)) {
    const bytes = await readFile(page.file);
    if (!bytes.includes(BODY_MARK)) continue;
    pages.push(page);
    key.update(page.url).update('\0').update(bytes).update('\0');
  }
  const record: BundleRecord = { key: key.digest('hex'), files: [], pages: pages.length };
  const last = readRecord(recordFile);
  if (last?.key === record.key && last.files.every((path) => existsSync(join(folder, path)))) {
    logger.info(`search: ${pages.length} event and article pages; the bundle is kept as it was`);
    return;
  }
  // Gone until the bundle is whole again: a build that fails half way must not be taken for current.
  rmSync(recordFile, { force: true });
  // Loaded only here: the dev server and `astro check` never start the binary.
  const pagefind = await import('pagefind');
  try {
    const files = await indexPages(pagefind, pages);
    const synced = await syncFolder(folder, files);
    record.files = files.map((file) => file.path);
    logger.info(
      `search: indexed ${pages.length} event and article pages in ${PAGEFIND_DIR}/, ${synced.written} files written, ${synced.removed} removed`,
    );
  } finally {
    await pagefind.close();
  }
  mkdirSync(join(recordFile, '..'), { recursive: true });
  writeFileSync(recordFile, JSON.stringify(record));
}

/**
 * Two integrations: `start` begins the bundle in its astro:build:done hook and
 * `finish` waits for it in its own. Hooks run one after another, so what sits
 * between them (the sitemap) runs while Pagefind's process works.
 */
export function pagefindSearch(): { start: AstroIntegration; finish: AstroIntegration } {
  let recordFile = '';
  let updating: Promise<void> = Promise.resolve();
  return {
    start: {
      name: 'pagefind-search',
      hooks: {
        'astro:config:done': ({ config }) => {
          recordFile = join(fileURLToPath(config.cacheDir), 'pagefind-bundle.json');
        },
        'astro:build:done': ({ dir, logger }) => {
          updating = updateBundle(fileURLToPath(dir), recordFile, logger);
          // Reported by `finish`; not an unhandled rejection in the meantime.
          updating.catch(() => undefined);
        },
      },
    },
    finish: {
      name: 'pagefind-search-finish',
      hooks: {
        'astro:build:done': async () => {
          await updating;
        },
      },
    },
  };
}
