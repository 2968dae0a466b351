/**
 * How Markdown and MDX bodies are rendered: Astro's `markdown` setting and the
 * MDX integration's options, in this one place (astro.config.mjs passes them
 * on). Plugins of the project's own belong in src/markdown/.
 *
 * The rendered bodies are keyed by all of it (src/node/code-keys.ts): this
 * file and src/markdown/ by their bytes, the settings with plugins by their
 * source text. So a change here renders again exactly the bodies, and the
 * pages that show them, while Astro's own key sees only what JSON can say.
 */
import type { AstroUserConfig } from 'astro';
import type mdx from '@astrojs/mdx';

export const markdown: NonNullable<AstroUserConfig['markdown']> = {};

export const mdxOptions: NonNullable<Parameters<typeof mdx>[0]> = {};
