/**
 * Summaries derived from a body when the writer gave none (contract: the body's
 * first paragraph, cut at a word boundary near 200 chars, ending in ` [...]`).
 * The body is parsed as Markdown, so links, emphasis and code come out as the
 * words a reader sees, not as syntax.
 */
import type { List, Nodes, Root, RootContent } from 'mdast';
import { parseMarkdown } from './markdown-tree.ts';

export const SUMMARY_TARGET = 200;
export const ELLIPSIS = ' [...]';

/** MDX `import`/`export` lines are code, not the first paragraph. */
const MDX_STATEMENT = /^(import|export)\s/;

export interface BodyOptions {
  /** MDX bodies: `{expressions}` and JSX tags are code a reader never sees as such. */
  mdx?: boolean;
}

/** `{expressions}` of MDX, nested ones too (`{f({ a: 1 })}`), innermost first. */
function withoutExpressions(text: string): string {
  let out = text;
  for (let before = ''; before !== out;) [before, out] = [out, out.replace(/\{[^{}]*\}/g, '')];
  return out;
}

/** The paragraph's words: in MDX, without `{expressions}` and `<Component>` tags. */
function readable(text: string, { mdx = false }: BodyOptions): string {
  const words = mdx ? withoutExpressions(text).replace(/<\/?[A-Z][^>]*>/g, '') : text;
  return words
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,;:!?])/g, '$1')
    .trim();
}

interface Block {
  paragraph: boolean;
  /** The block's words on one line, for summaries. */
  text: string;
  /** The block as plain text that keeps its shape: list items on lines of their own, after "- " or "1. ". */
  lines: string;
}

/** Raw HTML in a body is markup, not words: its tags go, its text stays. */
const withoutTags = (html: string) => html.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]*>/g, ' ');

/**
 * A node's words as a reader sees them. A tag of inline HTML is a node of its
 * own (the text it wraps is in the nodes beside it), so it becomes a space:
 * `<em>very</em>` reads "very", `one<br>two` reads "one two".
 */
function wordsOf(node: Nodes): string {
  if (node.type === 'html') return ' ';
  if ('value' in node) return node.value;
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? '';
  return 'children' in node ? node.children.map(wordsOf).join('') : '';
}

/** A block's words: those of a block of raw HTML are the text between its tags. */
const blockWords = (node: RootContent) => (node.type === 'html' ? withoutTags(node.value) : wordsOf(node));

/** A list as lines, nested lists indented under their item. */
function listLines(list: List, options: BodyOptions, indent = ''): string {
  return list.children
    .map((item, i) => {
      const marker = list.ordered ? `${(list.start ?? 1) + i}. ` : '- ';
      const [head, ...rest] = item.children.map((child) =>
        child.type === 'list' ? listLines(child, options, `${indent}  `) : blockLines(child, options),
      );
      return [`${indent}${marker}${head ?? ''}`, ...rest].filter((line) => line.trim()).join('\n');
    })
    .join('\n');
}

/** `words`: the block's readable words, when the caller has them already. */
function blockLines(node: RootContent, options: BodyOptions, words?: string): string {
  switch (node.type) {
    case 'list':
      return listLines(node, options);
    case 'blockquote':
      return node.children.map((child) => blockLines(child, options)).join('\n');
    case 'code':
      return node.value;
    case 'thematicBreak':
      return '';
    case 'table':
      // A row to a line, its cells apart: "Session | Speaker".
      return node.children
        .map((row) => row.children.map((cell) => readable(wordsOf(cell), options)).join(' | '))
        .join('\n');
    default:
      return words ?? readable(blockWords(node), options);
  }
}

/** The body's top-level blocks as readable text, parsed once (a build reads 20,000 bodies). */
function blocks(markdown: string, options: BodyOptions): Block[] {
  return blocksOf(parseMarkdown(markdown), options);
}

function blocksOf(tree: Root, options: BodyOptions): Block[] {
  return tree.children
    .map((node) => {
      const text = readable(blockWords(node), options);
      // A paragraph's words are read once, not again for its lines (a cold build reads 10,000 bodies).
      return { paragraph: node.type === 'paragraph', text, lines: blockLines(node, options, text) };
    })
    .filter((block) => block.text && block.lines && !MDX_STATEMENT.test(block.text));
}

/** The plain text of the body's first paragraph, or '' when it has none. */
export function firstParagraph(markdown: string, options: BodyOptions = {}): string {
  return blocks(markdown, options).find((b) => b.paragraph)?.text ?? '';
}

/** Cuts `text` at the last word boundary at or before `limit` chars and marks the cut. */
export function cutAtWord(text: string, limit = SUMMARY_TARGET): string {
  if (text.length <= limit) return text;
  const slice = text.slice(0, limit + 1);
  const boundary = slice.lastIndexOf(' ');
  const head = (boundary > limit / 2 ? slice.slice(0, boundary) : text.slice(0, limit)).replace(/[\s,;:.\-–—]+$/u, '');
  return head + ELLIPSIS;
}

/** Plain text of a whole Markdown body, for iCalendar DESCRIPTION: paragraphs apart, list items on their own lines. */
export function plainText(markdown: string, options: BodyOptions = {}): string {
  return readBody(markdown, undefined, options).text;
}

/** Summary and plain text of a body from one parse. */
export function readBody(
  markdown: string,
  givenSummary: string | undefined,
  options: BodyOptions = {},
): { summary: string; text: string } {
  return readTree(parseMarkdown(markdown), givenSummary, options);
}

/** Summary and plain text from a body's syntax tree (src/lib/markdown-tree.ts), parsed by the caller for other reasons too. */
export function readTree(
  tree: Root,
  givenSummary: string | undefined,
  options: BodyOptions = {},
): { summary: string; text: string } {
  const parts = blocksOf(tree, options);
  const first = parts.find((b) => b.paragraph)?.text ?? '';
  return { summary: givenSummary?.trim() || cutAtWord(first), text: parts.map((b) => b.lines).join('\n\n') };
}
