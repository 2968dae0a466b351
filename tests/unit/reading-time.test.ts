/**
 * Reading time (src/lib/reading-time.ts): the word count, the rounding, and
 * what the content check counts for each article (src/lib/validation/body-facts.ts):
 * the words a reader reads, not Markdown or MDX syntax.
 */
import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes, readingTimeLabel, WORDS_PER_MINUTE } from '../../src/lib/reading-time.ts';
import { checkFile } from '../../src/lib/validation/check-file.ts';

/** `n` distinct prose words, in sentences. */
const prose = (n: number) =>
  Array.from({ length: n }, (_, i) => `word${i}`)
    .join(' ')
    .replace(/(word\d*9) /g, '$1. ');

const article = (body: string, { mdx = false, summary }: { mdx?: boolean; summary?: string } = {}) => {
  const front = ['---', 'title: T', 'date: "2025-11-01"', ...(summary ? [`summary: "${summary}"`] : []), '---', ''];
  return checkFile(`content/articles/t.${mdx ? 'mdx' : 'md'}`, `${front.join('\n')}\n${body}`, 'article', 'UTC');
};
const minutesOf = (body: string, options?: { mdx?: boolean; summary?: string }) =>
  article(body, options).bodyText.readingMinutes;

describe('countWords', () => {
  it('counts words, not punctuation, spaces or marks', () => {
    expect(countWords('Hello, world!')).toBe(2);
    expect(countWords('  -- * # > | ...  ')).toBe(0);
    expect(countWords('')).toBe(0);
    expect(countWords('32 million records, about 14 million users.')).toBe(7);
    expect(countWords("The prime minister's declaration")).toBe(4);
  });

  it('counts words of text written without spaces between them', () => {
    expect(countWords('電子カルテを全国に展開する')).toBeGreaterThan(3);
  });

  // countWords counts plain pieces of text itself, by the segmenter's rules:
  // it must agree with the segmenter on every string, or a reading time could
  // be a minute off. (A new ICU in Node with other rules fails here.)
  const segmenter = new Intl.Segmenter('en', { granularity: 'word' });
  const segmenterWords = (text: string) => [...segmenter.segment(text)].filter((s) => s.isWordLike).length;

  it('agrees with Intl.Segmenter on every string of up to 4 of the characters its rules name', () => {
    const chars = [..."aZ1_.':,;- \n\t\u0001\u2019\u2018\u201c\u2014\u2026é"];
    let strings = [''];
    let compared = 0;
    const disagree: string[] = [];
    for (let length = 1; length <= 4; length++) {
      strings = strings.flatMap((s) => chars.map((c) => s + c));
      for (const text of strings) {
        compared++;
        if (countWords(text) !== segmenterWords(text)) disagree.push(text);
      }
    }
    expect(compared).toBe(chars.length + chars.length ** 2 + chars.length ** 3 + chars.length ** 4);
    expect(disagree).toEqual([]);
  });

  it('agrees with Intl.Segmenter on text mixing scripts, marks, emoji and punctuation', () => {
    const pieces = [
      ...['a', 'b1', '_', '__', '.', "'", ':', ',', ' ', '\n', 'é', 'e\u0301', '\u0301', '\u200d', '\u00ad', '\u00a0'],
      ...[
        'ภาษาไทย',
        '中文字',
        'カタカナ',
        '👍🏽',
        '👨‍👩‍👧',
        '🇻🇳',
        '\u3000',
        '’',
        '—',
        '1,000',
        'don’t',
        'Hà Nội',
        'v2.0',
        'e-mail',
      ],
    ];
    // A fixed sequence (no Math.random), so a failure is the same on every run.
    let seed = 1;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const disagree: string[] = [];
    for (let k = 0; k < 20_000; k++) {
      let text = '';
      for (let j = next(12) + 1; j > 0; j--) text += pieces[next(pieces.length)];
      if (countWords(text) !== segmenterWords(text)) disagree.push(text);
    }
    expect(disagree).toEqual([]);
  });
});

describe('readingMinutes', () => {
  it('is the words at 238 a minute, rounded up, at least 1', () => {
    expect(WORDS_PER_MINUTE).toBe(238);
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(1)).toBe(1);
    expect(readingMinutes(238)).toBe(1);
    expect(readingMinutes(239)).toBe(2);
    expect(readingMinutes(238 * 3 + 1)).toBe(4);
    expect(readingTimeLabel(4)).toBe('4 min read');
  });
});

describe("an article's reading time, counted by the content check", () => {
  it('counts the whole body, also when the writer gives a summary', () => {
    expect(prose(238).split(' ')).toHaveLength(238);
    expect(minutesOf(prose(238))).toBe(1);
    // The heading's two words count too.
    expect(minutesOf(`${prose(200)}\n\n## A heading\n\n${prose(36)}`)).toBe(1);
    expect(minutesOf(`${prose(200)}\n\n## A heading\n\n${prose(37)}`)).toBe(2);
    expect(minutesOf(`${prose(238 * 4)}`, { summary: 'Short.' })).toBe(4);
    expect(minutesOf('')).toBe(1);
  });

  it("does not count Markdown's syntax: URLs of links and images, tags of raw HTML, list marks", () => {
    const body = [
      `[${prose(100)}](https://example.org/a/very/long/address/with/many/words/in/it)`,
      '',
      `<p class="lead">${prose(100)}</p>`,
      '',
      'Some <em>emphasised</em> words<br>and more. ![](./picture-with-many-words-in-its-name.png)',
      '',
      '- **one**\n- _two_\n- `three`',
      '',
      '[ref]: https://example.org/another/long/address/that/counts/for/nothing',
    ].join('\n');
    // 200 + 5 + 3 words: 208, under a minute; URLs, attributes and tags would have pushed it over.
    expect(minutesOf(body)).toBe(1);
    expect(minutesOf(`${body}\n\n${prose(30)}`)).toBe(1);
    expect(minutesOf(`${body}\n\n${prose(31)}`)).toBe(2);
  });

  it("does not count MDX's code: imports, exports, expressions, component tags and their attributes", () => {
    const code = [
      "import Chart from '../../components/chart.astro';",
      "export const figures = { patients: 14_000_000, records: 32_000_000, label: 'many words in a string here' };",
      '',
      `<Callout type="note" title={figures.label.toUpperCase().split(' ').join(' and ')}>${prose(100)}</Callout>`,
      '',
      `${prose(138)} {figures.patients.toLocaleString('en-US', { notation: 'compact' })}`,
      '',
      '<Chart data={figures} caption="a caption attribute with words" />',
    ].join('\n');
    expect(minutesOf(code, { mdx: true })).toBe(1);
    expect(minutesOf(`${code}\n\nOne more.`, { mdx: true })).toBe(2);
  });

  it('is kept for articles only; events keep their plain text instead', () => {
    const event = checkFile(
      'content/events/e.md',
      '---\ntitle: E\nstart: 2025-12-02\n---\n\nSome words.\n',
      'event',
      'UTC',
    ).bodyText;
    expect(event).toEqual({ summary: 'Some words.', text: 'Some words.' });
    expect(article('Some words.').bodyText).toEqual({ summary: 'Some words.', readingMinutes: 1 });
  });
});
