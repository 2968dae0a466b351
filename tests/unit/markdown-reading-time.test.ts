/**
 * Reading time: what the renderer leaves in the front matter Astro passes on
 * (pagePlugin in src/lib/markdown/satteri-plugins.ts), the word count it rests
 * on, and how a page reads the minutes back (readingMinutesOf).
 */
import { describe, expect, it } from 'vitest';
import { clean18fBody, readSourceData } from '../../scripts/bench/generate.ts';
import {
  countWords,
  READING_MINUTES,
  readingMinutes,
  readingMinutesOf,
  segmenterWordCount,
  WORDS_PER_MINUTE,
} from '../../src/lib/markdown/reading-time.ts';
import { render, SITE_PLUGINS } from '../helpers/markdown.ts';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

/** The front matter the site's plugins leave, given `frontmatter`. */
async function frontmatterOf(markdown: string, { mdx = false, frontmatter = {} } = {}) {
  const { data } = await render(markdown, {
    mdast: SITE_PLUGINS.mdastPlugins,
    hast: SITE_PLUGINS.hastPlugins,
    mdx,
    frontmatter,
  });
  return (data['astro'] as { frontmatter: Record<string, unknown> }).frontmatter;
}
const minutesOf = async (markdown: string, mdx = false) => (await frontmatterOf(markdown, { mdx }))[READING_MINUTES];

describe('reading time', () => {
  it('rounds up to whole minutes, at least one', async () => {
    expect(await minutesOf('')).toBe(1);
    expect(await minutesOf(words(WORDS_PER_MINUTE))).toBe(1);
    expect(await minutesOf(words(WORDS_PER_MINUTE + 1))).toBe(2);
    expect(await minutesOf(words(WORDS_PER_MINUTE * 10))).toBe(10);
  });

  it('counts the words a reader reads: prose, code, image descriptions and HTML text, not markup', async () => {
    const body = [
      '## Two words',
      '',
      'Some *emphasised* [linked](https://example.org) `inline code` text.',
      '',
      '```js',
      'const total = add(a, b);',
      '```',
      '',
      '![A chart of visits](./chart.png)',
      '',
      '<div class="note" data-x="not counted"><p>Three more words</p></div>',
      '',
      '<script>var notCounted = "at all";</script>',
    ].join('\n');
    // 2 + 6 + 5 (const, total, add, a, b) + 4 + 3
    expect(countWords('Two words Some emphasised linked inline code text.')).toBe(8);
    expect(await minutesOf(`${body}\n\n${words(WORDS_PER_MINUTE - 20)}`)).toBe(1);
    expect(await minutesOf(`${body}\n\n${words(WORDS_PER_MINUTE - 19)}`)).toBe(2);
  });

  it('counts words in text written without spaces, and in Vietnamese', () => {
    expect(countWords('医疗数据互操作性')).toBeGreaterThan(1);
    expect(countWords('Việt Nam mở rộng hồ sơ sức khỏe điện tử')).toBe(10);
  });

  it("counts as Intl.Segmenter does, on the 18F posts and on text that tests the word boundaries' rules", () => {
    const tricky = [
      "don't, rock'n'roll, U.S. and e.g. 3,000.50 a.1 1.a 11:29am left:1em",
      '__init__ _ __ a_b _x x_ 1_ ‘quoted’ it’s “double” — dash – en … × ÷ café naïve Ærø',
      'mailto:x@y.org https://example.org/a_b.c?d=1 image00.png',
    ];
    const posts = Object.values(readSourceData().posts).map((text) => clean18fBody(text));
    const texts = [...tricky, ...posts];
    expect(texts.length).toBeGreaterThan(500);
    expect(texts.filter((text) => countWords(text) !== segmenterWordCount(text))).toEqual([]);
  });

  it('adds to the front matter without changing the object it was given, in MDX too', async () => {
    const given = { title: 'T' };
    expect(await frontmatterOf('Hello <Callout>there</Callout>', { mdx: true, frontmatter: given })).toEqual({
      title: 'T',
      readingMinutes: 1,
    });
    expect(given).toEqual({ title: 'T' });
  });
});

describe('readingMinutesOf (what a page reads from remarkPluginFrontmatter)', () => {
  it('gives the minutes, or undefined when they are missing or not minutes', () => {
    expect(readingMinutesOf({ readingMinutes: 4, title: 'x' })).toBe(4);
    expect(readingMinutesOf({})).toBeUndefined();
    expect(readingMinutesOf(undefined)).toBeUndefined();
    expect(readingMinutesOf({ readingMinutes: '4' })).toBeUndefined();
    expect(readingMinutesOf({ readingMinutes: 0 })).toBeUndefined();
  });

  it('agrees with readingMinutes', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(WORDS_PER_MINUTE * 3 + 1)).toBe(4);
  });
});
