/** What the check reads from a body's syntax tree (src/lib/validation/body-facts.ts). */
import { describe, expect, it } from 'vitest';
import { bodyFacts } from '../../src/lib/validation/body-facts.ts';
import { checkFile } from '../../src/lib/validation/check-file.ts';
import { formatProblem } from '../../src/lib/validation/problem.ts';

describe('body facts', () => {
  it('read links, images and HTML tags of Markdown with their file lines, and nothing written as code', () => {
    const body = [
      'See [the day](/events/day/) and ![Stage](./stage.jpg).',
      '',
      '[ref]: /news/one/',
      '',
      '<a href="/news/two/">two</a> <img src="./b.png" alt="">',
      '',
      '`[code](/events/nope/)`',
      '',
      '```',
      '![not](./nope.jpg)',
      '```',
    ].join('\n');
    const facts = bodyFacts(body, { mdx: false, bodyLine: 5 });
    expect(facts.links).toEqual([
      { href: '/events/day/', line: 5 },
      { href: '/news/one/', line: 7 },
      { href: '/news/two/', line: 9 },
    ]);
    expect(facts.images).toEqual([
      { src: './stage.jpg', line: 5 },
      { src: './b.png', line: 9 },
    ]);
    expect(facts.components).toEqual([]);
  });

  it('read MDX components with their text and expression attributes, and what the body imports', () => {
    const body = [
      "import Chart from './chart.astro';",
      '',
      '<Callout type="tip" title={"x"}>Hi</Callout>',
      '',
      'Inline <RelatedEvents tag="fhir" limit={2} /> here, `<NotOne />` in code.',
    ].join('\n');
    const facts = bodyFacts(body, { mdx: true, bodyLine: 1 });
    expect(facts.imports).toEqual(['Chart']);
    expect(facts.components).toEqual([
      { name: 'Callout', text: { type: 'tip' }, other: ['title'], line: 3 },
      { name: 'RelatedEvents', text: { tag: 'fhir' }, other: ['limit'], line: 5 },
    ]);
  });

  it("find npm run new's placeholder paragraph", () => {
    expect(bodyFacts('\nReplace this paragraph with the text.\n', { mdx: false, bodyLine: 4 }).placeholderLine).toBe(5);
    expect(bodyFacts('`Replace this paragraph`', { mdx: false, bodyLine: 1 }).placeholderLine).toBeUndefined();
  });

  it('make an MDX body MDX cannot read an error on its line, before MDX stops the build less clearly', () => {
    const text = '---\ntitle: T\ndate: "2025-01-01"\n---\n\nFine.\n\nA <broken tag here.\n';
    const problems = checkFile('content/articles/x.mdx', text, 'article', 'America/New_York').problems;
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^content\/articles\/x\.mdx: is not valid MDX \(.+\); MDX reads < as the start of a component .+ \(line 8\)$/,
      ),
    ]);
    expect(checkFile('content/articles/x.md', text, 'article', 'America/New_York').problems).toEqual([]);
  });
});
