/**
 * Reads the writers' files from disk for the build's pre-check and the CLI.
 * Files that are neither content nor images are reported, never skipped in
 * silence: a `summit.markdown` would otherwise just not appear on the site.
 */
import { glob, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Problem } from '../lib/validation/problem.ts';
import type { SourceFile } from '../lib/validation/check-content.ts';

const READ_AT_ONCE = 64;
const CONTENT = /\.(md|mdx)$/;
const ASSET = /\.(jpe?g|png|webp|avif|gif|svg)$/i;

export interface ContentFiles {
  sources: SourceFile[];
  /** Files in content folders that the site would not read. */
  strays: Problem[];
}

export async function readContentFiles(root: string): Promise<ContentFiles> {
  const paths: string[] = [];
  for await (const entry of glob('content/{events,articles}/**/*', { cwd: root, withFileTypes: true })) {
    if (entry.isFile())
      paths.push(
        join(entry.parentPath, entry.name)
          .slice(root.length + 1)
          .split('\\')
          .join('/'),
      );
  }
  paths.sort();
  // Read in slices: opening 20,000 files at once fails with EMFILE on machines
  // whose open-file limit is about that.
  const contentPaths = paths.filter((p) => CONTENT.test(p));
  const sources: SourceFile[] = [];
  for (let i = 0; i < contentPaths.length; i += READ_AT_ONCE) {
    const slice = contentPaths.slice(i, i + READ_AT_ONCE);
    sources.push(
      ...(await Promise.all(slice.map(async (path) => ({ path, text: await readFile(join(root, path), 'utf8') })))),
    );
  }
  const strays: Problem[] = paths
    .filter((p) => !CONTENT.test(p) && !ASSET.test(p) && !p.split('/').some((part) => part.startsWith('.')))
    .map((file) => ({
      severity: 'error',
      file,
      message: `is not read by the site: event and article files must end in .md or .mdx; rename it to "${file.replace(/\.[^./]+$/, '')}.md" or move it out of content/`,
    }));
  return { sources, strays };
}
