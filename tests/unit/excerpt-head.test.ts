/**
 * summaryFor parses only the head of a long body when that settles the first
 * paragraph. Its result must be the one a parse of the whole body gives: checked
 * on the 509 real posts of the 18F blog (scripts/bench/data, raw and as the
 * benchmark cleans them) and on bodies built to trip a head-only parse.
 */
import { describe, expect, it } from 'vitest';
import { readBody, summaryFor } from '../../src/lib/excerpt.ts';
import { clean18fBody, readSourceData } from '../../scripts/bench/generate.ts';

const full = (body: string, mdx = false) => readBody(body, undefined, { mdx }).summary;
const filler = `${'Words that fill the head of a long body. '.repeat(60)}\n\n`;

describe('summaryFor on long bodies', () => {
  it('gives the whole-body summary for every real post', () => {
    const bodies = Object.values(readSourceData().posts).map((text) => text.replace(/^---\n[\s\S]*?\n---\n/, ''));
    expect(bodies.length).toBeGreaterThan(500);
    let long = 0;
    for (const body of bodies) {
      if (body.length > 2000) long++;
      expect(summaryFor(undefined, body)).toBe(full(body));
      expect(summaryFor(undefined, clean18fBody(body))).toBe(full(clean18fBody(body)));
    }
    expect(long).toBeGreaterThan(300);
  }, 60_000);

  it('parses on when the head cannot settle it', () => {
    const cases = [
      // A reference link whose definition comes after the head.
      `See [the report][r] for details.\n\n${filler}[r]: https://example.org/report\n`,
      // A fence opened in the head and closed after it: the paragraph is the one after it.
      `\`\`\`\ncode\n\n${filler}\`\`\`\n\nThe real first paragraph.\n`,
      // Only headings and lists in the head.
      `# Title\n\n${'- item\n'.repeat(400)}\nThe paragraph after the list.\n`,
      // An HTML comment that runs past the head.
      `<!--\n${filler}-->\n\nAfter the comment.\n`,
    ];
    for (const body of cases) expect(summaryFor(undefined, body), body.slice(0, 40)).toBe(full(body));
    expect(summaryFor(undefined, cases[0]!)).toContain('the report');
  });

  it('skips MDX imports and expressions as the whole-body parse does', () => {
    const body = `import Callout from '../c.astro';\n\nThe {props.x} opening <Callout>words</Callout> here.\n\n${filler}`;
    expect(summaryFor(undefined, body, { mdx: true })).toBe(full(body, true));
    expect(summaryFor(undefined, body, { mdx: true })).toBe('The opening words here.');
  });
});
