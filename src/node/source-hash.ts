/**
 * A hash of the project's own source files under some folders. Astro's content
 * store keeps each entry's loader output between builds and clears it only
 * when src/content.config.ts itself changes, not when the code it imports does;
 * the loader compares this hash to notice that and start from an empty store.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export function sourceHash(root: string, paths: readonly string[]): string {
  const hash = createHash('sha1');
  const files: string[] = [];
  for (const path of paths) {
    const full = join(root, path);
    const stats = statSync(full, { throwIfNoEntry: false });
    if (stats?.isDirectory()) {
      for (const entry of readdirSync(full, { recursive: true, withFileTypes: true })) {
        if (entry.isFile()) files.push(join(entry.parentPath, entry.name));
      }
    } else if (stats) files.push(full);
  }
  for (const file of files.sort()) {
    hash.update(relative(root, file)).update('\0');
    hash.update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}
