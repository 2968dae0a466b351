/**
 * A body's HTML, made fit for the page it goes into: the rules, once, for the
 * renderer (Sätteri, satteri-plugins.ts) and for `npm run check`, which reports
 * each repair with its line (rehype-body-html.ts, on unified's tree with
 * positions). They run on the parsed tree (raw HTML already parsed into
 * elements) and on MDX's lower-case JSX elements, which are HTML too:
 *
 * - Headings: the page title is the page's one `<h1>`. A body with an `<h1>`
 *   has each of its headings moved one level down (`<h1>` to `<h2>`, `<h2>` to
 *   `<h3>`...), so its outline stays as the writer made it, under the title;
 *   and a heading more than one level below the one before it (an `<h3>` right
 *   under the title) moves up to close the gap, which screen readers' lists of
 *   headings would show as a missing level (`repairOutline`).
 * - What the site's Content-Security-Policy (netlify.toml) blocks, which would
 *   fail silently in the reader's browser, is taken out: `<script>` and
 *   `<style>` elements, `style` and event-handler (`on...`) attributes and
 *   `javascript:` URLs. Frames, videos and objects (the policy allows none) are
 *   replaced by a link to what they show.
 * - Obsolete elements become their modern equivalent (`<center>` a `<div>`,
 *   `<font>` a `<span>`) or go; obsolete attributes (`frameborder`, `align`,
 *   `bgcolor`, `cellpadding`, `width` on a table...) are left out, and `name` on
 *   a link becomes its `id`. Sizes in pixels lose their `px`.
 * - `target` on links is left out: links in the text open in the same tab,
 *   which is what readers, and their Back button, expect.
 * - Spaces at the end of a line of text go (they show nothing, and validators
 *   flag them), except in `<pre>`.
 *
 * Here are the rules, for one element (or text) at a time, told where it is;
 * the walks that apply them are the check's (unified-plugins.ts, which changes
 * unified's tree in place) and the renderer's (satteri-plugins.ts, whose
 * changes are Sätteri's commands). tests/unit/markdown-check-parity.test.ts
 * holds the two to the same repairs.
 */
import type { Element, ElementContent } from 'hast';
import type { Position } from 'unist';
import { embedPageUrl } from './embed-link.ts';
import {
  BLOCK_CONTAINERS,
  FLOW_ONLY,
  isObsoleteAttribute,
  OBSOLETE_ELEMENTS,
  SIZED_ELEMENTS,
} from './html-elements.ts';
import { mayHoldTags } from './html-tags.ts';
import type { Report } from './report.ts';

/** Any node of the tree: hast, or MDX's nodes in it. */
export interface BodyNode {
  type: string;
  children?: BodyNode[];
  position?: Position | undefined;
}

/** An MDX JSX element as it stands in hast (mdast-util-mdx-jsx). */
export interface JsxElement extends BodyNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: BodyNode[];
}

/** One attribute of an element, whichever tree it is in. */
export interface Attribute {
  /** Lower case, as in HTML (hast's `frameBorder` is `frameborder`). */
  name: string;
  value: string | undefined;
  remove: () => void;
  set: (value: string) => void;
}

/** A hast element or a lower-case MDX JSX element, seen the same way. */
export interface HtmlElement {
  node: Element | JsxElement;
  /** The name as written; `rename` does not change it. */
  name: string;
  attributes: () => Attribute[];
  rename: (name: string) => void;
  /** Keeps only the attributes `keep` accepts; returns the names left out. */
  keepAttributes: (keep: (name: string) => boolean) => string[];
  setAttribute: (name: string, value: string) => void;
}

const HEADING = /^h([1-6])$/;
const EMBEDS = new Set(['applet', 'audio', 'embed', 'frame', 'iframe', 'object', 'video']);
const HEAD_ONLY = new Set(['base', 'link', 'meta']);
export const FOREIGN = new Set(['math', 'svg']);
// hast names xlink:href `xLinkHref`, which reads 'xlinkhref' in lower case.
const URL_ATTRIBUTES = new Set(['action', 'formaction', 'href', 'src', 'xlink:href', 'xlinkhref']);
const GLOBAL_ATTRIBUTE =
  /^(?:class|classname|dir|hidden|id|lang|role|title|translate|aria-.*|aria[a-z]+|data-.*|data[a-z]+)$/;
const CSP_BLOCKS = "the site's Content-Security-Policy blocks";

/** Whether a body may hold anything repairWalk repairs (raw HTML or JSX, a `javascript:` link); never false when it does. */
export const mayNeedElementRepair = (source: string) => mayHoldTags(source) || /javascript:/i.test(source);

/**
 * Whether a Markdown table has column alignment, which is left out without a
 * word to the writer: HTML's `align` is obsolete and Sätteri writes it as a
 * `style` attribute, which the CSP blocks; the Markdown itself is fine.
 */
export const hasAlignment = (table: { align?: readonly (string | null)[] | null | undefined }) =>
  table.align?.some((a) => a !== null) ?? false;

/** The level of a heading element's name (`h2`: 2), or undefined. */
export function headingLevel(name: string): number | undefined {
  const level = HEADING.exec(name)?.[1];
  return level === undefined ? undefined : Number(level);
}

/** Where an element is, as far as the rules care. */
export interface Whereabouts {
  report: Report;
  /** Inside SVG or MathML, which have attributes of their own. */
  foreign: boolean;
  /** The element's parent, which decides how a link in its place stands (asked only then). */
  parent: () => BodyNode;
  /** The node as an HTML element, read only (a frame's `<source>` children). */
  view: (node: BodyNode) => HtmlElement | undefined;
}

/** Elements whose text keeps its spaces. */
export const PREFORMATTED = new Set(['pre', 'textarea']);

/** Text without the spaces at the end of its lines (outside PREFORMATTED elements). */
export const trimLineEnds = (text: string) => text.replace(/[ \t]+(?=\r?\n)/g, '');

/**
 * The rules for one element, changed through its view: the element itself
 * (`element.node`) repaired, another node to put in its place (a link for a
 * frame), or null when it goes. Its children are the walk's to repair.
 */
export function repairElement(element: HtmlElement, where: Whereabouts): BodyNode | null {
  const { report } = where;
  const { node, name } = element;
  const place = node.position;
  if (name === 'script') {
    report(
      `a <script> was left out: ${CSP_BLOCKS} scripts in a page's text, so it would never run`,
      place,
      'csp-script',
    );
    return null;
  }
  if (name === 'style') {
    report(
      `a <style> element was left out: ${CSP_BLOCKS} styles in a page's text, so it would never apply`,
      place,
      'csp-style',
    );
    return null;
  }
  if (HEAD_ONLY.has(name)) {
    report(`a <${name}> was left out: it belongs in a page's head, not in its text`, place, 'html-head-element');
    return null;
  }
  if (!where.foreign && EMBEDS.has(name)) return embedLink(element, where);
  if (!where.foreign && name in OBSOLETE_ELEMENTS) {
    const replacement = OBSOLETE_ELEMENTS[name];
    // MDX's JSX in a sentence is phrasing: a <center> there becomes a <span>, not a <div>.
    const modern =
      replacement && node.type === 'mdxJsxTextElement' && FLOW_ONLY.has(replacement) ? 'span' : replacement;
    if (!modern) {
      report(
        `<${name}> is obsolete HTML that browsers no longer show, so it was left out`,
        place,
        'html-obsolete-element',
      );
      return null;
    }
    element.rename(modern);
    const dropped = element.keepAttributes((attribute) => GLOBAL_ATTRIBUTE.test(attribute));
    const without = dropped.length ? `, without its ${dropped.join(', ')}` : '';
    report(`<${name}> is obsolete HTML and became <${modern}>${without}`, place, 'html-obsolete-element');
  }
  // <svg> and <math> have attributes of their own.
  repairAttributes(element, report, where.foreign || FOREIGN.has(name));
  return node;
}

function repairAttributes(element: HtmlElement, report: Report, foreign: boolean): void {
  const { name: tag, node } = element;
  const place = node.position;
  for (const attribute of element.attributes()) {
    const { name, value } = attribute;
    // As written, for the few attributes whose value tells the writer something.
    const as = `${name}${value === undefined ? '' : `="${value.length > 40 ? `${value.slice(0, 37)}...` : value}"`}`;
    if (name === 'style') {
      attribute.remove();
      report(`style on <${tag}> was left out: ${CSP_BLOCKS} inline styles`, place, 'csp-style-attribute');
    } else if (name.startsWith('on')) {
      attribute.remove();
      report(
        `${name} on <${tag}> was left out: ${CSP_BLOCKS} event handlers in a page's text`,
        place,
        'csp-event-handler',
      );
    } else if (URL_ATTRIBUTES.has(name) && /^\s*javascript:/i.test(value ?? '')) {
      attribute.remove();
      report(`the javascript: address on <${tag}> was left out: ${CSP_BLOCKS} it`, place, 'csp-javascript-url');
    } else if (foreign) {
      continue;
    } else if (name === 'target' && (tag === 'a' || tag === 'area' || tag === 'form')) {
      attribute.remove();
      report(`${as} on <${tag}> was left out: links in the text open in the same tab`, place, 'link-target');
    } else if (tag === 'a' && name === 'name') {
      attribute.remove();
      const hasId = element.attributes().some((a) => a.name === 'id');
      if (!hasId && value) {
        element.setAttribute('id', value);
        report(`${as} on <a> is obsolete HTML and became id="${value}"`, place, 'html-obsolete-attribute');
      } else report(`${as} on <a> is obsolete HTML and was left out`, place, 'html-obsolete-attribute');
    } else if ((name === 'width' || name === 'height') && SIZED_ELEMENTS.has(tag)) {
      const pixels = /^\s*(\d+)(?:\.\d+)?\s*(?:px)?\s*$/i.exec(value ?? '');
      if (pixels?.[1] === value) continue;
      if (pixels?.[1]) attribute.set(pixels[1]);
      else attribute.remove();
      const became = pixels?.[1] ? `became ${name}="${pixels[1]}"` : 'was left out';
      report(`${as} on <${tag}> is not a size in pixels and ${became}`, place, 'html-size');
    } else if (isObsoleteAttribute(tag, name)) {
      attribute.remove();
      report(`${name} on <${tag}> is obsolete HTML and was left out`, place, 'html-obsolete-attribute');
    }
  }
}

/** A link to what a frame, video or object shows, for its place (in a paragraph of its own at block level); null when there is nothing to link to. */
function embedLink(element: HtmlElement, { report, parent: parentOf, view }: Whereabouts): BodyNode | null {
  const { node, name } = element;
  const attributes = element.attributes();
  const attribute = (key: string) => attributes.find((a) => a.name === key)?.value;
  const sourceChild = (node.children as BodyNode[]).map(view).find((c) => c?.name === 'source');
  const src =
    attribute(name === 'object' ? 'data' : 'src') ?? sourceChild?.attributes().find((a) => a.name === 'src')?.value;
  const href = src === undefined ? undefined : embedPageUrl(src);
  const why = `${CSP_BLOCKS} ${name === 'audio' || name === 'video' ? 'media' : 'frames and objects'} from any site, so readers would see an empty box`;
  if (href === undefined) {
    report(`an <${name}> was left out: ${why}`, node.position, 'csp-embed');
    return null;
  }
  const host = href.startsWith('/') ? 'this site' : new URL(href).hostname;
  const kind = name === 'video' ? 'Video' : name === 'audio' ? 'Audio' : 'Embedded content';
  const text = attribute('title')?.trim() || attribute('aria-label')?.trim() || `${kind} on ${host}`;
  report(`an <${name}> was replaced by a link to ${href}: ${why}`, node.position, 'csp-embed');
  const link: Element = {
    type: 'element',
    tagName: 'a',
    properties: { href },
    children: [{ type: 'text', value: text }],
    ...(node.position && { position: node.position }),
  };
  const parent = parentOf();
  const atBlockLevel =
    parent.type === 'root' ||
    parent.type === 'mdxJsxFlowElement' ||
    BLOCK_CONTAINERS.has((parent as Partial<Element>).tagName ?? '');
  return (atBlockLevel
    ? { type: 'element', tagName: 'p', properties: {}, children: [link as ElementContent] }
    : link) as unknown as BodyNode;
}

/**
 * An MDX heading written as JSX, as a hast element, so it gets an id and an
 * anchor like the others; undefined when an attribute is not plain text.
 */
export function jsxHeadingAsElement(node: BodyNode): Element | undefined {
  if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return undefined;
  const jsx = node as JsxElement;
  if (!isHtmlName(jsx.name) || headingLevel(jsx.name) === undefined) return undefined;
  const properties: Element['properties'] = {};
  for (const attribute of jsx.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined) return undefined;
    const { name, value } = attribute;
    if (value !== null && value !== undefined && typeof value !== 'string') return undefined;
    if (name === 'class' || name === 'className') properties['className'] = (value ?? '').split(/\s+/).filter(Boolean);
    else properties[name] = value ?? true;
  }
  return {
    type: 'element',
    tagName: jsx.name,
    properties,
    children: jsx.children as unknown as ElementContent[],
    ...(jsx.position && { position: jsx.position }),
  };
}

/** A heading of the body, for repairOutline: its level as written, and where it is. */
export interface OutlineHeading {
  level: number;
  position?: Position | undefined;
}

/**
 * The level each heading should have, in order, with a report of each move:
 * under the page title's h1, without an h1 of their own, without gaps.
 */
export function repairOutline(headings: readonly OutlineHeading[], report: Report): number[] {
  const shift = headings.some((heading) => heading.level === 1) ? 1 : 0;
  // The page title is the level-1 heading before the body.
  let previous = 1;
  return headings.map(({ level: written, position: place }) => {
    const moved = Math.min(written + shift, 6);
    const final = Math.min(moved, previous + 1);
    previous = final;
    if (final === written) return final;
    if (written === 1) report(`<h1> in the body became <h2> (the page title is the only h1)`, place, 'heading-h1');
    else if (final === moved)
      report(
        `<h${written}> in the body became <h${final}>, to keep the outline under the page title, as the body has an <h1>`,
        place,
        'heading-demoted',
      );
    else
      report(
        `<h${written}> in the body became <h${final}>: a heading goes at most one level below the one before it, or readers' outline has a gap`,
        place,
        'heading-gap',
      );
    return final;
  });
}

/** Whether a tag name is an HTML element's as MDX writes one (lower case), not a component's. */
export const isHtmlName = (name: string | null | undefined): name is string => /^[a-z][a-z0-9-]*$/.test(name ?? '');

/** The node as an HTML element whose view changes it in place; undefined for text, components and the like. */
export function inPlaceElement(node: BodyNode): HtmlElement | undefined {
  if (node.type === 'element') return hastElement(node as unknown as Element);
  if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && isHtmlName((node as JsxElement).name))
    return jsxElement(node as JsxElement);
  return undefined;
}

/** Hast property values as attribute text (`className: ['a', 'b']` is `a b`). */
export function propertyText(value: unknown): string | undefined {
  if (Array.isArray(value)) return value.join(' ');
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

function hastElement(node: Element): HtmlElement {
  return {
    node,
    name: node.tagName,
    attributes: () =>
      Object.entries(node.properties).map(([key, value]) => ({
        name: key.toLowerCase(),
        value: propertyText(value),
        remove: () => void delete node.properties[key],
        set: (next: string) => void (node.properties[key] = next),
      })),
    rename: (name) => void (node.tagName = name),
    keepAttributes: (keep) => {
      const dropped = Object.keys(node.properties).filter((key) => !keep(key.toLowerCase()));
      for (const key of dropped) delete node.properties[key];
      return dropped.map((key) => key.toLowerCase());
    },
    setAttribute: (name, value) => void (node.properties[name] = value),
  };
}

function jsxElement(node: JsxElement): HtmlElement {
  const named = () => node.attributes.filter((a) => a.type === 'mdxJsxAttribute' && a.name !== undefined);
  return {
    node,
    name: node.name ?? '',
    attributes: () =>
      named().map((a) => ({
        name: (a.name ?? '').toLowerCase(),
        value: typeof a.value === 'string' ? a.value : undefined,
        remove: () => void node.attributes.splice(node.attributes.indexOf(a), 1),
        set: (next: string) => void (a.value = next),
      })),
    rename: (name) => void (node.name = name),
    keepAttributes: (keep) => {
      const dropped = named().filter((a) => !keep((a.name ?? '').toLowerCase()));
      node.attributes = node.attributes.filter((a) => !dropped.includes(a));
      return dropped.map((a) => (a.name ?? '').toLowerCase());
    },
    setAttribute: (name, value) => void node.attributes.push({ type: 'mdxJsxAttribute', name, value }),
  };
}
