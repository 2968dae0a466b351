/**
 * The MDX components' pure parts, and that the list writers and `npm run check`
 * know matches the components the pages pass to <Content />.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calloutType, mapSearchUrl, MDX_COMPONENTS } from '../../src/lib/mdx-components.ts';
import { PROJECT } from '../helpers/cli.ts';

describe('MDX components', () => {
  it("are the ones src/components/mdx/index.ts passes to the pages, and each is in the writers' guide", () => {
    const index = readFileSync(join(PROJECT, 'src/components/mdx/index.ts'), 'utf8');
    const passed = /export const mdxComponentsByName = \{([^}]*)\}/
      .exec(index)?.[1]
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    expect(passed).toEqual(Object.keys(MDX_COMPONENTS));
    const guide = readFileSync(join(PROJECT, 'docs/writing.md'), 'utf8');
    for (const name of Object.keys(MDX_COMPONENTS)) expect(guide, name).toContain(`<${name}`);
    // Both pages render their body through EntryBody, which passes the components to MDX.
    expect(readFileSync(join(PROJECT, 'src/components/EntryBody.astro'), 'utf8')).toContain(
      '<body.Content components={mdxComponents(mdx)} />',
    );
    for (const page of ['src/pages/events/[slug].astro', 'src/pages/news/[slug].astro']) {
      expect(readFileSync(join(PROJECT, page), 'utf8'), page).toContain('<EntryBody body={body} mdx={props.mdx} />');
    }
  });

  it('read Callout types and their everyday synonyms', () => {
    expect([undefined, 'tip', 'Warning', 'warn', 'info', 'hint', 'nope'].map(calloutType)).toEqual([
      'note',
      'tip',
      'warning',
      'warning',
      'note',
      'tip',
      undefined,
    ]);
  });

  it('link an address to an OpenStreetMap search', () => {
    expect(mapSearchUrl(' 233 S Wacker Dr, Chicago, IL 60606 ')).toBe(
      'https://www.openstreetmap.org/search?query=233%20S%20Wacker%20Dr%2C%20Chicago%2C%20IL%2060606',
    );
    expect(mapSearchUrl('Bệnh viện Bạch Mai, Hà Nội')).toBe(
      'https://www.openstreetmap.org/search?query=B%E1%BB%87nh%20vi%E1%BB%87n%20B%E1%BA%A1ch%20Mai%2C%20H%C3%A0%20N%E1%BB%99i',
    );
  });
});
