/**
 * The repository stands alone, as users clone it: no file reads, imports or
 * links a path outside it, and every relative link in the documentation
 * resolves to a file inside it. (.ci/run proves the first by testing a copy
 * with no sibling folders; this names the file and line when it fails.)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT } from '../helpers/fixture-site.ts';

const SKIP = new Set(['node_modules', 'dist', '.astro', '.git', '.tmp', 'bench-results', '.bench']);
const TEXT = /\.(ts|mjs|js|astro|md|mdx|json|toml|yml|yaml|css)$|^\.ci\/run$/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (SKIP.has(e.name)) return [];
    const full = join(dir, e.name);
    return e.isDirectory() ? files(full) : [full];
  });
}

const texts = files(PROJECT)
  .map((file) => relative(PROJECT, file))
  .filter((file) => TEXT.test(file) && file !== 'package-lock.json');

describe('the repository stands alone', () => {
  it('names no folder beside it (a shared folder one level up, or an absolute path of this machine)', () => {
    const outside = /(?:\.\.\/)+shared\/|\/work\/shared\b|\/work\/main\b/;
    const found = texts.flatMap((file) =>
      readFileSync(join(PROJECT, file), 'utf8')
        .split('\n')
        .flatMap((line, i) => (outside.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(found).toEqual([]);
  });

  it('links from its Markdown documents only to files that exist inside it', () => {
    const docs = texts.filter(
      (file) => file.endsWith('.md') && !file.startsWith('content/') && !file.startsWith('tests/fixtures/'),
    );
    expect(docs).toEqual(expect.arrayContaining(['README.md', 'docs/content.md', 'docs/writing.md']));
    const broken: string[] = [];
    for (const doc of docs) {
      // Examples in code are not links; a path from / is a page of the built site.
      const text = readFileSync(join(PROJECT, doc), 'utf8')
        .replace(/```[\s\S]*?```/g, '')
        .replace(/`[^`\n]*`/g, '');
      for (const [, target] of text.matchAll(/\]\((?!https?:|mailto:|#|\/)([^)\s]+)\)/g)) {
        const path = resolve(PROJECT, dirname(doc), target!.split('#')[0]!);
        if (!path.startsWith(`${PROJECT}/`) || !existsSync(path)) broken.push(`${doc}: ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("keeps the writers' contract as its own document, linked from the README and the guide", () => {
    expect(readFileSync(join(PROJECT, 'README.md'), 'utf8')).toContain('](docs/content.md)');
    expect(readFileSync(join(PROJECT, 'docs/writing.md'), 'utf8')).toContain('](content.md)');
  });
});
