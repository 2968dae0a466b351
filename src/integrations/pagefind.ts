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
import type { AstroIntegration } from 'astro';
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

async function bundleKey(pages: readonly { url: string; file: string }[]): Promise<string> {
  const { version } = JSON.parse(readFileSync(join(fileURLToPath(import.meta.resolve('pagefind')), '../../package.json'), 'utf8')) as { version: string };
  const hash = createHash('sha256').update(`pagefind ${version}\0`);
  for (const page of pages) hash.update(page.url).update('\0').update(await readFile(page.file)).update('\0');
  return hash.digest('hex');
}

function readRecord(file: string): BundleRecord | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as BundleRecord;
  } catch {
    return undefined;
  }
}

export function pagefindSearch(): AstroIntegration {
  let recordFile = '';
  return {
    name: 'pagefind-search',
    hooks: {
      'astro:config:done': ({ config }) => {
        recordFile = join(fileURLToPath(config.cacheDir), 'pagefind-bundle.json');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const bundle = join(site, PAGEFIND_DIR);
        const pages = await indexedPages(site);
        const key = await bundleKey(pages);
        const last = readRecord(recordFile);
        if (last?.key === key && last.files.every((path) => existsSync(join(bundle, path)))) {
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
          if (failures.length > 0) throw new Error(`Pagefind could not index ${failures.length} page(s):\n${failures.join('\n')}`);
          const built = await index.getFiles();
          if (built.errors.length > 0) throw new Error(`Pagefind could not write its files: ${built.errors.join('; ')}`);
          const files = built.files;
          const synced = await syncFolder(bundle, files);
          mkdirSync(join(recordFile, '..'), { recursive: true });
          writeFileSync(recordFile, JSON.stringify({ key, files: files.map((f) => f.path) } satisfies BundleRecord));
          logger.info(`search: read ${pages.length} event and article pages into /${PAGEFIND_DIR}/ (${synced.written} files written, ${synced.removed} removed)`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
