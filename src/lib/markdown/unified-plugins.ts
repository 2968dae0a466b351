/**
 * The body repairs as unified plugins, for `npm run check`: it names the line
 * of each repair, and only unified's raw-HTML parse (rehype-raw) keeps the
 * positions that takes; Sätteri's, which renders the pages, keeps none. The
 * rules, and the walks that apply them, are the renderer's own
 * (balance-html.ts, body-html.ts); here the tree is changed in place and each
 * repair becomes a message on the file.
 */
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot, Table } from 'mdast';
import type { VFile } from 'vfile';
import { balanceHtml, inPlaceBalance } from './balance-html.ts';
import {
  FOREIGN,
  hasAlignment,
  headingLevel,
  inPlaceElement,
  jsxHeadingAsElement,
  PREFORMATTED,
  repairElement,
  repairOutline,
  trimLineEnds,
  type BodyNode,
  type HtmlElement,
} from './body-html.ts';
import { fileReport, type Report } from './report.ts';

/** MDX's own nodes, which rehype-raw must pass through untouched (as @mdx-js/mdx names them). */
export const MDX_NODE_TYPES = [
  'mdxFlowExpression',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'mdxTextExpression',
  'mdxjsEsm',
] as const;

/** Raw HTML balanced (balance-html.ts); tables without their alignment. */
export function remarkBalanceHtml() {
  return (tree: MdastRoot, file: VFile) => {
    for (const table of tablesOf(tree)) if (hasAlignment(table)) table.align = table.align?.map(() => null) ?? null;
    balanceHtml(tree, inPlaceBalance, fileReport(file));
  };
}

/** The elements repaired, then the outline (body-html.ts). */
export function rehypeBodyHtml() {
  return (tree: HastRoot, file: VFile) => {
    const report = fileReport(file);
    repairChildren(tree, { report, foreign: false, preformatted: false });
    const headings = headingsOf(tree);
    const levels = repairOutline(
      headings.map((h) => ({ level: headingLevel(h.name) ?? 6, position: h.node.position })),
      report,
    );
    headings.forEach((heading, i) => heading.rename(`h${levels[i]}`));
  };
}

interface Context {
  report: Report;
  foreign: boolean;
  preformatted: boolean;
}

/** The walk of the check: each node in document order, the tree changed in place. */
function repairChildren(parent: BodyNode, context: Context): void {
  const children = parent.children ?? [];
  // A copy: the walk removes and replaces children as it goes.
  for (const node of [...children]) {
    const element = inPlaceElement(node);
    if (!element) {
      if (node.type === 'text' && !context.preformatted) {
        const text = node as BodyNode & { value: string };
        text.value = trimLineEnds(text.value);
      }
      // Components in MDX and other nodes: their content may hold HTML.
      if (node.children) repairChildren(node, context);
      continue;
    }
    const heading = jsxHeadingAsElement(node);
    if (heading) children[children.indexOf(node)] = heading;
    const current = heading ? (heading as unknown as BodyNode) : node;
    const view = (heading && inPlaceElement(current)) || element;
    const repaired = repairElement(view, { ...context, parent: () => parent, view: inPlaceElement });
    if (repaired === null) children.splice(children.indexOf(current), 1);
    else if (repaired !== current) children[children.indexOf(current)] = repaired;
    else
      repairChildren(current, {
        ...context,
        foreign: context.foreign || FOREIGN.has(element.name),
        preformatted: context.preformatted || PREFORMATTED.has(element.name),
      });
  }
}

function tablesOf(node: { type: string; children?: unknown[] }, out: Table[] = []): Table[] {
  if (node.type === 'table') out.push(node as Table);
  for (const child of (node.children ?? []) as { type: string }[]) tablesOf(child, out);
  return out;
}

/** The body's headings (MDX's written as JSX too) in document order, not those inside SVG or MathML. */
function headingsOf(node: BodyNode, out: HtmlElement[] = []): HtmlElement[] {
  const element = inPlaceElement(node);
  if (element && FOREIGN.has(element.name)) return out;
  if (element && headingLevel(element.name) !== undefined) out.push(element);
  for (const child of node.children ?? []) headingsOf(child, out);
  return out;
}
