/**
 * The site's Markdown plugins for Sätteri, Astro 7's Markdown processor, for
 * `.md` and `.mdx` alike (index.ts lists them in order). Sätteri parses and
 * renders in Rust and runs JavaScript only for the nodes a plugin asks for, so
 * a plugin here visits what it needs and says at the start of a document
 * (from its text) when it has nothing to do there:
 *
 * - balancePlugin and bodyHtmlPlugin apply the repairs of balance-html.ts and
 *   body-html.ts, the rules `npm run check` reports with the same code, to the
 *   few bodies with raw HTML, JSX or a `javascript:` link;
 * - tablePlugin and dashesPlugin keep the output as it was under remark:
 *   tables without alignment, `--` an em dash;
 * - outlinePlugin and pagePlugin, on every body: the outline under the page
 *   title; heading ids and anchors, ids unique on the page, external links.
 *
 * A repair is listed in the document's data when the caller gives a list
 * (report.ts); a build gives none.
 */
import Slugger from 'github-slugger';
import type { Element, ElementContent } from 'hast';
import type { Html, Parent, Parents as MdastParents, Root, RootContent } from 'mdast';
import type { Node } from 'unist';
import type {
  HastNode,
  HastPluginDefinition,
  HastVisitorContext,
  MdastPluginDefinition,
  MdastVisitorContext,
  MdxJsxFlowElementHast,
  MdxJsxTextElementHast,
  PluginFactoryContext,
} from 'satteri';
import { balanceHtml, type BalanceEdits } from './balance-html.ts';
import {
  FOREIGN,
  hasAlignment,
  headingLevel,
  inPlaceElement,
  isHtmlName,
  jsxHeadingAsElement,
  mayNeedElementRepair,
  PREFORMATTED,
  propertyText,
  repairElement,
  repairOutline,
  trimLineEnds,
  type BodyNode,
  type JsxElement,
} from './body-html.ts';
import { mayHoldTags } from './html-tags.ts';
import { logReport, type Report } from './report.ts';
import { movedHref, uniqueIds } from './unique-ids.ts';

/**
 * Raw HTML balanced before Sätteri parses it (balance-html.ts). MDX has JSX,
 * which is balanced by its syntax. Only the html nodes are visited; the rules
 * then run on the part of the tree that holds them (the other nodes change
 * nothing there), which spares building the whole tree in JavaScript.
 */
export function balancePlugin({ source, sourceFormat }: PluginFactoryContext): MdastPluginDefinition | null {
  if (sourceFormat !== 'markdown' || !mayHoldTags(source)) return null;
  const found: { node: Html; ancestors: MdastParents[] }[] = [];
  return {
    name: 'balance-html',
    html(node, ctx) {
      const ancestors: MdastParents[] = [];
      for (let parent: MdastParents | undefined = ctx.parent(node); parent; parent = ctx.parent(parent))
        ancestors.push(parent);
      found.push({ node, ancestors });
    },
    after(_root, ctx) {
      const { root, originals } = treeOf(found);
      balanceHtml(root, queuedBalance(ctx, originals), logReport(ctx.data));
    },
  };
}

/** The html nodes in their containers, as a tree of their own (in document order), and each container's original. */
function treeOf(found: readonly { node: Html; ancestors: readonly MdastParents[] }[]) {
  const copies = new Map<MdastParents, Parent>();
  const originals = new Map<Parent, MdastParents>();
  let root: Parent = { type: 'root', children: [] };
  for (const { node, ancestors } of found) {
    let child: Node = node;
    for (const ancestor of ancestors) {
      const known = copies.get(ancestor);
      const copy = known ?? { type: ancestor.type, children: [] };
      if (copy.children.at(-1) !== child) copy.children.push(child as RootContent);
      if (known) break;
      copies.set(ancestor, copy);
      originals.set(copy, ancestor);
      if (ancestor.type === 'root') root = copy;
      child = copy;
    }
  }
  return { root: root as Root, originals };
}

function queuedBalance(ctx: MdastVisitorContext, originals: ReadonlyMap<Parent, MdastParents>): BalanceEdits {
  return {
    setHtml: (node, value) => ctx.setProperty(node, 'value', value),
    toText: (node) => ctx.replaceNode(node, { type: 'text', value: node.value }),
    remove: (node) => ctx.removeNode(node),
    appendHtml: (parent, value) => {
      const original = originals.get(parent);
      if (original) ctx.appendChild(original, { type: 'html', value } satisfies Html);
    },
  };
}

/** A table's column alignment left out (body-html.ts, hasAlignment). */
export const tablePlugin: MdastPluginDefinition = {
  name: 'table-alignment',
  table(node, ctx) {
    if (hasAlignment(node)) ctx.replaceNode(node, { ...node, align: node.align?.map(() => null) ?? null });
  },
};

/**
 * `--` between words an em dash, as remark-smartypants made it (Sätteri's own
 * smart punctuation makes it an en dash and `---` an em dash, so its dashes are
 * off: index.ts); longer runs of hyphens stay as written.
 */
export function dashesPlugin({ source }: PluginFactoryContext): MdastPluginDefinition | null {
  if (!source.includes('--')) return null;
  return {
    name: 'dashes',
    text(node, ctx) {
      const value = node.value.replace(/(?<!-)--(?!-)/g, '\u2014');
      if (value !== node.value) ctx.setProperty(node, 'value', value);
    },
  };
}

/**
 * The elements repaired (body-html.ts) in the bodies that may need it. Every
 * element is visited (Sätteri reads its properties only when asked); where an
 * element is (inside SVG, inside `<pre>`, inside an element that went) is
 * looked up through its ancestors only when it can matter.
 */
export function bodyHtmlPlugin({ source }: PluginFactoryContext): HastPluginDefinition | null {
  if (!mayNeedElementRepair(source)) return null;
  const mayHoldForeign = mayHoldForeignContent(source);
  /** Elements that went or were replaced, as `ctx.parent` gives them to their children. */
  const gone = new Set<object>();
  let report: Report | undefined;
  const visit = (node: Element | MdxJsxFlowElementHast | MdxJsxTextElementHast, ctx: HastVisitorContext) => {
    const original = node as unknown as BodyNode;
    const copy = copyOf(original);
    if (!copy) return;
    const { foreign, left } = gone.size > 0 || mayHoldForeign ? whereabouts(node, ctx, gone) : NOWHERE;
    if (left) return;
    const heading = jsxHeadingAsElement(original);
    const current = heading ? (heading as unknown as BodyNode) : copy;
    const element = inPlaceElement(current);
    if (!element) return;
    report ??= logReport(ctx.data);
    const parent = () => ctx.parent(node) as unknown as BodyNode;
    const repaired = repairElement(element, { report, foreign, parent, view: inPlaceElement });
    if (repaired === current && heading) ctx.replaceNode(node, repaired as unknown as HastNode);
    else if (repaired === current) sendChanges(ctx, original, copy);
    else {
      const children = (node.children ?? []) as HastNode[];
      if (children[0]) gone.add(ctx.parent(children[0]) as object);
      if (repaired === null) ctx.removeNode(node);
      else ctx.replaceNode(node, repaired as unknown as HastNode);
    }
  };
  return {
    name: 'body-html',
    element: { filter: [], visit },
    mdxJsxFlowElement: { filter: [], visit },
    mdxJsxTextElement: { filter: [], visit },
    text(node, ctx) {
      const value = trimLineEnds(node.value);
      if (value === node.value) return;
      const { preformatted, left } = whereabouts(node, ctx, gone);
      if (!preformatted && !left) ctx.setProperty(node, 'value', value);
    },
  };
}

const NOWHERE = { foreign: false, preformatted: false, left: false };

/** Whether a node is inside SVG or MathML, inside PREFORMATTED text, or inside an element that went. */
function whereabouts(node: HastNode, ctx: HastVisitorContext, gone: ReadonlySet<object>) {
  const where = { ...NOWHERE };
  for (let parent = ctx.parent(node); parent && parent.type !== 'root'; parent = ctx.parent(parent)) {
    if (gone.has(parent)) where.left = true;
    if (parent.type !== 'element') continue;
    if (FOREIGN.has(parent.tagName)) where.foreign = true;
    if (PREFORMATTED.has(parent.tagName)) where.preformatted = true;
  }
  return where;
}

/** A copy of an HTML element (or lower-case JSX element) to repair; undefined for any other node. */
function copyOf(node: BodyNode): BodyNode | undefined {
  // Children as they are, and read only when a rule asks (Sätteri builds them on first read).
  if (node.type === 'element') {
    const { tagName, properties } = node as unknown as Element;
    return {
      type: 'element',
      tagName,
      properties: { ...properties },
      get children() {
        return node.children ?? [];
      },
    } as BodyNode;
  }
  if (
    (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
    isHtmlName((node as JsxElement).name)
  ) {
    const { type, name, attributes, data } = node as JsxElement & { data?: unknown };
    return {
      type,
      name,
      attributes: attributes.map((a) => ({ ...a })),
      ...(data !== undefined && { data }),
      get children() {
        return node.children ?? [];
      },
    } as JsxElement;
  }
  return undefined;
}

/** The command that makes `original` what its copy became, if it changed. */
function sendChanges(ctx: HastVisitorContext, original: BodyNode, copy: BodyNode): void {
  if (original.type === 'element') {
    const before = original as unknown as Element;
    const after = copy as unknown as Element;
    if (after.tagName !== before.tagName) {
      ctx.replaceNode(before, { ...after, children: before.children });
      return;
    }
    // The copy shares what did not change, so an unchanged value is the same value.
    for (const key of new Set([...Object.keys(before.properties), ...Object.keys(after.properties)])) {
      const value = after.properties[key];
      if (value !== before.properties[key]) ctx.setProperty(before, key, value ?? null);
    }
    return;
  }
  const before = original as JsxElement;
  const after = copy as JsxElement;
  if (after.name !== before.name || JSON.stringify(after.attributes) !== JSON.stringify(before.attributes))
    ctx.replaceNode(before as unknown as HastNode, { ...after, children: before.children } as unknown as HastNode);
}

/** What pagePlugin needs to know of the site. */
export interface PageOptions {
  /** The site's host: absolute links to it are not external. */
  siteHost: string;
  /** Ids the pages around a body use. */
  reserved: readonly string[];
  /** `rel` of links to other sites. */
  externalRel: readonly string[];
  /** The class of the link a heading's text becomes. */
  anchorClass: string;
}

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

type HeadingNode = Element | MdxJsxFlowElementHast | MdxJsxTextElementHast;

/** The pictures of a body Astro makes files for: Markdown images it collected (`ctx.data.astro`), not raw <img>. */
function madeByAstro(ctx: HastVisitorContext, src: unknown): boolean {
  const astro = ctx.data['astro'] as { localImagePaths?: Set<string>; remoteImagePaths?: Set<string> } | undefined;
  if (typeof src !== 'string' || !astro) return false;
  let path: string;
  try {
    path = decodeURI(src);
  } catch {
    return false;
  }
  return (astro.localImagePaths?.has(path) ?? false) || (astro.remoteImagePaths?.has(path) ?? false);
}

/**
 * Pictures in a body say how wide they are on screen (`sizes`), before Astro
 * makes their files and `srcset` from what the <img> carries. Only those Astro
 * makes files for: `sizes` without `srcset` is invalid HTML.
 */
export function pictureSizesPlugin(sizes: string) {
  return ({ source }: PluginFactoryContext): HastPluginDefinition | null => {
    if (!source.includes('![')) return null;
    return {
      name: 'picture-sizes',
      element: {
        filter: ['img'],
        visit(node, ctx) {
          if (madeByAstro(ctx, node.properties?.['src'])) ctx.setProperty(node, 'sizes', sizes);
        },
      },
    };
  };
}

/**
 * The outline under the page title (body-html.ts, repairOutline), on every
 * body: its headings visited, then each one that moves renamed. Not headings
 * inside SVG or MathML, which are not the page's.
 */
export function outlinePlugin({ source }: PluginFactoryContext): HastPluginDefinition {
  const mayHoldForeign = mayHoldForeignContent(source);
  const headings: { node: HeadingNode; level: number }[] = [];
  const visit = (node: HeadingNode, ctx: HastVisitorContext) => {
    const level = headingLevel(node.type === 'element' ? node.tagName : (node.name ?? ''));
    if (level !== undefined && !(mayHoldForeign && whereabouts(node, ctx, new Set()).foreign))
      headings.push({ node, level });
  };
  return {
    name: 'outline',
    element: { filter: HEADINGS, visit },
    mdxJsxFlowElement: { filter: HEADINGS, visit },
    mdxJsxTextElement: { filter: HEADINGS, visit },
    after(_root, ctx) {
      const levels = repairOutline(headings, logReport(ctx.data));
      headings.forEach(({ node, level }, i) => {
        const final = levels[i] ?? level;
        if (final === level) return;
        const name = `h${final}`;
        if (node.type === 'element')
          ctx.replaceNode(node, {
            ...node,
            properties: keptProperties(node.properties),
            tagName: name,
            children: node.children,
          });
        else ctx.replaceNode(node, { ...node, name, children: node.children });
      });
    },
  };
}

interface Identified {
  node: Element;
  /** The id as written, or a heading's from its text. */
  given: string;
  heading?: { text: string; hasLink: boolean; written: boolean };
}

/**
 * On every body, what rehype plugins did before (rehype-slug,
 * rehype-autolink-headings, rehype-external-links and the site's own): one
 * visit of the elements, then, once the body is known, the changes:
 * - ids: each heading's from its text (github-slugger, as rehype-slug and
 *   Astro do), all of them unique on the page (unique-ids.ts), and the body's
 *   links to a changed id following it;
 * - the heading's text as a link to it (its accessible name is the heading's,
 *   said once), unless it holds a link already;
 * - `rel` on links to other sites; no `target`: links open in the same tab;
 * - each table in a box that scrolls it sideways (tableScroller).
 */
export function pagePlugin(options: PageOptions) {
  const external = externalTest(options.siteHost);
  return (): HastPluginDefinition => {
    const identified: Identified[] = [];
    const links: Element[] = [];
    const tables: Element[] = [];
    return {
      name: 'ids-anchors-links',
      element: {
        filter: [],
        visit(node, ctx) {
          const { properties } = node;
          if (headingLevel(node.tagName) !== undefined) {
            const written = propertyText(properties['id']);
            identified.push({
              node,
              given: written ?? '',
              heading: { text: ctx.textContent(node), hasLink: holdsLink(node), written: Boolean(written) },
            });
            return;
          }
          const id = properties['id'];
          if (id !== undefined && id !== null) identified.push({ node, given: String(id) });
          if (node.tagName === 'a') links.push(node);
          else if (node.tagName === 'table') tables.push(node);
        },
      },
      after(_root, ctx) {
        const slugger = new Slugger();
        for (const entry of identified)
          if (entry.heading && !entry.heading.written) entry.given = slugger.slug(entry.heading.text);
        const { ids, moved } = uniqueIds(
          identified.map((e) => e.given),
          options.reserved,
        );
        identified.forEach(({ node, given, heading }, i) => {
          const id = ids[i];
          if (heading) sendHeading(ctx, node, id, heading.hasLink, options.anchorClass);
          else if (id !== given) ctx.setProperty(node, 'id', id ?? null);
        });
        for (const link of links) {
          const href = link.properties['href'];
          if (typeof href !== 'string') continue;
          const target = movedHref(href, moved);
          if (target !== undefined) ctx.setProperty(link, 'href', target);
          else if (external(href)) ctx.setProperty(link, 'rel', [...options.externalRel]);
        }
        tables.forEach((table, i) => ctx.wrapNode(table, tableScroller(ctx, table, i + 1, tables.length)));
      },
    };
  };
}

/**
 * A wide table scrolls sideways on its own, inside this box, not the page. The
 * keyboard must reach it to scroll it (WCAG 2.1.1), so it is focusable, and so
 * a region named by the table's caption, or by its place among the body's
 * tables: regions with one name would be indistinguishable in a list of them.
 * (A `section` with a name is a region landmark.)
 */
function tableScroller(ctx: HastVisitorContext, table: Element, position: number, count: number): Element {
  const caption = table.children.find((c): c is Element => c.type === 'element' && c.tagName === 'caption');
  const text = caption ? ctx.textContent(caption).trim() : '';
  const name = text || (count > 1 ? `Table ${position}` : 'Table');
  return {
    type: 'element',
    tagName: 'section',
    properties: { className: ['table-scroll'], ariaLabel: name, tabIndex: 0 },
    children: [],
  };
}

/** A heading's id, and its text as the link to it. */
function sendHeading(
  ctx: HastVisitorContext,
  node: Element,
  id: string | undefined,
  hasLink: boolean,
  anchorClass: string,
): void {
  if (id === undefined || hasLink) {
    if (id !== propertyText(node.properties['id'])) ctx.setProperty(node, 'id', id ?? null);
    return;
  }
  const anchor: Element = {
    type: 'element',
    tagName: 'a',
    properties: { className: [anchorClass], href: `#${id}` },
    children: node.children,
  };
  ctx.replaceNode(node, { ...node, properties: { ...keptProperties(node.properties), id }, children: [anchor] });
}

/**
 * A heading's properties as a later plugin should write them back when it
 * replaces the heading. An attribute an earlier plugin removed (a `style` or
 * `on*` the CSP blocks, an obsolete `align`) still reads here, as "": written
 * back, it would come out as `<h2 style="">`. No attribute of a heading means
 * anything when empty, so empty ones are left out.
 */
function keptProperties(properties: Element['properties']): Element['properties'] {
  return Object.fromEntries(Object.entries(properties).filter(([, value]) => value !== ''));
}

function holdsLink(node: { children?: readonly unknown[] }): boolean {
  return (node.children ?? []).some((c) => {
    const child = c as ElementContent;
    return child.type === 'element' && (child.tagName === 'a' || holdsLink(child));
  });
}

/** Whether a text may hold SVG or MathML, whose elements are not HTML's. */
const mayHoldForeignContent = (source: string) => /<(?:svg|math)[\s/>]/i.test(source);

/** Whether a link goes to another site, as rehype-external-links tells: http(s) or protocol-relative, another host. */
function externalTest(siteHost: string): (href: string) => boolean {
  return (href) => {
    const absolute = /^[a-zA-Z][a-zA-Z\d+\-.]*?:/.test(href) && !/^[a-zA-Z]:\\/.test(href);
    const web = absolute ? ['http', 'https'].includes(href.slice(0, href.indexOf(':'))) : href.startsWith('//');
    return web && hostOf(href) !== siteHost;
  };
}

function hostOf(href: string): string | undefined {
  try {
    return new URL(href.startsWith('//') ? `https:${href}` : href).host;
  } catch {
    return undefined;
  }
}
