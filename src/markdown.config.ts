/**
 * How Markdown and MDX bodies are rendered: Astro's `markdown` setting and the
 * MDX integration's options, in this one place (astro.config.mjs passes them
 * on). The project's own plugins are in src/lib/markdown/ (pure modules, which
 * `npm run check` uses too, to report the repairs they make); this file only
 * wires them in.
 *
 * The rendered bodies are keyed by all of it (src/node/code-keys.ts): this
 * file and the plugins' folder by their bytes, the settings with plugins by
 * their source text. So a change here or to a plugin renders again exactly the
 * bodies, and the pages that show them, while Astro's own key sees only what
 * JSON can say.
 */
import type { AstroUserConfig } from 'astro';
import type mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { markdownPlugins } from './lib/markdown/index.ts';
import { site } from './site.config.ts';

// .mdx files inherit this processor from markdown.processor.
export const markdown: NonNullable<AstroUserConfig['markdown']> = {
  processor: unified(markdownPlugins({ siteUrl: site.url })),
};

export const mdxOptions: NonNullable<Parameters<typeof mdx>[0]> = {};
