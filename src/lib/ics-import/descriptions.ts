/** An imported event's body: its DESCRIPTION, or Outlook's HTML one, as Markdown. */
import TurndownService from 'turndown';
import { text, type Component } from './calendar-file.ts';

const turndown = new TurndownService({
  headingStyle: 'atx',
  bulletListMarker: '-',
  codeBlockStyle: 'fenced',
  emDelimiter: '*',
});
turndown.remove(['script', 'style', 'head', 'title']);

export function htmlToMarkdown(html: string): string {
  return turndown
    .turndown(html)
    .replace(/^(\s*)([-*]|\d+\.)\s{2,}/gm, '$1$2 ') // "-   item" -> "- item"
    .replace(/^[ \t]+$/gm, '') // lines left with only the spaces of a <br>
    .replace(/[ \t]+\n(?=\n)/g, '\n') // a <br> right before a paragraph break
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function bodyOf(vevent: Component): string {
  const altDesc = vevent
    .getAllProperties('x-alt-desc')
    .find((p) => /html/i.test(String(p.getParameter('fmttype') ?? '')));
  const html = altDesc ? String(altDesc.getFirstValue() ?? '') : undefined;
  const description = text(vevent, 'description');
  const source = html?.trim() ? html : description;
  if (!source) return '';
  if (/<\/?[a-z][\w-]*(\s[^>]*)?\/?>/i.test(source)) return htmlToMarkdown(source);
  return source
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
