/**
 * What the check needs from a body, read once per file from its syntax tree
 * (mdast; MDX bodies with the MDX extensions, so components, expressions and
 * code are told apart as MDX itself tells them): the links and images it
 * holds, the components it uses, and where `npm run new`'s placeholder still
 * stands. Per file and remembered with the file's other results
 * (src/node/check-cache.ts); the cross-file rules in warnings.ts work on
 * these facts alone.
 */
import type { Program } from 'estree';
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown, type MdxJsxAttribute, type MdxJsxExpressionAttribute } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { readBody, readTree } from '../excerpt.ts';
import { parseMarkdown } from '../markdown-tree.ts';
import { countWords, readingMinutes } from '../reading-time.ts';
import { PLACEHOLDER_MARK } from '../placeholder.ts';
import type { ContentKind } from './check-file.ts';

export interface BodyLink {
  href: string;
  line: number;
}

export interface BodyImage {
  src: string;
  line: number;
}

export interface BodyComponent {
  /** `Callout` for `<Callout ...>`. */
  name: string;
  /** Attributes given as text, `name="value"`. */
  text: Record<string, string>;
  /** Attributes given as an expression, `name={...}`, or with no value. */
  other: string[];
  line: number;
}

export interface BodyFacts {
  links: BodyLink[];
  images: BodyImage[];
  /** Components (capitalised tags) used in the body. */
  components: BodyComponent[];
  /** Names an MDX body imports itself. */
  imports: string[];
  /** Where npm run new's placeholder paragraph still stands. */
  placeholderLine?: number;
  /** An MDX body that MDX cannot read, with the reason and its line. */
  unreadable?: { reason: string; line: number };
}

const COMPONENT = /^[A-Z][A-Za-z0-9]*$/;
/** An HTML tag in a Markdown (not MDX) body, and its attributes. */
const HTML_TAG = /<([A-Za-z][A-Za-z0-9]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const HTML_ATTRIBUTE = /([A-Za-z_:][-A-Za-z0-9_:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|\{[^}]*\}|([^\s"'=<>`]+)))?/g;

/** Anything the facts look for: a body without it has none, and need not be parsed for them. */
const CANDIDATE = new RegExp(`\\]\\(|\\]:|<|${PLACEHOLDER_MARK}`);

/** What an entry shows of its body besides the page: the summary lists show, an event's plain text (its .ics), an article's reading time. */
export interface BodyText {
  summary: string;
  /** Events only. */
  text?: string;
  /** Articles only: minutes to read the body (reading-time.ts). The number, not the text: the content store is kept small. */
  readingMinutes?: number;
}

/**
 * A body's facts and text from one parse: the check reads each file once, and
 * the loader stores the text it found (src/loaders/checked-content.ts). The
 * body starts on file line `bodyLine`; `summary` is the writer's own, if any.
 * Every body is parsed whole, as an article's reading time counts all its words.
 */
export function readEntryBody(
  body: string,
  { kind, mdx, bodyLine, summary }: { kind: ContentKind; mdx: boolean; bodyLine: number; summary: string | undefined },
): { facts: BodyFacts; text: BodyText } {
  const candidates = CANDIDATE.test(body);
  if (mdx) {
    // Summaries and words read MDX as Markdown with its code left out (excerpt.ts); the facts need MDX's own syntax.
    const facts = candidates ? bodyFacts(body, { mdx, bodyLine }) : emptyFacts();
    return { facts, text: shownText(kind, readBody(body, summary, { mdx })) };
  }
  const tree = parseMarkdown(body, { positions: true });
  return { facts: candidates ? factsOf(tree, bodyLine) : emptyFacts(), text: shownText(kind, readTree(tree, summary)) };
}

/** What the site keeps of a body: an event's text, an article's words counted (the text itself is not kept). */
function shownText(kind: ContentKind, { summary, text }: { summary: string; text: string }): BodyText {
  return kind === 'event' ? { summary, text } : { summary, readingMinutes: readingMinutes(countWords(text)) };
}

const emptyFacts = (): BodyFacts => ({ links: [], images: [], components: [], imports: [] });

/**
 * The facts of a body that starts on file line `bodyLine`. MDX bodies are read
 * as MDX; Markdown bodies as the page reads them (GitHub-flavoured), with the tags of raw HTML read too.
 */
export function bodyFacts(body: string, { mdx, bodyLine }: { mdx: boolean; bodyLine: number }): BodyFacts {
  let tree: Root;
  try {
    tree = mdx
      ? fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] })
      : parseMarkdown(body, { positions: true });
  } catch (error) {
    const cause = error as { reason?: string; message: string; line?: number; place?: { line?: number } };
    const line = cause.line ?? cause.place?.line ?? 1;
    return { ...emptyFacts(), unreadable: { reason: cause.reason ?? cause.message, line: bodyLine + line - 1 } };
  }
  return factsOf(tree, bodyLine);
}

function factsOf(tree: Root, bodyLine: number): BodyFacts {
  const facts = emptyFacts();
  const lineOf = (node: Nodes) => bodyLine + (node.position?.start.line ?? 1) - 1;
  const visit = (node: Nodes) => {
    switch (node.type) {
      case 'code':
      case 'inlineCode':
        return; // a component or link written as code is text
      case 'link':
        facts.links.push({ href: node.url, line: lineOf(node) });
        break;
      case 'definition':
        facts.links.push({ href: node.url, line: lineOf(node) });
        break;
      case 'image':
        facts.images.push({ src: node.url, line: lineOf(node) });
        break;
      case 'text':
        if (facts.placeholderLine === undefined && node.value.includes(PLACEHOLDER_MARK))
          facts.placeholderLine = lineOf(node);
        break;
      case 'html':
        readHtml(node.value, lineOf(node), facts);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        readJsx(node.name ?? '', node.attributes, lineOf(node), facts);
        break;
      case 'mdxjsEsm':
        facts.imports.push(...importedNames(node.data?.estree));
        break;
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return facts;
}

function readJsx(
  name: string,
  attributes: (MdxJsxAttribute | MdxJsxExpressionAttribute)[],
  line: number,
  facts: BodyFacts,
): void {
  const text: Record<string, string> = {};
  const other: string[] = [];
  for (const attribute of attributes) {
    if (attribute.type !== 'mdxJsxAttribute') continue;
    if (typeof attribute.value === 'string') text[attribute.name] = attribute.value;
    else other.push(attribute.name);
  }
  record({ name, text, other, line }, facts);
}

/** Tags in raw HTML: links, images, and component tags (which only work in MDX). */
function readHtml(html: string, line: number, facts: BodyFacts): void {
  for (const tag of html.matchAll(HTML_TAG)) {
    const [, name = '', rest = ''] = tag;
    const text: Record<string, string> = {};
    const other: string[] = [];
    for (const [, key = '', double, single, bare] of rest.matchAll(HTML_ATTRIBUTE)) {
      const value = double ?? single ?? bare;
      if (value === undefined) other.push(key);
      else text[key] = value;
    }
    const newlines = html.slice(0, tag.index).match(/\n/g)?.length ?? 0;
    record({ name, text, other, line: line + newlines }, facts);
  }
}

function record(tag: BodyComponent, facts: BodyFacts): void {
  const lower = tag.name.toLowerCase();
  const href = tag.text['href'];
  const src = tag.text['src'];
  if (lower === 'a' && href !== undefined) facts.links.push({ href, line: tag.line });
  if (lower === 'img' && src !== undefined) facts.images.push({ src, line: tag.line });
  if (COMPONENT.test(tag.name)) facts.components.push(tag);
}

/** The local names an ESM block binds with `import`. */
function importedNames(program: Program | null | undefined): string[] {
  return (program?.body ?? []).flatMap((statement) =>
    statement.type === 'ImportDeclaration' ? statement.specifiers.map((s) => s.local.name) : [],
  );
}
