/**
 * The Pagefind bundle of a built site (src/lib/search-bundles.ts), /pagefind/,
 * and the pages it holds, read from their fragments.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { bundleFolders, readFragment } from '../../src/node/search-bytes.ts';

export { bundleFolders };

/** The fragments (url, text, filters, meta) of one bundle folder. */
export function fragmentsOf(folder: string): ReturnType<typeof readFragment>[] {
  const fragments = join(folder, 'fragment');
  return existsSync(fragments) ? readdirSync(fragments).map((name) => readFragment(join(fragments, name))) : [];
}

/** The fragments of every bundle of `dist`. */
export function searchFragments(dist: string): ReturnType<typeof readFragment>[] {
  return bundleFolders(dist).flatMap(fragmentsOf);
}
