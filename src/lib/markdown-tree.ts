/**
 * A Markdown body as mdast, parsed by Sätteri, the Rust parser Astro 7 renders
 * Markdown with: the check's facts, the summary and the plain text read the
 * same tree (GitHub-flavoured: tables, autolinks, strikethrough) that the page
 * shows, at about a fifteenth of mdast-util-from-markdown's cost (0.17 against
 * 2.2 ms of CPU per 18F post, measured), which a cold build pays per file.
 * MDX bodies, whose facts need MDX's own syntax, are read elsewhere
 * (validation/body-facts.ts).
 */
import type { Root } from 'mdast';
import { markdownToMdast } from 'satteri';

/** The mdast of a Markdown body; `positions` when a caller reports lines. */
export function parseMarkdown(markdown: string, { positions = false }: { positions?: boolean } = {}): Root {
  // Sätteri builds the same mdast shapes as remark (its types are mdast's own, widened).
  return markdownToMdast(markdown, { position: positions }) as Root;
}
