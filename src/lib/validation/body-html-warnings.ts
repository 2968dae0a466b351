/**
 * Warnings about the HTML in bodies: what the build's Markdown plugins
 * (src/lib/markdown) repair or leave out, with file and line, so a writer
 * learns of it before a reader does. The body goes through the same rules as in
 * the build (raw HTML balanced and parsed, then the elements and the outline
 * repaired), run by unified for the lines it keeps (unified-plugins.ts), and
 * each repair becomes one warning; the same repair on several lines of a file
 * is one warning that lists them. A Markdown body's tree is Sätteri's, as the
 * page's is (src/lib/markdown-tree.ts): with remark's parser, which reads the
 * same tree at many times the cost, the check of 5,000 + 5,000 entries took
 * 5.8-6.0 s against 5.0-5.5 s (measured). MDX bodies are read by remark-mdx.
 *
 * Most bodies have neither raw HTML nor headings out of order: a quick look at
 * the text skips them without parsing (a build checks every body, every time).
 */
import rehypeRaw from 'rehype-raw';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { parseMarkdown } from '../markdown-tree.ts';
import { mayNeedElementRepair } from '../markdown/body-html.ts';
import { repairsOf, type Repair } from '../markdown/report.ts';
import { MDX_NODE_TYPES, rehypeBodyHtml, remarkBalanceHtml } from '../markdown/unified-plugins.ts';
import { MDX_COMPONENTS } from '../mdx-components.ts';
import type { CheckedFile } from './check-file.ts';
import type { Problem } from './problem.ts';

/** At most this many further lines are named in one warning. */
const MORE_LINES = 5;

const pipeline = (mdx: boolean) => {
  const parser = unified().use(remarkParse);
  if (mdx) parser.use(remarkMdx);
  return parser
    .use(remarkBalanceHtml)
    .use(remarkRehype, { allowDangerousHtml: true, passThrough: [...MDX_NODE_TYPES] })
    .use(rehypeRaw, { passThrough: [...MDX_NODE_TYPES] })
    .use(rehypeBodyHtml)
    .freeze();
};
const processors = { md: pipeline(false), mdx: pipeline(true) };

const FENCE = /^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\1[^\n]*$|(?![\s\S]))/gm;
/** A line that may be a heading: `## Title`, also in a quote or list item. */
const ATX = /^[ \t>*+\-\d.)]*(#{1,6})(?:[ \t]|$)/gm;
/** A setext heading's underline `===` (level 1). */
const SETEXT_H1 = /^ {0,3}=+[ \t]*$/m;

/**
 * Whether the body may hold anything the plugins repair: a tag or a
 * `javascript:` link (as the renderer tells, mayNeedElementRepair), or headings
 * with an h1 or a skipped level. Never false when they would report something.
 */
export function mayNeedRepair(body: string): boolean {
  if (mayNeedElementRepair(body)) return true;
  const text = body.replace(FENCE, '');
  if (SETEXT_H1.test(text)) return true;
  let previous = 1;
  for (const m of text.matchAll(ATX)) {
    const level = m[1]?.length ?? 0;
    if (level === 1 || level > previous + 1) return true;
    previous = level;
  }
  return false;
}

/** The repairs the build makes in one body: body line (1-based) and what was done. */
export function bodyRepairs(body: string, mdx: boolean): Repair[] {
  const processor = processors[mdx ? 'mdx' : 'md'];
  const file = new VFile({ value: body });
  try {
    const tree = mdx ? processor.parse(file) : parseMarkdown(body, { positions: true });
    processor.runSync(tree, file);
  } catch {
    // MDX that does not compile: the build stops on it with its own message.
    return [];
  }
  return repairsOf(file);
}

/**
 * One file's warnings, found while the file is checked (check-file.ts), so
 * that they are remembered with its other problems between builds.
 */
export function bodyHtmlWarnings(f: Pick<CheckedFile, 'file' | 'body' | 'bodyLine'>): Problem[] {
  if (!mayNeedRepair(f.body)) return [];
  const lines = new Map<string, number[]>();
  for (const { line, reason, ruleId, tag } of bodyRepairs(f.body, f.file.endsWith('.mdx'))) {
    // A site component in a .md file has a warning of its own (componentProblems in warnings.ts).
    if (ruleId === 'html-not-html' && tag !== undefined && tag in MDX_COMPONENTS) continue;
    const at = line === undefined ? [] : [f.bodyLine + line - 1];
    lines.set(reason, [...(lines.get(reason) ?? []), ...at]);
  }
  return [...lines].map(([reason, at]) => {
    const [first, ...more] = [...new Set(at)].sort((a, b) => a - b);
    const also =
      more.length === 0
        ? ''
        : `; also on line${more.length > 1 ? 's' : ''} ${more.slice(0, MORE_LINES).join(', ')}${more.length > MORE_LINES ? ` and ${more.length - MORE_LINES} more` : ''}`;
    return {
      severity: 'warning',
      file: f.file,
      message: `${reason}${also}`,
      ...(first !== undefined && { line: first }),
    };
  });
}
