/**
 * Forgets what an integration kept between builds (its files in Astro's cache
 * folder) when the code or the options that made it changed, before the
 * integration runs. An integration that writes output from a record of the
 * last build registers here with its code (a list in src/node/code-keys.ts)
 * and its options; nothing else needs to remember to key them.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { outputKey } from '../node/output-key.ts';

export interface KeyedCache {
  /** Names the key's file: `<cacheDir>/keys/<name>`. */
  name: string;
  /** The integration's files in Astro's cache folder. */
  files: readonly string[];
  code: readonly string[];
  options?: unknown;
}

export function keyedCaches(caches: readonly KeyedCache[]): AstroIntegration {
  return {
    name: 'keyed-caches',
    hooks: {
      'astro:config:done': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const cacheDir = fileURLToPath(config.cacheDir);
        mkdirSync(join(cacheDir, 'keys'), { recursive: true });
        for (const cache of caches) {
          const keyFile = join(cacheDir, 'keys', cache.name);
          const key = outputKey(root, cache);
          let last: string | undefined;
          try {
            last = readFileSync(keyFile, 'utf8');
          } catch {
            // Never keyed: whatever is there was made by unknown code.
          }
          if (last === key) continue;
          for (const file of cache.files) rmSync(join(cacheDir, file), { recursive: true, force: true });
          writeFileSync(keyFile, key);
          if (last !== undefined) logger.info(`${cache.name}: its code or options changed; starting afresh`);
        }
      },
    },
  };
}
