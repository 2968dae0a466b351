/**
 * The tags in a piece of raw HTML, as the HTML tokenizer sees them, well enough
 * to follow which elements a writer opened and closed: start and end tags with
 * their names and offsets. Comments, doctypes and the text inside `<script>`,
 * `<style>` and the other raw-text elements hold no tags.
 */
import { RAW_TEXT_ELEMENTS } from './html-elements.ts';

export interface HtmlTag {
  /** Lower-case tag name. */
  name: string;
  kind: 'start' | 'end';
  /** `<br/>`: self-closing syntax (meaningful for void and foreign elements only). */
  selfClosing: boolean;
  /** Offset of the `<` in the text. */
  offset: number;
  /** The tag as written. */
  text: string;
}

const TAG =
  /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)(?:\s(?:[^>"']|"[^"]*"|'[^']*')*?)?\s*(\/?)>|<!--[\s\S]*?(?:-->|$)|<![^>]*>|<\?[^>]*>/g;

/** An HTML (or, in MDX, JSX) tag: `<div`, `</h2>`, `<br/>`; not an autolink `<https://...>`. */
const ANY_TAG = /<\/?[a-z][a-z0-9-]*(?:[\s/>]|$)/im;

/** Whether a Markdown or MDX text may hold a tag; never false when it does. */
export const mayHoldTags = (text: string) => ANY_TAG.test(text);

export function htmlTags(html: string): HtmlTag[] {
  const tags: HtmlTag[] = [];
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const name = m[2]?.toLowerCase();
    if (name === undefined) continue; // a comment, doctype or processing instruction
    const kind = m[1] ? 'end' : 'start';
    tags.push({ name, kind, selfClosing: m[3] === '/', offset: m.index, text: m[0] });
    if (kind === 'start' && RAW_TEXT_ELEMENTS.has(name)) {
      // Everything up to the element's end tag is text.
      const end = new RegExp(`</${name}[\\s/>]`, 'ig');
      end.lastIndex = TAG.lastIndex;
      const close = end.exec(html);
      TAG.lastIndex = close ? close.index : html.length;
    }
  }
  return tags;
}
