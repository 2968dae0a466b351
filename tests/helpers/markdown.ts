/**
 * Markdown through the site's two pipelines, as the plugins' unit tests run them:
 * - `render`: Sätteri, which renders the pages (`markdownToHtml`, or `mdxToJs`
 *   with `mdx: true`), with the given Sätteri plugins and the site's parser
 *   features; it gives the HTML (Markdown only), the tree as the last plugin
 *   left it, the document's data and the repairs the renderer made;
 * - `check`: unified, as `npm run check` runs the same rules for their lines
 *   (src/lib/markdown/unified-plugins.ts), with the given unified plugins; it
 *   gives each repair as `line: reason`.
 */
import type { Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { markdownToHtml, mdxToJs, type HastPluginList, type MdastPluginList } from 'satteri';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { markdownPlugins } from '../../src/lib/markdown/index.ts';
import { REPAIR_LOG, type Repair } from '../../src/lib/markdown/report.ts';
import { MDX_NODE_TYPES } from '../../src/lib/markdown/unified-plugins.ts';

export const SITE = 'https://dh.example.org';
/** The site's plugins and features, as src/markdown.config.ts gives them to Astro. */
export const SITE_PLUGINS = markdownPlugins({ siteUrl: SITE });

export interface Rendered {
  /** The HTML (Markdown only; MDX compiles to JavaScript). */
  html: string;
  /** The hast tree after the plugins. */
  tree: Root;
  data: Record<string, unknown>;
  /** The repairs the renderer made, by reason. */
  repairs: string[];
}

export interface RenderOptions {
  mdast?: MdastPluginList;
  hast?: HastPluginList;
  mdx?: boolean;
  /** Front matter, as Astro passes it to the plugins. */
  frontmatter?: Record<string, unknown>;
  /** Astro's data for the document, instead of the front matter alone: the images it collected, for one. */
  astro?: Record<string, unknown>;
}

export async function render(
  markdown: string,
  { mdast = [], hast = [], mdx = false, frontmatter = {}, astro = { frontmatter } }: RenderOptions = {},
): Promise<Rendered> {
  let tree: Root = { type: 'root', children: [] };
  const capture = { name: 'capture', before: (root: Readonly<Root>) => void (tree = plain(root) as Root) };
  const data: Record<string, unknown> = { astro, [REPAIR_LOG]: [] };
  const options = { mdastPlugins: mdast, hastPlugins: [...hast, capture], features: SITE_PLUGINS.features, data };
  const html = mdx ? (await mdxToJs(markdown, options), '') : (await markdownToHtml(markdown, options)).html;
  return { html, tree, data, repairs: (data[REPAIR_LOG] as Repair[]).map((r) => r.reason) };
}

/** A node and its children as plain data (Sätteri's nodes read the tree lazily). */
function plain(node: object): unknown {
  const out: Record<string, unknown> = {};
  for (const key of ['type', 'tagName', 'name', 'value', 'properties', 'attributes'])
    if (key in node) out[key] = structuredClone((node as Record<string, unknown>)[key]);
  if ('children' in node) out['children'] = (node.children as object[]).map(plain);
  return out;
}

export interface Checked {
  tree: Root;
  /** The repairs, as `line: reason`. */
  messages: string[];
}

export function check(
  markdown: string,
  { remark = [], rehype = [], mdx = false }: { remark?: PluggableList; rehype?: PluggableList; mdx?: boolean } = {},
): Checked {
  const passThrough = [...MDX_NODE_TYPES];
  const processor = unified()
    .use(remarkParse)
    .use(mdx ? [remarkMdx] : [])
    .use(remark)
    .use(remarkRehype, { allowDangerousHtml: true, passThrough })
    .use(rehypeRaw, { passThrough })
    .use(rehype);
  const file = new VFile({ value: markdown });
  const tree = processor.runSync(processor.parse(file), file);
  return { tree, messages: file.messages.map((m) => `${m.line ?? '?'}: ${m.reason}`) };
}

/** The reasons of `line: reason` messages, sorted: what to compare with a renderer's repairs. */
export const reasons = (messages: readonly string[]) => messages.map((m) => m.replace(/^[\d?]+: /, '')).sort();
