/**
 * What each of the build's kept results depends on, in one list per result,
 * so no cache is keyed by a hand-copied list that misses a folder.
 */
import { outputKey } from './output-key.ts';
import { runtimeFacts } from './runtime-facts.ts';

/** The project's own code, from the root. The lock file stands for every package's code. */
export const CODE = {
  /** The content check's per-file results (src/node/check-cache.ts). */
  check: ['src/lib', 'src/node', 'src/site.config.ts', 'package-lock.json'],
  /** The content loader's stored entries: fields, derived text, rendered Markdown. */
  storedContent: ['src/lib', 'src/loaders', 'src/node', 'src/site.config.ts', 'package-lock.json'],
  /** The search bundles (src/integrations/pagefind.ts keeps a record of what each was built from). */
  pagefind: [
    'src/integrations/pagefind.ts',
    'src/integrations/indexing-prerenderer.ts',
    'src/node/search-index.ts',
    'src/node/streamed-index.ts',
    'src/lib/search-bundles.ts',
    'src/node/sync-folder.ts',
    'src/node/search-bytes.ts',
  ],
  /** Markdown and MDX rendering: the configuration and the project's own plugins. */
  markdown: ['src/markdown.config.ts', 'src/lib/markdown', 'package-lock.json'],
} as const;

/** Per-file check results: the code, the site's zone, and the zone data that decides DST gaps. */
export function checkKey(root: string, siteTimeZone: string): string {
  return outputKey(root, { code: CODE.check, options: { siteTimeZone, runtime: runtimeFacts() } });
}

/** Rendered bodies: the Markdown and MDX settings (plugins by their source) and the project's own plugins. */
export function markdownKey(root: string, markdown: unknown): string {
  return outputKey(root, { code: CODE.markdown, options: markdown });
}

/** Stored entries: the code that read them, and the key of the rendering (markdownKey). */
export function storedContentKey(root: string, renderKey: string): string {
  return outputKey(root, { code: CODE.storedContent, options: { renderKey } });
}
