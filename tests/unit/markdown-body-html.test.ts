/**
 * The repairs of elements and of the outline (src/lib/markdown/body-html.ts):
 * headings under the page title, nothing the site's CSP blocks, no obsolete
 * HTML. Rendered by Sätteri with the renderer's plugins, as the pages are;
 * each repair reported with its line by the check's unified plugin, and the
 * renderer makes exactly the repairs the check reports. Obsolete elements and
 * attributes are checked against html-validate's own list, and the output
 * against html-validate itself.
 */
import type { Element, Root } from 'hast';
import { HtmlValidate } from 'html-validate';
import html5 from 'html-validate/elements/html5';
import { describe, expect, it } from 'vitest';
import { isObsoleteAttribute } from '../../src/lib/markdown/html-elements.ts';
import { bodyHtmlPlugin, outlinePlugin } from '../../src/lib/markdown/satteri-plugins.ts';
import { rehypeBodyHtml } from '../../src/lib/markdown/unified-plugins.ts';
import { check, reasons, render } from '../helpers/markdown.ts';

async function run(markdown: string, mdx = false): Promise<{ html: string; tree: Root; messages: string[] }> {
  const rendered = await render(markdown, { hast: [bodyHtmlPlugin, outlinePlugin], mdx });
  const { messages } = check(markdown, { rehype: [rehypeBodyHtml], mdx });
  expect(rendered.repairs.sort()).toEqual(reasons(messages));
  return { html: rendered.html, tree: rendered.tree, messages };
}

describe('headings under the page title', () => {
  it('moves every heading one level down when the body has an h1, and says so', async () => {
    const { html, messages } = await run('# One\n\n## Two\n\n### Three\n\n<h1>Raw one</h1>');
    expect(html).toBe('<h2>One</h2>\n<h3>Two</h3>\n<h4>Three</h4>\n<h2>Raw one</h2>\n');
    expect(messages).toEqual([
      '1: <h1> in the body became <h2> (the page title is the only h1)',
      '3: <h2> in the body became <h3>, to keep the outline under the page title, as the body has an <h1>',
      '5: <h3> in the body became <h4>, to keep the outline under the page title, as the body has an <h1>',
      '7: <h1> in the body became <h2> (the page title is the only h1)',
    ]);
  });

  it('keeps the two lowest levels apart as far as HTML allows: h5 and h6 both become h6', async () => {
    const { html } = await run('# 1\n\n## 2\n\n### 3\n\n#### 4\n\n##### 5\n\n###### 6');
    expect(html).toBe('<h2>1</h2>\n<h3>2</h3>\n<h4>3</h4>\n<h5>4</h5>\n<h6>5</h6>\n<h6>6</h6>\n');
  });

  it('closes a gap in the outline: a heading at most one level below the one before it', async () => {
    const { html, messages } = await run('### First\n\n## Second\n\n#### Deep\n\n### Fine');
    expect(html).toBe('<h2>First</h2>\n<h2>Second</h2>\n<h3>Deep</h3>\n<h3>Fine</h3>\n');
    expect(messages).toEqual([
      "1: <h3> in the body became <h2>: a heading goes at most one level below the one before it, or readers' outline has a gap",
      "5: <h4> in the body became <h3>: a heading goes at most one level below the one before it, or readers' outline has a gap",
    ]);
  });

  it('leaves a body that starts at h2 and steps down one level at a time as it is', async () => {
    const markdown = '## A\n\n### B\n\n#### C\n\n## D';
    expect((await run(markdown)).html).toBe((await render(markdown)).html);
    expect((await run(markdown)).messages).toEqual([]);
  });
});

describe("what the site's Content-Security-Policy blocks", () => {
  it('leaves out scripts, style elements and head-only elements', async () => {
    const { html, messages } = await run(
      'Text.\n\n<script async src="https://platform.twitter.com/widgets.js"></script>\n\n<style>p { color: red }</style>\n\n<link rel="stylesheet" href="https://example.org/x.css">',
    );
    expect(html.trim()).toBe('<p>Text.</p>');
    expect(messages).toEqual([
      "3: a <script> was left out: the site's Content-Security-Policy blocks scripts in a page's text, so it would never run",
      "5: a <style> element was left out: the site's Content-Security-Policy blocks styles in a page's text, so it would never apply",
      "7: a <link> was left out: it belongs in a page's head, not in its text",
    ]);
  });

  it('leaves out style and event-handler attributes and javascript: addresses, also inside SVG', async () => {
    const { html, messages } = await run(
      '<p style="color: red" onclick="go()">Hi <a href="javascript:go()" onmouseover="x()">there</a></p>\n\n<svg width="10" height="10" style="fill: red"><rect width="10" height="10" onclick="x()"/><a xlink:href="javascript:go()"><text>t</text></a></svg>',
    );
    expect(html).toBe(
      '<p>Hi <a>there</a></p>\n<p><svg width="10" height="10"><rect width="10" height="10"></rect><a><text>t</text></a></svg></p>\n',
    );
    expect(messages).toEqual([
      "1: style on <p> was left out: the site's Content-Security-Policy blocks inline styles",
      "1: onclick on <p> was left out: the site's Content-Security-Policy blocks event handlers in a page's text",
      "1: the javascript: address on <a> was left out: the site's Content-Security-Policy blocks it",
      "1: onmouseover on <a> was left out: the site's Content-Security-Policy blocks event handlers in a page's text",
      "3: style on <svg> was left out: the site's Content-Security-Policy blocks inline styles",
      "3: onclick on <rect> was left out: the site's Content-Security-Policy blocks event handlers in a page's text",
      "3: the javascript: address on <a> was left out: the site's Content-Security-Policy blocks it",
    ]);
  });

  it('replaces a frame by a link to what it shows: its title, or where it is', async () => {
    const { html, messages } = await run(
      [
        '<iframe width="560" height="315" src="https://www.youtube.com/embed/mO8PiHST5CI?start=159" frameborder="0" allowfullscreen title="Dan Brown on conflict in design"></iframe>',
        '',
        'A deck: <iframe src="//speakerdeck.com/player/5604c360" allowtransparency="true"></iframe>',
      ].join('\n'),
    );
    expect(html).toBe(
      '<p><a href="https://www.youtube.com/watch?v=mO8PiHST5CI&amp;t=159s">Dan Brown on conflict in design</a></p>\n<p>A deck: <a href="https://speakerdeck.com/player/5604c360">Embedded content on speakerdeck.com</a></p>\n',
    );
    expect(messages).toEqual([
      "1: an <iframe> was replaced by a link to https://www.youtube.com/watch?v=mO8PiHST5CI&t=159s: the site's Content-Security-Policy blocks frames and objects from any site, so readers would see an empty box",
      "3: an <iframe> was replaced by a link to https://speakerdeck.com/player/5604c360: the site's Content-Security-Policy blocks frames and objects from any site, so readers would see an empty box",
    ]);
  });

  it('replaces videos and objects too, and leaves out one with nothing to link to', async () => {
    const { html, messages } = await run(
      '<video controls><source src="/media/talk.mp4" type="video/mp4"></video>\n\n<object data="https://example.org/chart.svg"></object>\n\n<embed type="application/pdf">',
    );
    expect(html).toBe(
      '<p><a href="/media/talk.mp4">Video on this site</a></p>\n<p><a href="https://example.org/chart.svg">Embedded content on example.org</a></p>\n',
    );
    expect(messages.at(-1)).toBe(
      "5: an <embed> was left out: the site's Content-Security-Policy blocks frames and objects from any site, so readers would see an empty box",
    );
  });
});

describe('obsolete HTML', () => {
  it('maps obsolete elements to their modern equivalent, without their presentational attributes', async () => {
    const { html, messages } = await run(
      '<center><font face="Arial" color="red" class="big">Hello</font> <strike>old</strike> <tt>code</tt></center>',
    );
    expect(html).toBe('<div><span class="big">Hello</span> <s>old</s> <code>code</code></div>\n');
    expect(messages).toEqual([
      '1: <center> is obsolete HTML and became <div>',
      '1: <font> is obsolete HTML and became <span>, without its face, color',
      '1: <strike> is obsolete HTML and became <s>',
      '1: <tt> is obsolete HTML and became <code>',
    ]);
  });

  it('leaves out obsolete attributes, keeps a link name as its id and whole pixels as sizes', async () => {
    const { html, messages } = await run(
      [
        '<table cellpadding="0" cellspacing="0" summary="Terms" border="1" width="100%"><tr><td valign="top" bgcolor="#fff" width="50">a</td></tr></table>',
        '',
        '<a name="glossary"></a><img src="/a.png" alt="A" width="600px" height="auto" align="left" border="0">',
      ].join('\n'),
    );
    expect(html).toBe(
      '<table><tbody><tr><td>a</td></tr></tbody></table>\n<p><a id="glossary"></a><img src="/a.png" alt="A" width="600"></p>\n',
    );
    expect(messages).toEqual([
      '1: cellpadding on <table> is obsolete HTML and was left out',
      '1: cellspacing on <table> is obsolete HTML and was left out',
      '1: summary on <table> is obsolete HTML and was left out',
      '1: border on <table> is obsolete HTML and was left out',
      '1: width on <table> is obsolete HTML and was left out',
      '1: valign on <td> is obsolete HTML and was left out',
      '1: bgcolor on <td> is obsolete HTML and was left out',
      '1: width on <td> is obsolete HTML and was left out',
      '3: name="glossary" on <a> is obsolete HTML and became id="glossary"',
      '3: width="600px" on <img> is not a size in pixels and became width="600"',
      '3: height="auto" on <img> is not a size in pixels and was left out',
      '3: align on <img> is obsolete HTML and was left out',
      '3: border on <img> is obsolete HTML and was left out',
    ]);
  });

  it("knows every attribute html-validate calls deprecated (on elements that can be in a body's HTML)", () => {
    const missing: string[] = [];
    for (const [element, meta] of Object.entries(html5)) {
      // Elements that are themselves obsolete go with their attributes; MathML keeps its own.
      if (meta.deprecated || ['body', 'head', 'html', 'math'].includes(element)) continue;
      for (const [attribute, rule] of Object.entries(meta.attributes ?? {})) {
        if (
          !Array.isArray(rule) &&
          rule?.deprecated &&
          !isObsoleteAttribute(element === '*' ? 'div' : element, attribute)
        )
          missing.push(`${element}.${attribute}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("leaves no element html-validate calls deprecated in a body's HTML", async () => {
    const deprecated = Object.entries(html5).filter(([, meta]) => meta.deprecated);
    expect(deprecated.length).toBeGreaterThan(20);
    for (const [element] of deprecated) {
      const { tree } = await run(`<div><${element} src="/x/">Text</${element}></div>`);
      expect(tagNames(tree), element).not.toContain(element);
    }
  });
});

describe('links and text', () => {
  it("leaves out a link's target: links in the text open in the same tab", async () => {
    const { html, messages } = await run('<a href="https://example.org/" target="_blank">Example</a>');
    expect(html).toBe('<p><a href="https://example.org/">Example</a></p>\n');
    expect(messages).toEqual(['1: target="_blank" on <a> was left out: links in the text open in the same tab']);
  });

  it('drops spaces at the end of lines, except in <pre>', async () => {
    const { html } = await run('<div>\nA line   \nanother\t\n</div>\n\n<pre>kept   \nas is</pre>');
    expect(html).toBe('<div>\nA line\nanother\n</div>\n<pre>kept   \nas is</pre>\n');
  });
});

describe('MDX', () => {
  it("repairs lower-case JSX elements as HTML, and leaves the site's components alone", async () => {
    const { tree, messages } = await run(
      '# Title\n\n<h1 style="color: red">JSX</h1>\n\n<Callout type="note">A <center>c</center> and <span onclick="x()">s</span>.</Callout>\n\n<iframe src="https://player.vimeo.com/video/42" title="A talk"></iframe>',
      true,
    );
    expect(tagNames(tree)).toEqual(['h2', 'h2', 'Callout', 'span', 'span', 'p', 'a']);
    expect(JSON.stringify(tree)).not.toMatch(/"(style|onclick)"/);
    expect(JSON.stringify(tree)).toContain('"href":"https://vimeo.com/42"');
    // The outline is repaired last, over the repaired tree.
    expect(messages).toEqual([
      "3: style on <h1> was left out: the site's Content-Security-Policy blocks inline styles",
      '5: <center> is obsolete HTML and became <span>',
      "5: onclick on <span> was left out: the site's Content-Security-Policy blocks event handlers in a page's text",
      "7: an <iframe> was replaced by a link to https://vimeo.com/42: the site's Content-Security-Policy blocks frames and objects from any site, so readers would see an empty box",
      '1: <h1> in the body became <h2> (the page title is the only h1)',
      '3: <h1> in the body became <h2> (the page title is the only h1)',
    ]);
  });
});

describe('the 18F posts that broke pages', () => {
  it('make HTML that html-validate passes', async () => {
    const markdown = [
      '<div style="text-align:center">',
      '<img src="https://18f.gsa.gov/assets/blog/technical-debt/graphic-2.jpg" alt="A grid of the four types of technical debt" width="600px">',
      '</div>',
      '',
      '<table cellpadding="0" cellspacing="0" class="c34" summary="An index of terms used in this post.">',
      '  <thead><tr><th>Term</th><th>Definition</th></tr></thead>',
      '  <tbody><tr><td>18F</td><td>An incubator.</td></tr></tbody>',
      '</table>',
      '',
      '<iframe width="560" height="315" src="https://www.youtube.com/embed/NRAlPdiWXN8" frameborder="0" allow="autoplay; encrypted-media" allowfullscreen title="Industry day"></iframe>',
    ].join('\n');
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    const before = await validator.validateString((await render(markdown)).html);
    expect(before.valid).toBe(false);
    const after = await validator.validateString((await run(markdown)).html);
    expect(after.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
  });
});

/** Element names (and MDX JSX names) in document order. */
function tagNames(node: Root | Element | { type: string; name?: string; children?: unknown[] }): string[] {
  const own =
    node.type === 'element'
      ? [(node as Element).tagName]
      : 'name' in node && typeof node.name === 'string'
        ? [node.name]
        : [];
  const children = ('children' in node ? (node.children as (typeof node)[]) : []) ?? [];
  return [...own, ...children.flatMap(tagNames)];
}
