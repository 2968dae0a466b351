/**
 * In `astro build`, Astro hands the content store to the page-rendering bundle
 * as a module holding the whole store as one JavaScript string literal. V8
 * compiles a literal that size in time that grows faster than its length: 24 MB
 * took 4 s, 48 MB 19 s, and at 10,000 + 10,000 entries (53 MB) the build paused
 * 28-40 s before its first page. This module reads the same file at run time
 * instead (JSON.parse of 53 MB: well under a second). The rendering bundle only
 * ever runs inside the build, next to the file; the dev server is untouched.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/** Astro's resolved id of the store module, and the file it reads (astro/dist/content/consts.js). */
const STORE_MODULE = '\0astro:data-layer-content';
const STORE_FILE = 'data-store.json';

export function contentStoreModule(): AstroIntegration {
  return {
    name: 'content-store-module',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const file = fileURLToPath(new URL(STORE_FILE, config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'content-store-module',
                enforce: 'pre',
                load(id: string) {
                  if (id !== STORE_MODULE) return undefined;
                  return {
                    code: [
                      `import { existsSync, readFileSync } from 'node:fs';`,
                      `const file = ${JSON.stringify(file)};`,
                      // What Astro's own module gives when there is no store.
                      `export default existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : new Map();`,
                    ].join('\n'),
                    // As Astro marks its own version: content data, left out of pages' code hashes.
                    meta: { astroIncremental: { kind: 'content-data' } },
                  };
                },
              },
            ],
          },
        });
      },
    },
  };
}
