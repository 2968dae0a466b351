/**
 * Summaries derived from a body when the writer gave none (contract: the body's
 * first paragraph, cut at a word boundary near 200 chars, ending in ` [...]`).
 * The body is parsed as Markdown, so links, emphasis and code come out as the
 * words a reader sees, not as syntax.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';

export const SUMMARY_TARGET = 200;
export const ELLIPSIS = ' [...]';

/** MDX `import`/`export` lines are code, not the first paragraph. */
const MDX_STATEMENT = /^(import|export)\s/;

export interface BodyOptions {
  /** MDX bodies: `{expressions}` and JSX tags are code a reader never sees as such. */
  mdx?: boolean;
}

/** The paragraph's words: in MDX, without `{expressions}` and `<Component>` tags. */
function readable(text: string, { mdx = false }: BodyOptions): string {
  const words = mdx ? text.replace(/\{[^{}]*\}/g, '').replace(/<\/?[A-Z][^>]*>/g, '') : text;
  return words.replace(/\s+/g, ' ').replace(/\s+([.,;:!?])/g, '$1').trim();
}

/** The plain text of the body's first paragraph, or '' when it has none. */
export function firstParagraph(markdown: string, options: BodyOptions = {}): string {
  const tree = fromMarkdown(markdown);
  for (const node of tree.children) {
    if (node.type !== 'paragraph') continue;
    const text = readable(toString(node), options);
    if (text && !MDX_STATEMENT.test(text)) return text;
  }
  return '';
}

/** Cuts `text` at the last word boundary at or before `limit` chars and marks the cut. */
export function cutAtWord(text: string, limit = SUMMARY_TARGET): string {
  if (text.length <= limit) return text;
  const slice = text.slice(0, limit + 1);
  const boundary = slice.lastIndexOf(' ');
  const head = (boundary > limit / 2 ? slice.slice(0, boundary) : text.slice(0, limit)).replace(/[\s,;:.\-–—]+$/u, '');
  return head + ELLIPSIS;
}

/** The summary readers see: the writer's own, else one derived from the body. */
export function summaryFor(given: string | undefined, body: string, options: BodyOptions = {}): string {
  return given?.trim() || cutAtWord(firstParagraph(body, options));
}

/** Plain text of a whole Markdown body, for iCalendar DESCRIPTION and search metadata. */
export function plainText(markdown: string, options: BodyOptions = {}): string {
  const tree = fromMarkdown(markdown);
  return tree.children
    .map((node) => readable(toString(node), options))
    .filter((text) => text && !MDX_STATEMENT.test(text))
    .join('\n\n');
}
