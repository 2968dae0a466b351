/**
 * Builds the Pagefind search index as the last step of `astro build`, through
 * Pagefind's Node API over the output folder (as Starlight does), so every
 * build that publishes pages also publishes their index: no second command to
 * forget. Only pages with `data-pagefind-body` (event and article pages) are
 * indexed; drafts and scheduled articles are never in a production build, so
 * never in the index. The dev server has no index; /search/ says so.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

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

export function pagefindSearch(): AstroIntegration {
  return {
    name: 'pagefind-search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // Loaded only here: the dev server and `astro check` never start the binary.
        const pagefind = await import('pagefind');
        const site = fileURLToPath(dir);
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
          const pages = await indexedPages(site);
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
          // dist/ is kept between builds (kept-output.ts): start from an empty bundle folder.
          await rm(join(site, PAGEFIND_DIR), { recursive: true, force: true });
          const written = await index.writeFiles({ outputPath: join(site, PAGEFIND_DIR) });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
          logger.info(`search: read ${pages.length} event and article pages into /${PAGEFIND_DIR}/`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
