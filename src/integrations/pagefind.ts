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
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: join(site, PAGEFIND_DIR) });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
          logger.info(`search: indexed ${added.page_count} pages into /${PAGEFIND_DIR}/`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
