/**
 * Markdown through a real unified processor, as the Markdown plugins' unit
 * tests run them: remark-parse, the remark plugins under test, remark-rehype,
 * rehype-raw, the rehype plugins under test, then rehype-stringify. With
 * `mdx: true` the text is parsed as MDX (remark-mdx), whose JSX nodes pass
 * through; the result is then the tree only (HTML cannot hold JSX).
 */
import type { Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { MDX_NODE_TYPES } from '../../src/lib/markdown/index.ts';

export interface Processed {
  /** The HTML (Markdown only). */
  html: string;
  tree: Root;
  file: VFile;
  /** The plugins' messages, as `line: reason`. */
  messages: string[];
}

export interface Plugins {
  remark?: PluggableList;
  rehype?: PluggableList;
  mdx?: boolean;
}

export function processMarkdown(markdown: string, { remark = [], rehype = [], mdx = false }: Plugins = {}): Processed {
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
  return {
    html: mdx ? '' : unified().use(rehypeStringify).stringify(tree),
    tree,
    file,
    messages: file.messages.map((m) => `${m.line ?? '?'}: ${m.reason}`),
  };
}
