/**
 * `npm run check`'s warnings about HTML in bodies (src/lib/validation/
 * body-html-warnings.ts, part of each file's check): each repair the build's
 * Markdown plugins make, with the file and the line in the file; and the quick
 * look that skips bodies with nothing to repair.
 */
import { describe, expect, it } from 'vitest';
import { clean18fBody, readSourceData } from '../../scripts/bench/generate.ts';
import { bodyRepairs, mayNeedRepair } from '../../src/lib/validation/body-html-warnings.ts';
import { checkFile, type ContentKind } from '../../src/lib/validation/check-file.ts';
import { formatProblem, sortProblems } from '../../src/lib/validation/problem.ts';
import { contentWarnings } from '../../src/lib/validation/warnings.ts';

const TZ = 'America/New_York';

function warnings(path: string, front: string, body: string): string[] {
  const kind: ContentKind = path.startsWith('content/events/') ? 'event' : 'article';
  const file = checkFile(path, `---\n${front.trim()}\n---\n${body}`, kind, TZ);
  // Sorted by line, as npm run check prints them.
  const crossFile = contentWarnings([file], { now: new Date('2025-12-01T12:00:00Z'), siteTimeZone: TZ });
  return sortProblems([...file.problems, ...crossFile].filter((p) => p.severity === 'warning')).map(formatProblem);
}

describe('warnings about HTML in bodies', () => {
  it('names the file and the line in the file of each repair', () => {
    const body = [
      'Intro.', // line 5
      '',
      '# A heading',
      '',
      '<h2 style="color: red">Left open',
      '',
      '<script>track()</script>',
    ].join('\n');
    expect(warnings('content/articles/x.md', 'title: X\ndate: "2025-01-01"', body)).toEqual([
      'content/articles/x.md: warning: <h1> in the body became <h2> (the page title is the only h1) (line 7)',
      'content/articles/x.md: warning: <h2> in the body became <h3>, to keep the outline under the page title, as the body has an <h1> (line 9)',
      'content/articles/x.md: warning: <h2> is never closed, so it was closed at the end of its HTML block; add </h2> where it should end (line 9)',
      "content/articles/x.md: warning: style on <h2> was left out: the site's Content-Security-Policy blocks inline styles (line 9)",
      "content/articles/x.md: warning: a <script> was left out: the site's Content-Security-Policy blocks scripts in a page's text, so it would never run (line 11)",
    ]);
  });

  it('says a repair made on several lines once, naming the others', () => {
    const body = Array.from({ length: 8 }, (_, i) => `<p style="x">${i}</p>`).join('\n\n');
    expect(warnings('content/events/e.md', 'title: E\nstart: "2026-01-01"', body)).toEqual([
      "content/events/e.md: warning: style on <p> was left out: the site's Content-Security-Policy blocks inline styles; also on lines 7, 9, 11, 13, 15 and 2 more (line 5)",
    ]);
  });

  it('checks MDX bodies as MDX', () => {
    const body = 'Text.\n\n<h1 onclick="go()">Title</h1>\n\n<Callout type="note">Fine</Callout>';
    expect(warnings('content/articles/m.mdx', 'title: M\ndate: "2025-01-01"', body)).toEqual([
      'content/articles/m.mdx: warning: <h1> in the body became <h2> (the page title is the only h1) (line 7)',
      "content/articles/m.mdx: warning: onclick on <h1> was left out: the site's Content-Security-Policy blocks event handlers in a page's text (line 7)",
    ]);
  });

  it('says nothing about a body the plugins leave as it is', () => {
    const body =
      '## What to expect\n\n<div class="note">\n\nA <abbr title="Fast Healthcare Interoperability Resources">FHIR</abbr> day.\n\n</div>\n\n### Agenda';
    expect(warnings('content/events/e.md', 'title: E\nstart: "2026-01-01"', body)).toEqual([]);
  });

  it('leaves MDX that does not compile to the build, which stops on it with its own message', () => {
    expect(bodyRepairs('<Callout>\n\nnever closed', true)).toEqual([]);
  });
});

describe('the quick look that skips bodies', () => {
  it('skips plain Markdown with headings in order', () => {
    expect(mayNeedRepair('Text with <https://example.org> and a < b.\n\n## One\n\n### Two\n\n## Three')).toBe(false);
    expect(mayNeedRepair('```md\n# not a heading\n```\n\n## One')).toBe(false);
  });

  it('looks at tags, javascript: links, level-one headings (either syntax) and skipped levels', () => {
    expect(mayNeedRepair('Text <br> more')).toBe(true);
    expect(mayNeedRepair('[Run](javascript:go())')).toBe(true);
    expect(mayNeedRepair('# One')).toBe(true);
    expect(mayNeedRepair('One\n===')).toBe(true);
    expect(mayNeedRepair('## Two\n\n#### Four')).toBe(true);
    expect(mayNeedRepair('> ### Three in a quote')).toBe(true);
  });

  // That it never skips a body the renderer repairs: markdown-check-parity.test.ts, on the same posts.
  it('skips most real 18F posts, so the check stays quick', () => {
    const posts = Object.values(readSourceData().posts).map((text) =>
      clean18fBody(text.replace(/^---[\s\S]*?\n---\n/, '')),
    );
    expect(posts.length).toBeGreaterThan(500);
    expect(posts.filter((body) => !mayNeedRepair(body)).length).toBeGreaterThan(posts.length / 2);
  });
});
