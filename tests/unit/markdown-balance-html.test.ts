/**
 * remark-balance-html through a real processor (remark-parse, the plugin,
 * remark-rehype, rehype-raw, rehype-stringify): raw HTML a writer leaves open
 * is closed where it does least harm, and every repair is reported with its line.
 */
import { describe, expect, it } from 'vitest';
import remarkBalanceHtml from '../../src/lib/markdown/remark-balance-html.ts';
import { processMarkdown } from '../helpers/markdown.ts';

const run = (markdown: string) => processMarkdown(markdown, { remark: [remarkBalanceHtml] });
/** Without the plugin, for what the parser alone would make of it. */
const unbalanced = (markdown: string) => processMarkdown(markdown).html;

describe('a tag left open in an HTML block', () => {
  const body = 'Intro.\n\n<h2>A heading left open\n\nThe next paragraph.\n\n## After';

  it('swallows the rest of the body without the plugin', () => {
    expect(unbalanced(body)).toContain('<h2>A heading left open\n<p>The next paragraph.</p>\n</h2>');
  });

  it('is closed at the end of its block, and reported with its line', () => {
    const { html, messages } = run(body);
    expect(html).toBe('<p>Intro.</p>\n<h2>A heading left open</h2>\n<p>The next paragraph.</p>\n<h2>After</h2>');
    expect(messages).toEqual([
      '3: <h2> is never closed, so it was closed at the end of its HTML block; add </h2> where it should end',
    ]);
  });

  it('closes nested tags in order, on the line each was opened', () => {
    const { html, messages } = run('<p>\n<a href="/x/"><strong>Bold link\n\nAfter.');
    expect(html).toBe('<p>\n<a href="/x/"><strong>Bold link</strong></a>\n</p><p>After.</p>');
    expect(messages).toEqual([
      '2: <strong> is never closed, so it was closed at the end of its HTML block; add </strong> where it should end',
      '2: <a> is never closed, so it was closed at the end of its HTML block; add </a> where it should end',
    ]);
  });
});

describe('a tag left open in a paragraph', () => {
  it('makes a link of the paragraphs after it without the plugin', () => {
    expect(unbalanced('See <a href="/x/">this\n\nand this.')).toBe(
      '<p>See <a href="/x/">this</a></p><a href="/x/">\n<p>and this.</p></a>',
    );
  });

  it('is closed at the end of its paragraph', () => {
    const { html, messages } = run('See <a href="/x/">this\n\nand this.');
    expect(html).toBe('<p>See <a href="/x/">this</a></p>\n<p>and this.</p>');
    expect(messages).toEqual([
      '1: <a> is never closed, so it was closed at the end of its paragraph; add </a> where it should end',
    ]);
  });

  it('is shown as text when it is a block tag in the middle of a sentence (a tag named, not used)', () => {
    const { html, messages } = run('Use headings like <H1> and <H2>, and style them.\n\n### Next');
    expect(html).toBe('<p>Use headings like &#x3C;H1> and &#x3C;H2>, and style them.</p>\n<h3>Next</h3>');
    expect(messages).toEqual([
      "1: <H2> in the middle of a sentence is never closed, so it is shown as text; to show a tag's name, put it in backticks: `<h2>`",
      "1: <H1> in the middle of a sentence is never closed, so it is shown as text; to show a tag's name, put it in backticks: `<h1>`",
    ]);
  });

  it('leaves tags closed within the paragraph alone', () => {
    const markdown = 'Some <span class="x">marked <em>text</em></span> and <abbr title="Fast Healthcare">FHIR</abbr>.';
    const { html, messages } = run(markdown);
    expect(html).toBe(unbalanced(markdown));
    expect(messages).toEqual([]);
  });
});

describe('containers around Markdown', () => {
  it('keeps a <div> opened in one block and closed in a later one', () => {
    const markdown = '<div class="note">\n\nSome **Markdown**.\n\n</div>\n\nAfter.';
    const { html, messages } = run(markdown);
    expect(html).toBe('<div class="note">\n<p>Some <strong>Markdown</strong>.</p>\n</div>\n<p>After.</p>');
    expect(messages).toEqual([]);
  });

  it('keeps a <div> opened in a sentence and closed in a later block', () => {
    const { messages } = run('Text <div class="note">\n\nMore.\n\n</div>');
    expect(messages).toEqual([]);
  });

  it('reports a container never closed: it ends with the body (or its list item)', () => {
    expect(run('<div class="note">\n\nText.').messages).toEqual([
      '1: <div> is never closed, so it ends where the body ends; add </div> where it should end',
    ]);
    expect(run('- <div>\n\n  Text.\n- Next').messages).toEqual([
      '1: <div> is never closed, so it ends where its list item ends; add </div> where it should end',
    ]);
  });

  it('shows a container tag in a sentence as text when nothing closes it', () => {
    const { html } = run('Wrap it in a <div> element.');
    expect(html).toBe('<p>Wrap it in a &#x3C;div> element.</p>');
  });

  it('does not report elements whose end tag is optional', () => {
    expect(run('<ul>\n<li>One\n<li>Two\n</ul>\n\n<table><tr><td>a<td>b</table>').messages).toEqual([]);
  });
});

describe('stray end tags and tags that are not HTML', () => {
  it('leaves out an end tag that closes nothing (a stray </p> would become an empty paragraph)', () => {
    expect(unbalanced('Text.\n\n</p>\n\nMore </a> text.')).toContain('<p></p>');
    const { html, messages } = run('Text.\n\n</p>\n\nMore </a> text.');
    expect(html).toBe('<p>Text.</p>\n\n<p>More  text.</p>');
    expect(messages).toEqual([
      '3: </p> closes no element that is open there, so it was left out',
      '5: </a> closes no element that is open there, so it was left out',
    ]);
  });

  it('shows a tag that names no HTML element as text, which a browser would hide', () => {
    expect(unbalanced('Dial in at <video call link>.')).toBe('<p>Dial in at <video call="" link="">.</video></p>');
    const { html, messages } = run('Dial in at <phone-number> or <webdev>.\n\n<webdev>\nhello');
    expect(html).toBe('<p>Dial in at <phone-number> or &#x3C;webdev>.</phone-number></p>\n&#x3C;webdev>\nhello');
    expect(messages).toEqual([
      '1: <webdev> is not an HTML element, so it is shown as text (a browser would hide it); to show it as code, put it in backticks',
      '1: <phone-number> is never closed, so it was closed at the end of its paragraph; add </phone-number> where it should end',
      '3: <webdev> is not an HTML element, so it is shown as text (a browser would hide it); to show it as code, put it in backticks',
    ]);
  });

  it('reads no tags in scripts, comments or SVG', () => {
    const markdown = [
      '<script>if (a < b && c > d) { x = "<div>"; }</script>',
      '',
      '<!-- <h2> not a tag -->',
      '',
      '<svg viewBox="0 0 10 10"><rect width="10" height="10"/><path d="M0 0"/></svg>',
    ].join('\n');
    expect(run(markdown).messages).toEqual([]);
  });

  it('changes nothing in MDX, whose tags are JSX', () => {
    const { messages } = processMarkdown('<div>\n\nText\n\n</div>', { remark: [remarkBalanceHtml], mdx: true });
    expect(messages).toEqual([]);
  });
});
