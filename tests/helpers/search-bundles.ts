/**
 * The Pagefind bundle of a built site (src/lib/search-bundles.ts), /pagefind/,
 * and the pages it holds, read from their fragments.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleFolders, readFragment } from '../../src/node/search-bytes.ts';
import type { WrittenBundle } from '../../src/node/sync-folder.ts';

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

/** A folder for Pagefind to write a bundle to (not there yet), in the system's temporary folder. */
export function newBundleFolder(): string {
  return join(mkdtempSync(join(tmpdir(), 'search-bundle-')), 'bundle');
}

/** Each published file of a written bundle, by path, as base64: two bundles compare byte for byte. */
export function bundleBytes({ folder, files }: WrittenBundle): Record<string, string> {
  return Object.fromEntries(files.map((path) => [path, readFileSync(join(folder, path)).toString('base64')]));
}
