/**
 * The plugin list in Astro's own unified processor, as astro.config.mjs sets
 * it (`markdown.processor: unified(markdownPlugins(...))`): `.md` files through
 * its Markdown renderer and `.mdx` files through its MDX renderer, which
 * @astrojs/mdx uses when it inherits `markdown.processor`. Both get the plugins,
 * and the reading time reaches what render() returns as remarkPluginFrontmatter
 * (for .md, the renderer's metadata.frontmatter; for .mdx, the module's
 * exported frontmatter).
 */
import { unified } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { markdownPlugins } from '../../src/lib/markdown/index.ts';

const processor = unified(markdownPlugins({ siteUrl: 'https://dh.example.org' }));
const body = [
  '# A heading in the body',
  '',
  'Read [the FHIR overview](https://hl7.org/fhir/overview.html).',
  '',
  '<div style="color: red">Styled</div>',
].join('\n');

describe("Astro's unified processor with the site's plugins", () => {
  it('renders .md bodies through them, with the minutes in the front matter', async () => {
    const renderer = await processor.createRenderer({ syntaxHighlight: false });
    const frontmatter = { title: 'An article' };
    const { code, metadata } = await renderer.render(body, { frontmatter });
    expect(code).toBe(
      [
        '<h2 id="a-heading-in-the-body"><a class="heading-anchor" href="#a-heading-in-the-body">A heading in the body</a></h2>',
        '<p>Read <a href="https://hl7.org/fhir/overview.html" rel="external noopener noreferrer">the FHIR overview</a>.</p>',
        '<div>Styled</div>',
      ].join('\n'),
    );
    expect(metadata.frontmatter).toEqual({ title: 'An article', readingMinutes: 1 });
    expect(metadata.headings).toEqual([{ depth: 2, slug: 'a-heading-in-the-body', text: 'A heading in the body' }]);
    expect(frontmatter).toEqual({ title: 'An article' });
  });

  it('compiles .mdx bodies through them too', async () => {
    const renderer = await processor.createMdxRenderer!({ syntaxHighlight: false }, { optimize: false });
    const { code } = await renderer.process(`${body}\n\n<h1>JSX heading</h1>`, '/site/content/x.mdx', {
      title: 'An article',
    });
    expect(code).toMatch(/export const frontmatter = \{\s*"title": "An article",\s*"readingMinutes": 1\s*\}/);
    expect(code).toContain('id: "a-heading-in-the-body"');
    expect(code).toContain('class: "heading-anchor"');
    expect(code).toContain('rel: "external noopener noreferrer"');
    // A heading written as JSX gets its id and anchor too.
    expect(code).toContain('href: "#jsx-heading"');
    expect(code).not.toContain('color: red');
    expect(code).not.toMatch(/\bh1\b/);
  });
});
