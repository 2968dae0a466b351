/**
 * Raw HTML in a Markdown body that would break the page around it, repaired
 * before it is parsed (the HTML parser then reads it within the body, so
 * nothing a writer leaves open can reach the page's own `</main>` or footer).
 *
 * A tag left open is closed where it does the least harm, and each repair is
 * reported:
 * - a tag that cannot hold paragraphs (`<h2>`, `<span>`, `<a>`) opened in an
 *   HTML block is closed at the end of that block; in a paragraph, at the end of
 *   the paragraph;
 * - a block tag written in the middle of a sentence and never closed (`use
 *   headings like <H1> and <H2>`) is the writer naming a tag: it is shown as text;
 * - a container (`<div>`, `<table>`) never closed ends where the body, or the
 *   list item or quote it is in, ends (the parser does that; it is reported);
 * - an end tag that closes nothing is left out (a stray `</p>` would otherwise
 *   become an empty paragraph);
 * - a tag that names no HTML element (`<webdev>`) is shown as text; the browser
 *   would hide it, and what it holds, from the reader.
 *
 * It works on the Markdown tree (mdast), which tells apart the HTML that is a
 * block of its own from HTML inside a paragraph; hast no longer does. MDX has no
 * raw HTML (its tags are JSX, which must be closed), so it changes nothing there.
 *
 * The tree is only read here; every change goes through a `BalanceEdits`, so the
 * same rules serve the check (unified's tree with positions, changed in place:
 * unified-plugins.ts) and the renderer (Sätteri's tree, whose changes are
 * queued as commands: satteri-plugins.ts).
 */
import type { Html, Nodes, Parent, Root } from 'mdast';
import { BLOCK_CONTAINERS, FLOW_ONLY, isHtmlElement, OPTIONAL_END_TAG, VOID_ELEMENTS } from './html-elements.ts';
import { htmlTags, type HtmlTag } from './html-tags.ts';
import type { Report } from './report.ts';

/** How the repairs change the tree. */
export interface BalanceEdits {
  /** The HTML of an html node, as repaired. */
  setHtml(node: Html, value: string): void;
  /** An html node shown as the text it is (the reader sees the tag as written). */
  toText(node: Html): void;
  remove(node: Html, parent: Parent): void;
  /** An html node with `value` added at the end of `parent`. */
  appendHtml(parent: Parent, value: string): void;
}

/** The edits of a tree that is changed in place (unified's). */
export const inPlaceBalance: BalanceEdits = {
  setHtml: (node, value) => void (node.value = value),
  toText: (node) => void ((node as unknown as { type: string }).type = 'text'),
  remove: (node, parent) => void parent.children.splice(parent.children.indexOf(node), 1),
  appendHtml: (parent, value) => void parent.children.push({ type: 'html', value }),
};

interface Open {
  name: string;
  /** The html node the start tag is in, and the tag. */
  node: Html;
  tag: HtmlTag;
  /** Opened inside a paragraph, heading or table cell. */
  inline: boolean;
}

/** Nodes whose children are blocks, and what a reader would call them. */
const FLOW_CONTAINERS: Readonly<Record<string, string>> = {
  root: 'the body',
  blockquote: 'its quote',
  listItem: 'its list item',
  footnoteDefinition: 'its footnote',
};

/** Nodes whose children are phrasing (text, emphasis, inline HTML). */
const PHRASING_BLOCKS = new Set<string>(['paragraph', 'heading', 'tableCell']);

interface Run {
  edits: BalanceEdits;
  report: Report;
}

export function balanceHtml(tree: Root, edits: BalanceEdits, report: Report): void {
  flow(tree, { edits, report });
}

/** Line of a tag inside an html node: the node's line plus the newlines before the tag. */
function lineOf(node: Html, offset: number): { line: number; column: number } | undefined {
  const start = node.position?.start;
  if (!start) return undefined;
  const before = node.value.slice(0, offset);
  const newlines = before.split('\n').length - 1;
  return { line: start.line + newlines, column: newlines ? offset - before.lastIndexOf('\n') : start.column + offset };
}

function placeOf(node: Html, tag: HtmlTag) {
  const start = lineOf(node, tag.offset);
  return start ? { start, end: start } : undefined;
}

/** How a tag is shown in a message: as written when short, else by its name. */
const shown = (tag: HtmlTag) => (tag.text.length <= 24 ? tag.text : `<${tag.kind === 'end' ? '/' : ''}${tag.name}>`);

/** Pops `stack` down to and including the last element named `name`; false when none is open. */
function close(stack: Open[], name: string): boolean {
  const at = stack.findLastIndex((o) => o.name === name);
  if (at === -1) return false;
  stack.length = at;
  return true;
}

function flow(container: Parent, run: Run): void {
  const where = FLOW_CONTAINERS[container.type] ?? 'its block';
  const stack: Open[] = [];
  for (const child of container.children) {
    if (child.type === 'html') htmlBlock(child, stack, run);
    else if (PHRASING_BLOCKS.has(child.type)) phrasing(child as Parent, stack, run);
    else if (child.type === 'list' || child.type === 'table' || child.type === 'tableRow')
      for (const item of (child as Parent).children) nested(item, run);
    else if ('children' in child && child.type in FLOW_CONTAINERS) flow(child, run);
  }
  finish(stack, where, run);
}

/** Elements still open where their container ends: a tag in a sentence is text, a block ends there. */
function finish(stack: readonly Open[], where: string, { edits, report }: Run): void {
  for (const open of stack) {
    if (OPTIONAL_END_TAG.has(open.name)) continue;
    if (open.inline) {
      edits.toText(open.node);
      report(
        `${shown(open.tag)} is never closed, so it is shown as text; to show a tag's name, put it in backticks: \`<${open.name}>\``,
        placeOf(open.node, open.tag),
        'html-as-text',
      );
    } else {
      report(
        `<${open.name}> is never closed, so it ends where ${where} ends; add </${open.name}> where it should end`,
        placeOf(open.node, open.tag),
        'html-unclosed',
      );
    }
  }
}

function nested(node: Nodes, run: Run): void {
  if (node.type in FLOW_CONTAINERS && 'children' in node) flow(node, run);
  else if (node.type === 'tableRow') for (const cell of node.children) nested(cell, run);
  else if (PHRASING_BLOCKS.has(node.type)) {
    const stack: Open[] = [];
    phrasing(node as Parent, stack, run);
    finish(stack, 'its table cell', run);
  }
}

/** An HTML block: tags it opens that cannot hold blocks must close within it. */
function htmlBlock(node: Html, flowStack: Open[], run: Run): void {
  const { edits, report } = run;
  const mark = flowStack.length;
  const changes: { tag: HtmlTag; replacement: string }[] = [];
  for (const tag of htmlTags(node.value)) {
    if (!isHtml(tag, flowStack)) {
      changes.push({ tag, replacement: `&lt;${tag.text.slice(1)}` });
      reportNotHtml(report, tag, placeOf(node, tag));
    } else if (tag.kind === 'start') {
      if (!VOID_ELEMENTS.has(tag.name)) flowStack.push({ name: tag.name, node, tag, inline: false });
    } else if (!close(flowStack, tag.name)) {
      changes.push({ tag, replacement: '' });
      reportStray(report, tag, placeOf(node, tag));
    }
  }
  let value = node.value;
  // Last first, so that earlier offsets hold.
  for (const { tag, replacement } of changes.reverse())
    value = value.slice(0, tag.offset) + replacement + value.slice(tag.offset + tag.text.length);
  const left = flowStack.slice(mark);
  const closing: string[] = [];
  for (const open of left.reverse()) {
    if (BLOCK_CONTAINERS.has(open.name) || OPTIONAL_END_TAG.has(open.name)) continue;
    closing.push(`</${open.name}>`);
    close(flowStack, open.name);
    report(
      `<${open.name}> is never closed, so it was closed at the end of its HTML block; add </${open.name}> where it should end`,
      placeOf(node, open.tag),
      'html-unclosed',
    );
  }
  value += closing.join('');
  if (value !== node.value) edits.setHtml(node, value);
}

/** A tag of an HTML element (anything goes inside SVG and MathML). */
const isHtml = (tag: HtmlTag, ...stacks: Open[][]) =>
  isHtmlElement(tag.name) || stacks.some((stack) => stack.some((o) => o.name === 'svg' || o.name === 'math'));

function reportNotHtml(report: Report, tag: HtmlTag, place: ReturnType<typeof placeOf>): void {
  report(
    `${shown(tag)} is not an HTML element, so it is shown as text (a browser would hide it); to show it as code, put it in backticks`,
    place,
    'html-not-html',
    tag.text.slice(tag.kind === 'end' ? 2 : 1).split(/[\s/>]/)[0],
  );
}

function reportStray(report: Report, tag: HtmlTag, place: ReturnType<typeof placeOf>): void {
  report(`</${tag.name}> closes no element that is open there, so it was left out`, place, 'html-stray-end-tag');
}

/** The inline HTML of a paragraph, heading or table cell, in document order. */
function inlineHtml(node: Parent, out: { node: Html; parent: Parent }[] = []): { node: Html; parent: Parent }[] {
  for (const child of node.children) {
    if (child.type === 'html') out.push({ node: child, parent: node });
    else if ('children' in child) inlineHtml(child, out);
  }
  return out;
}

/** A paragraph, heading or table cell: what it opens closes within it, or is text. */
function phrasing(block: Parent, flowStack: Open[], run: Run): void {
  const { edits, report } = run;
  const stack: Open[] = [];
  for (const item of inlineHtml(block)) {
    // Inline HTML is one tag (or comment) per node.
    const [tag] = htmlTags(item.node.value);
    if (!tag) continue;
    if (!isHtml(tag, stack, flowStack)) {
      edits.toText(item.node);
      reportNotHtml(report, tag, placeOf(item.node, tag));
    } else if (tag.kind === 'start') {
      if (VOID_ELEMENTS.has(tag.name)) continue;
      const open = { name: tag.name, node: item.node, tag, inline: true };
      // A container may be closed in a later block: whether it is settles at the end of the flow.
      (BLOCK_CONTAINERS.has(tag.name) ? flowStack : stack).push(open);
    } else if (!close(stack, tag.name) && !close(flowStack, tag.name)) {
      edits.remove(item.node, item.parent);
      reportStray(report, tag, placeOf(item.node, tag));
    }
  }
  for (const open of stack.reverse()) {
    if (OPTIONAL_END_TAG.has(open.name)) continue;
    if (FLOW_ONLY.has(open.name)) {
      edits.toText(open.node);
      report(
        `${shown(open.tag)} in the middle of a sentence is never closed, so it is shown as text; to show a tag's name, put it in backticks: \`<${open.name}>\``,
        placeOf(open.node, open.tag),
        'html-as-text',
      );
    } else {
      edits.appendHtml(block, `</${open.name}>`);
      report(
        `<${open.name}> is never closed, so it was closed at the end of its paragraph; add </${open.name}> where it should end`,
        placeOf(open.node, open.tag),
        'html-unclosed',
      );
    }
  }
}
