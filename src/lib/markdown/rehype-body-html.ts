/**
 * A body's HTML, made fit for the page it goes into. Runs after rehype-raw, on
 * the parsed tree (and on MDX's lower-case JSX elements, which are HTML too):
 *
 * - Headings: the page title is the page's one `<h1>`. A body with an `<h1>`
 *   has each of its headings moved one level down (`<h1>` to `<h2>`, `<h2>` to
 *   `<h3>`...), so its outline stays as the writer made it, under the title;
 *   and a heading more than one level below the one before it (an `<h3>` right
 *   under the title) moves up to close the gap, which screen readers' lists of
 *   headings would show as a missing level.
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
 * Each repair is reported (src/lib/markdown/report.ts); `npm run check` prints
 * them with file and line.
 */
import type { Element, ElementContent, Root } from 'hast';
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import { embedPageUrl } from './embed-link.ts';
import {
  BLOCK_CONTAINERS,
  FLOW_ONLY,
  isObsoleteAttribute,
  OBSOLETE_ELEMENTS,
  SIZED_ELEMENTS,
} from './html-elements.ts';
import { reportRepair } from './report.ts';

/** An MDX JSX element as it stands in hast (mdast-util-mdx-jsx). */
interface JsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: Node[];
  position?: Position;
}

interface Node {
  type: string;
  children?: Node[];
  position?: Position;
}

/** One attribute of an element, whichever tree it is in. */
interface Attribute {
  /** Lower case, as in HTML. */
  name: string;
  value: string | undefined;
  remove: () => void;
  set: (value: string) => void;
}

/** A hast element or a lower-case MDX JSX element, seen the same way. */
interface HtmlElement {
  node: Element | JsxElement;
  name: string;
  attributes: () => Attribute[];
  rename: (name: string) => void;
  /** Keeps only the attributes `keep` accepts; returns the names left out. */
  keepAttributes: (keep: (name: string) => boolean) => string[];
}

const HEADING = /^h([1-6])$/;
const EMBEDS = new Set(['applet', 'audio', 'embed', 'frame', 'iframe', 'object', 'video']);
const HEAD_ONLY = new Set(['base', 'link', 'meta']);
const FOREIGN = new Set(['math', 'svg']);
// hast names xlink:href `xLinkHref`, which reads 'xlinkhref' in lower case.
const URL_ATTRIBUTES = new Set(['action', 'formaction', 'href', 'src', 'xlink:href', 'xlinkhref']);
const GLOBAL_ATTRIBUTE =
  /^(?:class|classname|dir|hidden|id|lang|role|title|translate|aria-.*|aria[a-z]+|data-.*|data[a-z]+)$/;

export default function rehypeBodyHtml() {
  return (tree: Root, file: VFile) => {
    repairChildren(tree as unknown as Node, { file, foreign: false, preformatted: false });
    repairOutline(tree as unknown as Node, file);
  };
}

interface Context {
  file: VFile;
  /** Inside SVG or MathML, which have attributes of their own. */
  foreign: boolean;
  /** Inside `<pre>` or `<textarea>`, where spaces show. */
  preformatted: boolean;
}

/** The body's headings in document order (not those inside SVG or MathML). */
function headings(node: Node, out: HtmlElement[] = []): HtmlElement[] {
  const element = htmlElement(node);
  if (element && FOREIGN.has(element.name)) return out;
  if (element && HEADING.test(element.name)) out.push(element);
  for (const child of node.children ?? []) headings(child, out);
  return out;
}

function repairOutline(tree: Node, file: VFile): void {
  const all = headings(tree);
  const level = (heading: HtmlElement) => Number(HEADING.exec(heading.name)?.[1]);
  const shift = all.some((heading) => level(heading) === 1) ? 1 : 0;
  // The page title is the level-1 heading before the body.
  let previous = 1;
  for (const heading of all) {
    const written = level(heading);
    const moved = Math.min(written + shift, 6);
    const final = Math.min(moved, previous + 1);
    previous = final;
    if (final === written) continue;
    heading.rename(`h${final}`);
    const place = heading.node.position;
    if (written === 1)
      reportRepair(file, `<h1> in the body became <h2> (the page title is the only h1)`, place, 'heading-h1');
    else if (final === moved)
      reportRepair(
        file,
        `<h${written}> in the body became <h${final}>, to keep the outline under the page title, as the body has an <h1>`,
        place,
        'heading-demoted',
      );
    else
      reportRepair(
        file,
        `<h${written}> in the body became <h${final}>: a heading goes at most one level below the one before it, or readers' outline has a gap`,
        place,
        'heading-gap',
      );
  }
}

function repairChildren(parent: Node, context: Context): void {
  const children = parent.children ?? [];
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!;
    const element = htmlElement(node);
    if (!element) {
      if (node.type === 'text' && !context.preformatted) {
        const text = node as unknown as { value: string };
        text.value = text.value.replace(/[ \t]+(?=\r?\n)/g, '');
      }
      // Components in MDX and other nodes: their content may hold HTML.
      if (node.children) repairChildren(node, context);
      continue;
    }
    if (node.type !== 'element' && HEADING.test(element.name)) {
      // An MDX heading written as JSX becomes an element, so it gets an id and an anchor like the others.
      const heading = jsxHeadingAsElement(node as unknown as JsxElement);
      if (heading) {
        children[i] = heading as unknown as Node;
        i--;
        continue;
      }
    }
    const replacement = repairElement(element, parent, context);
    if (replacement === null) {
      children.splice(i--, 1);
      continue;
    }
    children[i] = replacement;
    if (replacement === node)
      repairChildren(node, {
        ...context,
        foreign: context.foreign || FOREIGN.has(element.name),
        preformatted: context.preformatted || element.name === 'pre' || element.name === 'textarea',
      });
  }
}

/** The repaired element, another node in its place, or null when it goes. */
function repairElement(element: HtmlElement, parent: Node, context: Context): Node | null {
  const { file } = context;
  const { node, name } = element;
  const place = node.position;
  if (name === 'script') {
    reportRepair(
      file,
      `a <script> was left out: ${CSP_BLOCKS} scripts in a page's text, so it would never run`,
      place,
      'csp-script',
    );
    return null;
  }
  if (name === 'style') {
    reportRepair(
      file,
      `a <style> element was left out: ${CSP_BLOCKS} styles in a page's text, so it would never apply`,
      place,
      'csp-style',
    );
    return null;
  }
  if (HEAD_ONLY.has(name)) {
    reportRepair(
      file,
      `a <${name}> was left out: it belongs in a page's head, not in its text`,
      place,
      'html-head-element',
    );
    return null;
  }
  if (!context.foreign && EMBEDS.has(name)) return embedLink(element, parent, context);
  if (!context.foreign && name in OBSOLETE_ELEMENTS) {
    const replacement = OBSOLETE_ELEMENTS[name];
    // MDX's JSX in a sentence is phrasing: a <center> there becomes a <span>, not a <div>.
    const modern =
      replacement && node.type === 'mdxJsxTextElement' && FLOW_ONLY.has(replacement) ? 'span' : replacement;
    if (!modern) {
      reportRepair(
        file,
        `<${name}> is obsolete HTML that browsers no longer show, so it was left out`,
        place,
        'html-obsolete-element',
      );
      return null;
    }
    element.rename(modern);
    const dropped = element.keepAttributes((attribute) => GLOBAL_ATTRIBUTE.test(attribute));
    const without = dropped.length ? `, without its ${dropped.join(', ')}` : '';
    reportRepair(file, `<${name}> is obsolete HTML and became <${modern}>${without}`, place, 'html-obsolete-element');
  }
  // <svg> and <math> have attributes of their own.
  repairAttributes(element, { ...context, foreign: context.foreign || FOREIGN.has(name) });
  return node as unknown as Node;
}

const CSP_BLOCKS = "the site's Content-Security-Policy blocks";

function repairAttributes(element: HtmlElement, { file, foreign }: Context): void {
  const { name: tag, node } = element;
  const place = node.position;
  for (const attribute of element.attributes()) {
    const { name, value } = attribute;
    // As written, for the few attributes whose value tells the writer something.
    const as = `${name}${value === undefined ? '' : `="${value.length > 40 ? `${value.slice(0, 37)}...` : value}"`}`;
    if (name === 'style') {
      attribute.remove();
      reportRepair(file, `style on <${tag}> was left out: ${CSP_BLOCKS} inline styles`, place, 'csp-style-attribute');
    } else if (name.startsWith('on')) {
      attribute.remove();
      reportRepair(
        file,
        `${name} on <${tag}> was left out: ${CSP_BLOCKS} event handlers in a page's text`,
        place,
        'csp-event-handler',
      );
    } else if (URL_ATTRIBUTES.has(name) && /^\s*javascript:/i.test(value ?? '')) {
      attribute.remove();
      reportRepair(
        file,
        `the javascript: address on <${tag}> was left out: ${CSP_BLOCKS} it`,
        place,
        'csp-javascript-url',
      );
    } else if (foreign) {
      continue;
    } else if (name === 'target' && (tag === 'a' || tag === 'area' || tag === 'form')) {
      attribute.remove();
      reportRepair(
        file,
        `${as} on <${tag}> was left out: links in the text open in the same tab`,
        place,
        'link-target',
      );
    } else if (tag === 'a' && name === 'name') {
      attribute.remove();
      const hasId = element.attributes().some((a) => a.name === 'id');
      if (!hasId && value) {
        setAttribute(element, 'id', value);
        reportRepair(file, `${as} on <a> is obsolete HTML and became id="${value}"`, place, 'html-obsolete-attribute');
      } else reportRepair(file, `${as} on <a> is obsolete HTML and was left out`, place, 'html-obsolete-attribute');
    } else if ((name === 'width' || name === 'height') && SIZED_ELEMENTS.has(tag)) {
      const pixels = /^\s*(\d+)(?:\.\d+)?\s*(?:px)?\s*$/i.exec(value ?? '');
      if (pixels?.[1] === value) continue;
      if (pixels?.[1]) attribute.set(pixels[1]);
      else attribute.remove();
      const became = pixels?.[1] ? `became ${name}="${pixels[1]}"` : 'was left out';
      reportRepair(file, `${as} on <${tag}> is not a size in pixels and ${became}`, place, 'html-size');
    } else if (isObsoleteAttribute(tag, name)) {
      attribute.remove();
      reportRepair(file, `${name} on <${tag}> is obsolete HTML and was left out`, place, 'html-obsolete-attribute');
    }
  }
}

function setAttribute(element: HtmlElement, name: string, value: string): void {
  const { node } = element;
  if (node.type === 'element') node.properties[name] = value;
  else node.attributes.push({ type: 'mdxJsxAttribute', name, value });
}

/** A link to what a frame, video or object shows, in its place (in a paragraph of its own at block level). */
function embedLink(element: HtmlElement, parent: Node, { file }: Context): Node | null {
  const { node, name } = element;
  const attributes = element.attributes();
  const attribute = (key: string) => attributes.find((a) => a.name === key)?.value;
  const sourceChild = (node.children as Node[]).map(htmlElement).find((child) => child?.name === 'source');
  const src =
    attribute(name === 'object' ? 'data' : 'src') ?? sourceChild?.attributes().find((a) => a.name === 'src')?.value;
  const href = src === undefined ? undefined : embedPageUrl(src);
  const why = `${CSP_BLOCKS} ${name === 'audio' || name === 'video' ? 'media' : 'frames and objects'} from any site, so readers would see an empty box`;
  if (href === undefined) {
    reportRepair(file, `an <${name}> was left out: ${why}`, node.position, 'csp-embed');
    return null;
  }
  const host = href.startsWith('/') ? 'this site' : new URL(href).hostname;
  const kind = name === 'video' ? 'Video' : name === 'audio' ? 'Audio' : 'Embedded content';
  const text = attribute('title')?.trim() || attribute('aria-label')?.trim() || `${kind} on ${host}`;
  reportRepair(file, `an <${name}> was replaced by a link to ${href}: ${why}`, node.position, 'csp-embed');
  const link: Element = {
    type: 'element',
    tagName: 'a',
    properties: { href },
    children: [{ type: 'text', value: text }],
    ...(node.position && { position: node.position }),
  };
  const atBlockLevel =
    parent.type === 'root' ||
    parent.type === 'mdxJsxFlowElement' ||
    BLOCK_CONTAINERS.has((parent as Partial<Element>).tagName ?? '');
  return (atBlockLevel
    ? { type: 'element', tagName: 'p', properties: {}, children: [link as ElementContent] }
    : link) as unknown as Node;
}

/** A JSX heading whose attributes are all plain text, as a hast element; undefined otherwise. */
function jsxHeadingAsElement(node: JsxElement): Element | undefined {
  const properties: Element['properties'] = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined) return undefined;
    const { name, value } = attribute;
    if (value !== null && value !== undefined && typeof value !== 'string') return undefined;
    if (name === 'class' || name === 'className') properties['className'] = (value ?? '').split(/\s+/).filter(Boolean);
    else properties[name] = value ?? true;
  }
  return {
    type: 'element',
    tagName: node.name ?? 'h2',
    properties,
    children: node.children as unknown as ElementContent[],
    ...(node.position && { position: node.position }),
  };
}

/** The node as an HTML element: a hast element, or an MDX JSX element with a lower-case name. */
function htmlElement(node: Node): HtmlElement | undefined {
  if (node.type === 'element') return hastElement(node as unknown as Element);
  if (
    (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
    /^[a-z][a-z0-9-]*$/.test((node as JsxElement).name ?? '')
  )
    return jsxElement(node as unknown as JsxElement);
  return undefined;
}

function hastElement(node: Element): HtmlElement {
  return {
    node,
    name: node.tagName,
    attributes: () =>
      Object.entries(node.properties).map(([key, value]) => ({
        name: key.toLowerCase(),
        value:
          value === undefined || value === null || typeof value === 'boolean'
            ? undefined
            : Array.isArray(value)
              ? value.join(' ')
              : String(value),
        remove: () => void delete node.properties[key],
        set: (next: string) => void (node.properties[key] = next),
      })),
    rename: (name) => void (node.tagName = name),
    keepAttributes: (keep) => {
      const dropped = Object.keys(node.properties).filter((key) => !keep(key.toLowerCase()));
      for (const key of dropped) delete node.properties[key];
      return dropped.map((key) => key.toLowerCase());
    },
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
  };
}
