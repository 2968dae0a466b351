/**
 * The Markdown configuration: every remark and rehype plugin a body goes
 * through, in order, for `.md` and `.mdx` alike (astro.config.mjs passes these
 * lists to `unified()` from @astrojs/markdown-remark, which @astrojs/mdx
 * inherits). Everything that decides a body's HTML is in this folder, so a hash
 * of src/lib/markdown/ (with the options passed in) stands for the configuration.
 *
 * Astro's own steps run around these: GitHub-flavoured Markdown and smart
 * punctuation before the remark plugins; after the rehype plugins, its image
 * and heading-id steps, which keep the ids set here.
 */
import type { Element, ElementContent } from 'hast';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeRaw from 'rehype-raw';
import rehypeSlug from 'rehype-slug';
import type { Plugin } from 'unified';
import rehypeBodyHtml from './rehype-body-html.ts';
import rehypeUniqueIds from './rehype-unique-ids.ts';
import remarkBalanceHtml from './remark-balance-html.ts';
import remarkReadingTime from './remark-reading-time.ts';

/**
 * Ids the pages around a body use (src/layouts, src/components, src/pages): a
 * body heading never takes one of them. tests/unit/markdown-plugins.test.ts
 * fails when a page gains an id that is not listed here.
 */
export const PAGE_IDS = [
  'add-to-calendar-heading',
  'dates-heading',
  'main',
  'news-heading',
  'notfound-search',
  'site-search',
  'tag-articles',
  'tag-events',
  'upcoming-heading',
] as const;

/** MDX's own nodes, which rehype-raw must pass through untouched (as @mdx-js/mdx names them). */
export const MDX_NODE_TYPES = [
  'mdxFlowExpression',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'mdxTextExpression',
  'mdxjsEsm',
] as const;

/** `rel` of links to other sites: marked as such, and the other site gets no handle on this page. */
export const EXTERNAL_REL = ['external', 'noopener', 'noreferrer'] as const;

export interface MarkdownOptions {
  /** The site's own address (`https://example.org`): absolute links to it are not external. */
  siteUrl: string;
}

const hasLink = (node: Element | ElementContent): boolean =>
  'children' in node &&
  node.children.some((child) => (child.type === 'element' && child.tagName === 'a') || hasLink(child));

/** A plugin, or a plugin and its options (the form Astro's `unified()` takes). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each plugin has its own options and tree types
type PluginEntry = Plugin<any[], any, any> | [Plugin<any[], any, any>, unknown];

export function markdownPlugins({ siteUrl }: MarkdownOptions): {
  remarkPlugins: PluginEntry[];
  rehypePlugins: PluginEntry[];
} {
  const siteHost = new URL(siteUrl).host;
  return {
    remarkPlugins: [remarkBalanceHtml, remarkReadingTime],
    rehypePlugins: [
      // Raw HTML parsed into the tree first, so the plugins below see it (Astro's .md
      // pipeline would parse it only after them).
      [rehypeRaw, { passThrough: [...MDX_NODE_TYPES] }],
      rehypeBodyHtml,
      rehypeSlug,
      [rehypeUniqueIds, { reserved: PAGE_IDS }],
      // The heading's own text is the link: its accessible name is the heading's,
      // said once, with no extra "#" to announce. A heading that holds a link keeps
      // it (a link cannot hold another).
      [
        rehypeAutolinkHeadings,
        { behavior: 'wrap', properties: { className: ['heading-anchor'] }, test: (node: Element) => !hasLink(node) },
      ],
      // Same tab: no target (see docs/writing.md, "Links").
      [
        rehypeExternalLinks,
        {
          rel: [...EXTERNAL_REL],
          test: (node: Element) => {
            const href = node.properties['href'];
            return typeof href !== 'string' || hostOf(href) !== siteHost;
          },
        },
      ],
    ],
  };
}

function hostOf(href: string): string | undefined {
  try {
    return new URL(href.startsWith('//') ? `https:${href}` : href).host;
  } catch {
    return undefined;
  }
}
