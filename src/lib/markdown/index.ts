/**
 * The Markdown configuration: every plugin a body goes through, in order, for
 * `.md` and `.mdx` alike, as options of Astro's Sätteri processor
 * (`satteri(markdownPlugins(...))` in src/markdown.config.ts, which @astrojs/mdx
 * inherits). Everything that decides a body's HTML is in this folder and that
 * file, which together key the rendered bodies (src/node/code-keys.ts).
 *
 * Why Sätteri and not remark and rehype: Astro 7 renders Markdown with Sätteri,
 * in Rust, and calls JavaScript only for the nodes a plugin visits. The same
 * repairs and additions as unified plugins (remark-parse, rehype-raw,
 * rehype-slug, rehype-autolink-headings, rehype-external-links and the site's
 * own) cost 15 ms of CPU per body on the 509 real 18F posts, against about
 * 1 ms here (docs/performance.md): at 10,000 bodies, more than two minutes of
 * a cold build's CPU. The unified pipeline is kept for `npm run check` only,
 * on the few bodies that may need a repair, because only its raw-HTML parse
 * keeps the lines the warnings name (unified-plugins.ts); the rules are shared.
 *
 * Around these, Astro's own steps: GitHub-flavoured Markdown and smart
 * punctuation in the parser; code highlighting before the hast plugins;
 * images and heading ids (which keep the ids set here) after them.
 */
import type { Features, HastPluginList, MdastPluginList } from 'satteri';
import {
  balancePlugin,
  bodyHtmlPlugin,
  dashesPlugin,
  outlinePlugin,
  pagePlugin,
  pictureSizesPlugin,
  tablePlugin,
} from './satteri-plugins.ts';
import { TEXT_COLUMN_SIZES } from './text-column.ts';

/**
 * Ids the pages around a body use (src/layouts, src/components, src/pages): a
 * body heading never takes one of them. tests/unit/markdown-plugins.test.ts
 * fails when a page gains an id that is not listed here.
 */
export const PAGE_IDS = [
  'add-to-calendar-heading',
  'calendar-years-label',
  'dates-heading',
  'main',
  'month-agenda',
  'month-agenda-heading',
  'news-heading',
  'notfound-search',
  'related-heading',
  'search-query',
  'search-status',
  'site-search',
  'tag-articles',
  'tag-events',
  'tag-past',
  'tag-upcoming',
  'upcoming-heading',
] as const;

/** `rel` of links to other sites: marked as such, and the other site gets no handle on this page. */
export const EXTERNAL_REL = ['external', 'noopener', 'noreferrer'] as const;

/** The class of the link a heading's text becomes. */
export const HEADING_ANCHOR = 'heading-anchor';

export interface MarkdownOptions {
  /** The site's own address (`https://example.org`): absolute links to it are not external. */
  siteUrl: string;
}

/** The options of Astro's `satteri()`: plugins and parser features. */
export interface SatteriOptions {
  mdastPlugins: MdastPluginList;
  hastPlugins: HastPluginList;
  features: Features;
}

export function markdownPlugins({ siteUrl }: MarkdownOptions): SatteriOptions {
  return {
    mdastPlugins: [balancePlugin, tablePlugin, dashesPlugin],
    hastPlugins: [
      bodyHtmlPlugin,
      outlinePlugin,
      pictureSizesPlugin(TEXT_COLUMN_SIZES),
      pagePlugin({
        siteHost: new URL(siteUrl).host,
        reserved: PAGE_IDS,
        externalRel: EXTERNAL_REL,
        anchorClass: HEADING_ANCHOR,
      }),
    ],
    features: {
      // Raw HTML parsed into elements, so that the plugins see it and nothing a writer leaves open reaches the page.
      rawHtml: true,
      // Quotes and ellipses by Sätteri; `--` by dashesPlugin, as remark-smartypants made it.
      smartPunctuation: { dashes: false },
    },
  };
}
