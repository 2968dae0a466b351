/**
 * How Markdown and MDX bodies are rendered: Astro's `markdown` setting and the
 * MDX integration's options, in this one place (astro.config.mjs passes them
 * on). The processor is Astro's default, Sätteri, with the site's plugins from
 * src/lib/markdown/ (pure modules: `npm run check` uses their rules too, to
 * report the repairs they make); .mdx files inherit it from markdown.processor.
 *
 * The rendered bodies are keyed by all of it (src/node/code-keys.ts): this
 * file and the plugins' folder by their bytes, the settings with plugins by
 * their source text. So a change here or to a plugin renders again exactly the
 * bodies, and the pages that show them, while Astro's own key sees only what
 * JSON can say.
 */
import type { AstroUserConfig } from 'astro';
import type mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { codeWithoutInlineStyles } from './lib/markdown/code-blocks.ts';
import { markdownPlugins } from './lib/markdown/index.ts';
import { site } from './site.config.ts';

export const markdown: NonNullable<AstroUserConfig['markdown']> = {
  processor: satteri(markdownPlugins({ siteUrl: site.url })),
  shikiConfig: { transformers: [codeWithoutInlineStyles] },
};

export const mdxOptions: NonNullable<Parameters<typeof mdx>[0]> = {};
