/**
 * The Pagefind bundle of a built site (src/lib/search-bundles.ts), /pagefind/,
 * and the pages it holds, read from their fragments.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { bundleFolders, readFragment } from '../../src/node/search-bytes.ts';
import type { BundleFile } from '../../src/node/sync-folder.ts';
import { tempFolder } from './temp-folder.ts';

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
  return join(tempFolder('search-bundle-'), 'bundle');
}

/** Each published file of a bundle, by path, as base64: two bundles compare byte for byte. */
export async function bundleBytes(files: readonly BundleFile[]): Promise<Record<string, string>> {
  const entries = await Promise.all(
    files.map(async (file) => [file.path, Buffer.from(await file.content()).toString('base64')] as const),
  );
  return Object.fromEntries(entries);
}
