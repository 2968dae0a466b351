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
import { join } from 'node:path';

/** Where the bundle is written in the output, and served from. */
export const PAGEFIND_DIR = 'pagefind';

/** Relative to dist/: /events/<slug>/ and /news/<slug>/ (list pages match too but have no indexed body). */
const INDEXED_PAGES = '{events,news}/*/index.html';

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
          const added = await index.addDirectory({ path: site, glob: INDEXED_PAGES });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: join(site, PAGEFIND_DIR) });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
          logger.info(`search: read ${added.page_count} event and article pages into /${PAGEFIND_DIR}/`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
