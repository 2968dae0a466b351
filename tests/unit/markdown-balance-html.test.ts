/**
 * The balancing of raw HTML (src/lib/markdown/balance-html.ts): raw HTML a
 * writer leaves open is closed where it does least harm. Rendered by Sätteri
 * with the renderer's plugin, as the pages are; every repair reported with its
 * line by the check's unified plugin, and the renderer makes exactly the
 * repairs the check reports.
 */
import { describe, expect, it } from 'vitest';
import { balancePlugin } from '../../src/lib/markdown/satteri-plugins.ts';
import { remarkBalanceHtml } from '../../src/lib/markdown/unified-plugins.ts';
import { check, reasons, render } from '../helpers/markdown.ts';

async function run(markdown: string, mdx = false): Promise<{ html: string; messages: string[] }> {
  const rendered = await render(markdown, { mdast: [balancePlugin], mdx });
  const { messages } = check(markdown, { remark: [remarkBalanceHtml], mdx });
  expect(rendered.repairs.sort()).toEqual(reasons(messages));
  return { html: rendered.html, messages };
}
/** Without the plugin, for what the parser alone would make of it. */
const unbalanced = async (markdown: string) => (await render(markdown)).html;

describe('a tag left open in an HTML block', () => {
  const body = 'Intro.\n\n<h2>A heading left open\n\nThe next paragraph.\n\n## After';

  it('swallows the rest of the body without the plugin', async () => {
    expect(await unbalanced(body)).toContain('<h2>A heading left open\n<p>The next paragraph.</p>\n</h2>');
  });

  it('is closed at the end of its block, and reported with its line', async () => {
    const { html, messages } = await run(body);
    expect(html).toBe('<p>Intro.</p>\n<h2>A heading left open</h2>\n<p>The next paragraph.</p>\n<h2>After</h2>\n');
    expect(messages).toEqual([
      '3: <h2> is never closed, so it was closed at the end of its HTML block; add </h2> where it should end',
    ]);
  });

  it('closes nested tags in order, on the line each was opened', async () => {
    const { html, messages } = await run('<p>\n<a href="/x/"><strong>Bold link\n\nAfter.');
    expect(html).toBe('<p>\n<a href="/x/"><strong>Bold link</strong></a>\n</p><p>After.</p>\n');
    expect(messages).toEqual([
      '2: <strong> is never closed, so it was closed at the end of its HTML block; add </strong> where it should end',
      '2: <a> is never closed, so it was closed at the end of its HTML block; add </a> where it should end',
    ]);
  });
});

describe('a tag left open in a paragraph', () => {
  it('makes a link of the paragraphs after it without the plugin', async () => {
    expect(await unbalanced('See <a href="/x/">this\n\nand this.')).toBe(
      '<p>See <a href="/x/">this</a></p><a href="/x/">\n<p>and this.</p></a>\n',
    );
  });

  it('is closed at the end of its paragraph', async () => {
    const { html, messages } = await run('See <a href="/x/">this\n\nand this.');
    expect(html).toBe('<p>See <a href="/x/">this</a></p>\n<p>and this.</p>\n');
    expect(messages).toEqual([
      '1: <a> is never closed, so it was closed at the end of its paragraph; add </a> where it should end',
    ]);
  });

  it('is shown as text when it is a block tag in the middle of a sentence (a tag named, not used)', async () => {
    const { html, messages } = await run('Use headings like <H1> and <H2>, and style them.\n\n### Next');
    expect(html).toBe('<p>Use headings like &lt;H1&gt; and &lt;H2&gt;, and style them.</p>\n<h3>Next</h3>\n');
    expect(messages).toEqual([
      "1: <H2> in the middle of a sentence is never closed, so it is shown as text; to show a tag's name, put it in backticks: `<h2>`",
      "1: <H1> in the middle of a sentence is never closed, so it is shown as text; to show a tag's name, put it in backticks: `<h1>`",
    ]);
  });

  it('leaves tags closed within the paragraph alone', async () => {
    const markdown = 'Some <span class="x">marked <em>text</em></span> and <abbr title="Fast Healthcare">FHIR</abbr>.';
    const { html, messages } = await run(markdown);
    expect(html).toBe(await unbalanced(markdown));
    expect(messages).toEqual([]);
  });
});

describe('containers around Markdown', () => {
  it('keeps a <div> opened in one block and closed in a later one', async () => {
    const markdown = '<div class="note">\n\nSome **Markdown**.\n\n</div>\n\nAfter.';
    const { html, messages } = await run(markdown);
    expect(html).toBe('<div class="note">\n<p>Some <strong>Markdown</strong>.</p>\n</div>\n<p>After.</p>\n');
    expect(messages).toEqual([]);
  });

  it('keeps a <div> opened in a sentence and closed in a later block', async () => {
    const { messages } = await run('Text <div class="note">\n\nMore.\n\n</div>');
    expect(messages).toEqual([]);
  });

  it('reports a container never closed: it ends with the body (or its list item)', async () => {
    expect((await run('<div class="note">\n\nText.')).messages).toEqual([
      '1: <div> is never closed, so it ends where the body ends; add </div> where it should end',
    ]);
    expect((await run('- <div>\n\n  Text.\n- Next')).messages).toEqual([
      '1: <div> is never closed, so it ends where its list item ends; add </div> where it should end',
    ]);
  });

  it('shows a container tag in a sentence as text when nothing closes it', async () => {
    const { html } = await run('Wrap it in a <div> element.');
    expect(html).toBe('<p>Wrap it in a &lt;div&gt; element.</p>\n');
  });

  it('does not report elements whose end tag is optional', async () => {
    expect((await run('<ul>\n<li>One\n<li>Two\n</ul>\n\n<table><tr><td>a<td>b</table>')).messages).toEqual([]);
  });
});

describe('stray end tags and tags that are not HTML', () => {
  it('leaves out an end tag that closes nothing (a stray </p> would become an empty paragraph)', async () => {
    expect(await unbalanced('Text.\n\n</p>\n\nMore </a> text.')).toContain('<p></p>');
    const { html, messages } = await run('Text.\n\n</p>\n\nMore </a> text.');
    expect(html).toBe('<p>Text.</p>\n\n<p>More  text.</p>\n');
    expect(messages).toEqual([
      '3: </p> closes no element that is open there, so it was left out',
      '5: </a> closes no element that is open there, so it was left out',
    ]);
  });

  it('shows a tag that names no HTML element as text, which a browser would hide', async () => {
    expect(await unbalanced('Dial in at <video call link>.')).toBe(
      '<p>Dial in at <video call="" link="">.</video></p>\n',
    );
    const { html, messages } = await run('Dial in at <phone-number> or <webdev>.\n\n<webdev>\nhello');
    expect(html).toBe('<p>Dial in at <phone-number> or &lt;webdev&gt;.</phone-number></p>\n&lt;webdev&gt;\nhello\n');
    expect(messages).toEqual([
      '1: <webdev> is not an HTML element, so it is shown as text (a browser would hide it); to show it as code, put it in backticks',
      '1: <phone-number> is never closed, so it was closed at the end of its paragraph; add </phone-number> where it should end',
      '3: <webdev> is not an HTML element, so it is shown as text (a browser would hide it); to show it as code, put it in backticks',
    ]);
  });

  it('reads no tags in scripts, comments or SVG', async () => {
    const markdown = [
      '<script>if (a < b && c > d) { x = "<div>"; }</script>',
      '',
      '<!-- <h2> not a tag -->',
      '',
      '<svg viewBox="0 0 10 10"><rect width="10" height="10"/><path d="M0 0"/></svg>',
    ].join('\n');
    expect((await run(markdown)).messages).toEqual([]);
  });

  it('changes nothing in MDX, whose tags are JSX', async () => {
    const { messages } = await run('<div>\n\nText\n\n</div>', true);
    expect(messages).toEqual([]);
  });
});
