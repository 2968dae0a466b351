/**
 * Reading time: the minutes an adult needs to read a body, from its words
 * (prose, code and the text of raw HTML, not its tags) at WORDS_PER_MINUTE,
 * rounded up, at least 1. The remark plugin stores it in the file's front
 * matter as Astro passes it along (`file.data.astro.frontmatter`), where an
 * Astro page reads it after rendering the entry:
 *
 *     const { remarkPluginFrontmatter } = await render(entry);
 *     const minutes = readingMinutesOf(remarkPluginFrontmatter); // number | undefined
 *
 * Words are counted with Intl.Segmenter, so text without spaces between words
 * (Chinese, Japanese, Thai) counts by its words too.
 */
import type { Nodes, Root } from 'mdast';
import type { VFile } from 'vfile';

/** Adults' silent reading of non-fiction in English (Brysbaert, 2019, a review of 190 studies). */
export const WORDS_PER_MINUTE = 238;

/** The front-matter key the minutes are stored under. */
export const READING_MINUTES = 'readingMinutes';

const segmenter = new Intl.Segmenter('en', { granularity: 'word' });

export function countWords(text: string): number {
  let words = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) words++;
  return words;
}

/** The text a reader reads in a Markdown tree. */
function readableText(node: Nodes, out: string[] = []): string[] {
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') out.push(node.value);
  else if (node.type === 'html')
    out.push(node.value.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ').replace(/<[^>]*>/g, ' '));
  else if (node.type === 'image' && node.alt) out.push(node.alt);
  if ('children' in node) for (const child of node.children) readableText(child, out);
  return out;
}

export function readingMinutes(words: number): number {
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}

export default function remarkReadingTime() {
  return (tree: Root, file: VFile) => {
    const minutes = readingMinutes(countWords(readableText(tree).join(' ')));
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter = { ...data.astro.frontmatter, [READING_MINUTES]: minutes };
  };
}

/** The minutes from what Astro's render() returns as `remarkPluginFrontmatter`; undefined when absent. */
export function readingMinutesOf(frontmatter: Record<string, unknown> | undefined): number | undefined {
  const minutes = frontmatter?.[READING_MINUTES];
  return typeof minutes === 'number' && Number.isInteger(minutes) && minutes > 0 ? minutes : undefined;
}
