/**
 * Builds the Pagefind search index as the last step of `astro build`, through
 * Pagefind's Node API over the output folder (as Starlight does), so every
 * build that publishes pages also publishes their index: no second command to
 * forget. Only pages with `data-pagefind-body` (event and article pages) are
 * indexed; drafts and scheduled articles are never in a production build, so
 * never in the index. The dev server has no index; /search/ says so.
 *
 * dist/ is kept between builds (kept-output.ts), and so is the bundle: when no
 * indexed page changed, it is left as it is (Pagefind has no incremental index,
 * and indexing 10,000 pages takes 20 s); otherwise only its changed files are
 * written. What the bundle was built from is recorded in Astro's cache folder.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { syncFolder } from '../node/sync-folder.ts';

/** Where the bundle is written in the output, and served from. */
export const PAGEFIND_DIR = 'pagefind';

/** Folders of dist/ whose <slug>/index.html pages are indexed (list pages there have no indexed body). */
const INDEXED_FOLDERS = ['events', 'news'];

/** `events/<slug>/index.html` and `news/<slug>/index.html`, sorted by path. */
async function indexedPages(site: string): Promise<{ url: string; file: string }[]> {
  const pages: { url: string; file: string }[] = [];
  for (const folder of INDEXED_FOLDERS) {
    const entries = await readdir(join(site, folder), { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const file = join(site, folder, entry.name, 'index.html');
      if (entry.isDirectory() && existsSync(file)) pages.push({ url: `/${folder}/${entry.name}/`, file });
    }
  }
  return pages.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/** What the bundle in dist/ was last built from: the indexed pages' URLs and bytes, and Pagefind's version. */
interface BundleRecord {
  key: string;
  files: string[];
}

type Page = { url: string; file: string };

/** The bundle's key, fed page by page: on a cold build from the bytes already read for Pagefind. */
function bundleKeyHash() {
  const { version } = JSON.parse(readFileSync(join(fileURLToPath(import.meta.resolve('pagefind')), '../../package.json'), 'utf8')) as { version: string };
  const hash = createHash('sha256').update(`pagefind ${version}\0`);
  return { add: (page: Page, content: Buffer) => void hash.update(page.url).update('\0').update(content).update('\0'), digest: () => hash.digest('hex') };
}

async function bundleKey(pages: readonly Page[]): Promise<string> {
  const key = bundleKeyHash();
  for (const page of pages) key.add(page, await readFile(page.file));
  return key.digest();
}

function readRecord(file: string): BundleRecord | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as BundleRecord;
  } catch {
    return undefined;
  }
}

/** Brings dist/pagefind/ up to date with the indexed pages of dist/ (see the top of this file). */
async function updateBundle(site: string, recordFile: string, logger: AstroIntegrationLogger): Promise<void> {
  const bundle = join(site, PAGEFIND_DIR);
  const pages = await indexedPages(site);
  const last = readRecord(recordFile);
  // Without a usable record (a cold build) the key is worked out while the pages go to Pagefind.
  const lastUsable = last !== undefined && last.files.every((path) => existsSync(join(bundle, path)));
  const known = lastUsable ? await bundleKey(pages) : undefined;
  if (known !== undefined && known === last?.key) {
    logger.info(`search: no indexed page changed; /${PAGEFIND_DIR}/ kept (${pages.length} pages)`);
    return;
  }
  // Gone until the bundle is whole again: a build that fails half way must not be taken for current.
  rmSync(recordFile, { force: true });
  // Loaded only here: the dev server and `astro check` never start the binary.
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    // Only event and article pages carry data-pagefind-body; reading just
    // their folders spares Pagefind parsing every calendar, day and list
    // page (a fifth of the site at 10,000 + 10,000) only to skip it.
    // Pages go in sorted by path: Pagefind numbers pages in the order it
    // receives them, and a folder's order on disk depends on when each file
    // was written (which the kept dist/ and parallel rendering change), so
    // that order would change the index's bytes. Requests are sent in order
    // and answered in order; a window of them keeps Pagefind busy.
    const key = bundleKeyHash();
    const pending: Promise<void>[] = [];
    const failures: string[] = [];
    for (const page of pages) {
      const bytes = await readFile(page.file);
      if (known === undefined) key.add(page, bytes);
      pending.push(
        index
          .addHTMLFile({ url: page.url, content: bytes.toString('utf8') })
          .then((added) => void (added.errors.length > 0 && failures.push(`${page.file}: ${added.errors.join('; ')}`)))
          .catch((error: unknown) => void failures.push(`${page.file}: ${String(error)}`)),
      );
      if (pending.length >= 64) await pending.shift();
    }
    await Promise.all(pending);
    if (failures.length > 0) throw new Error(`Pagefind could not index ${failures.length} page(s):\n${failures.join('\n')}`);
    const built = await index.getFiles();
    if (built.errors.length > 0) throw new Error(`Pagefind could not write its files: ${built.errors.join('; ')}`);
    const synced = await syncFolder(bundle, built.files);
    mkdirSync(join(recordFile, '..'), { recursive: true });
    const record: BundleRecord = { key: known ?? key.digest(), files: built.files.map((f) => f.path) };
    writeFileSync(recordFile, JSON.stringify(record));
    logger.info(`search: read ${pages.length} event and article pages into /${PAGEFIND_DIR}/ (${synced.written} files written, ${synced.removed} removed)`);
  } finally {
    await pagefind.close();
  }
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
