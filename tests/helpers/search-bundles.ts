/**
 * The Pagefind bundles of a built site (src/lib/search-bundles.ts): the recent
 * one in /pagefind/ and a folder per year in /pagefind-archive/, and the pages
 * each holds, read from their fragments.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readFragment } from '../../src/node/search-bytes.ts';

/** Every bundle folder of `dist`: /pagefind/ first, then each year of the archive. */
export function bundleFolders(dist: string): string[] {
  const archive = join(dist, 'pagefind-archive');
  const years = existsSync(archive) ? readdirSync(archive, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => join(archive, e.name)) : [];
  return [join(dist, 'pagefind'), ...years.sort()];
}

/** The fragments (url, text, filters, meta) of one bundle folder. */
export function fragmentsOf(folder: string): ReturnType<typeof readFragment>[] {
  const fragments = join(folder, 'fragment');
  return existsSync(fragments) ? readdirSync(fragments).map((name) => readFragment(join(fragments, name))) : [];
}

/** The fragments of every bundle of `dist`. */
export function searchFragments(dist: string): ReturnType<typeof readFragment>[] {
  return bundleFolders(dist).flatMap(fragmentsOf);
}
