import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckedFile } from '../../src/lib/validation/check-file.ts';
import { ARTICLE_FIELDS, EVENT_FIELDS } from '../../src/lib/validation/fields.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures');

/** Every .md and .mdx file of the given fixture sites, with its kind. */
export function fixtureFiles(sites: readonly string[]): { file: string; text: string; kind: 'event' | 'article' }[] {
  const out: { file: string; text: string; kind: 'event' | 'article' }[] = [];
  for (const site of sites) {
    for (const [folder, kind] of [
      ['events', 'event'],
      ['articles', 'article'],
    ] as const) {
      const dir = join(FIXTURES, site, 'content', folder);
      for (const name of readdirSync(dir, { recursive: true }) as string[]) {
        if (name.endsWith('.md') || name.endsWith('.mdx'))
          out.push({ file: `content/${folder}/${name}`, text: readFileSync(join(dir, name), 'utf8'), kind });
      }
    }
  }
  return out;
}

/** What the rest of the check reads from a result: everything, with lineOf as the line of each field. */
export function observable(checked: CheckedFile) {
  const names: readonly string[] = checked.kind === 'event' ? EVENT_FIELDS : ARTICLE_FIELDS;
  const { lineOf, ...rest } = checked;
  return { ...rest, lines: names.map((name) => lineOf(name)) };
}
