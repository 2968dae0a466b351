/**
 * The site's Markdown setting in Astro's own Sätteri processor, as
 * src/markdown.config.ts gives it: `.md` files through its Markdown renderer
 * (as the content loader calls it) and `.mdx` files through its MDX renderer,
 * which @astrojs/mdx uses when it inherits `markdown.processor`. Both get the
 * plugins, and code blocks keep no inline style.
 */
import { describe, expect, it } from 'vitest';
import { markdown } from '../../src/markdown.config.ts';

const body = [
  '# A heading in the body',
  '',
  'Read [the FHIR overview](https://hl7.org/fhir/overview.html).',
  '',
  '<div style="color: red">Styled</div>',
].join('\n');
/** The options the content loader (and @astrojs/mdx) pass from the configuration; cast as the loader does. */
type RendererOptions = Parameters<NonNullable<typeof markdown.processor>['createRenderer']>[0];
const shared = {
  syntaxHighlight: { type: 'shiki', excludeLangs: ['math'] },
  shikiConfig: markdown.shikiConfig,
} as RendererOptions;

describe("Astro's Sätteri processor with the site's plugins", () => {
  it('renders .md bodies through them', async () => {
    const renderer = await markdown.processor!.createRenderer(shared);
    const frontmatter = { title: 'An article' };
    const { code, metadata } = await renderer.render(body, { frontmatter });
    expect(code).toBe(
      [
        '<h2 id="a-heading-in-the-body"><a class="heading-anchor" href="#a-heading-in-the-body">A heading in the body</a></h2>',
        '<p>Read <a href="https://hl7.org/fhir/overview.html" rel="external noopener noreferrer">the FHIR overview</a>.</p>',
        '<div>Styled</div>',
        '',
      ].join('\n'),
    );
    expect(metadata.frontmatter).toEqual({ title: 'An article' });
    expect(metadata.headings).toEqual([{ depth: 2, slug: 'a-heading-in-the-body', text: 'A heading in the body' }]);
    expect(frontmatter).toEqual({ title: 'An article' });
  });

  it('highlights code blocks without the inline styles the CSP blocks', async () => {
    const renderer = await markdown.processor!.createRenderer(shared);
    const { code } = await renderer.render('```sql\nSELECT 1;\n```', { frontmatter: {} });
    expect(code).toContain('<pre class="astro-code github-dark" tabindex="0" data-language="sql">');
    expect(code).toContain('<span>SELECT</span>');
    expect(code).not.toContain('style=');
  });

  it('compiles .mdx bodies through them too', async () => {
    const renderer = await markdown.processor!.createMdxRenderer!(shared, { optimize: false });
    const { code } = await renderer.process(`${body}\n\n<h1>JSX heading</h1>`, '/site/content/x.mdx', {
      title: 'An article',
    });
    expect(code).toMatch(/export const frontmatter = \{\s*"title": ?"An article"\s*\}/);
    expect(code).toContain('id: "a-heading-in-the-body"');
    expect(code).toContain('class: "heading-anchor"');
    expect(code).toContain('rel: "external noopener noreferrer"');
    // A heading written as JSX gets its id and anchor too.
    expect(code).toContain('href: "#jsx-heading"');
    expect(code).not.toContain('color: red');
    expect(code).not.toMatch(/\bh1\b/);
  });
});
