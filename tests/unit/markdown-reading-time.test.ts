/**
 * remark-reading-time: the plugin through a real processor, the word count it
 * rests on, and how a page reads the minutes back (readingMinutesOf).
 */
import { describe, expect, it } from 'vitest';
import remarkReadingTime, {
  countWords,
  READING_MINUTES,
  readingMinutes,
  readingMinutesOf,
  WORDS_PER_MINUTE,
} from '../../src/lib/markdown/remark-reading-time.ts';
import { processMarkdown } from '../helpers/markdown.ts';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

/** The minutes the plugin leaves in the file's front matter. */
function minutesOf(markdown: string, mdx = false): unknown {
  const { file } = processMarkdown(markdown, { remark: [remarkReadingTime], mdx });
  return (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter?.[READING_MINUTES];
}

describe('reading time', () => {
  it('rounds up to whole minutes, at least one', () => {
    expect(minutesOf('')).toBe(1);
    expect(minutesOf(words(WORDS_PER_MINUTE))).toBe(1);
    expect(minutesOf(words(WORDS_PER_MINUTE + 1))).toBe(2);
    expect(minutesOf(words(WORDS_PER_MINUTE * 10))).toBe(10);
  });

  it('counts the words a reader reads: prose, code, image descriptions and HTML text, not markup', () => {
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
    const { file } = processMarkdown(body, { remark: [remarkReadingTime] });
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    expect(data.astro?.frontmatter?.[READING_MINUTES]).toBe(1);
    expect(countWords('Two words Some emphasised linked inline code text.')).toBe(8);
    expect(minutesOf(`${body}\n\n${words(WORDS_PER_MINUTE - 20)}`)).toBe(1);
    expect(minutesOf(`${body}\n\n${words(WORDS_PER_MINUTE - 19)}`)).toBe(2);
  });

  it('counts words in text written without spaces, and in Vietnamese', () => {
    expect(countWords('医疗数据互操作性')).toBeGreaterThan(1);
    expect(countWords('Việt Nam mở rộng hồ sơ sức khỏe điện tử')).toBe(10);
  });

  it('adds to the front matter without changing the object it was given, in MDX too', () => {
    const given = { title: 'T' };
    const { file } = processMarkdown('Hello <Callout>there</Callout>', {
      remark: [
        () => (_: unknown, f: { data: Record<string, unknown> }) => void (f.data['astro'] = { frontmatter: given }),
        remarkReadingTime,
      ],
      mdx: true,
    });
    expect((file.data as { astro: { frontmatter: unknown } }).astro.frontmatter).toEqual({
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
