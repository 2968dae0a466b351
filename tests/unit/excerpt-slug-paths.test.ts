import { describe, expect, it } from 'vitest';
import { cutAtWord, firstParagraph, readBody } from '../../src/lib/excerpt.ts';
import { isSlug, slugFromPath, slugify } from '../../src/lib/slug.ts';
import { absoluteUrl, paths } from '../../src/lib/paths.ts';

describe('summaries derived from bodies', () => {
  it('takes the first paragraph as plain text, skipping headings and MDX statements', () => {
    const body =
      "import X from './x';\n\n## Heading\n\nThe **first** paragraph with [a link](https://example.org).\n\nSecond.";
    expect(firstParagraph(body)).toBe('The first paragraph with a link.');
  });

  it('leaves MDX expressions and component tags out of an MDX summary', () => {
    expect(firstParagraph('Held in {year} with <Callout>care</Callout> for all.', { mdx: true })).toBe(
      'Held in with care for all.',
    );
    expect(firstParagraph('Literal {braces} in Markdown.')).toBe('Literal {braces} in Markdown.');
    expect(firstParagraph("Seen by {n.toLocaleString('en', { notation: 'compact' })} people.", { mdx: true })).toBe(
      'Seen by people.',
    );
  });

  it('reads inline HTML as the words it wraps: its tags are markup, not text', () => {
    const body =
      'A <em>very</em> <a href="/news/x/">linked</a> line<br>and the next.\n\n<p class="x">A block <b>of</b> HTML.</p>';
    expect(readBody(body, undefined)).toEqual({
      summary: 'A very linked line and the next.',
      text: 'A very linked line and the next.\n\nA block of HTML.',
    });
    expect(firstParagraph('Use the `<video>` element.')).toBe('Use the <video> element.');
  });

  it('cuts at a word boundary near 200 characters and ends in " [...]"', () => {
    const text = `${'word '.repeat(60)}end`;
    const cut = cutAtWord(text);
    expect(cut.endsWith(' [...]')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(200 + ' [...]'.length);
    expect(cut).not.toMatch(/wor \[/);
  });

  it("keeps a short paragraph whole and prefers the writer's summary", () => {
    expect(cutAtWord('Short.')).toBe('Short.');
    expect(readBody('Body paragraph.', 'Given.').summary).toBe('Given.');
    expect(readBody('Body paragraph.', undefined).summary).toBe('Body paragraph.');
  });
});

describe('slugs', () => {
  it.each([
    ['Hội nghị Y tế số', 'hoi-nghi-y-te-so'],
    ['Đà Nẵng Health Week', 'da-nang-health-week'],
    ['FALL 2025 Innovators Summit', 'fall-2025-innovators-summit'],
    ['  FHIR / HL7 -- Day ', 'fhir-hl7-day'],
  ])('%s -> %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
    expect(isSlug(slug)).toBe(true);
  });

  it('takes the file name without folders or extension', () => {
    expect(slugFromPath('content/events/2025/innovators-summit.md')).toBe('innovators-summit');
    expect(slugFromPath('health-ai-bootcamp.mdx')).toBe('health-ai-bootcamp');
  });
});

describe('paths', () => {
  it.each([
    [paths.event('innovators-summit'), '/events/innovators-summit/'],
    [paths.eventIcs('innovators-summit'), '/events/innovators-summit.ics'],
    [paths.month({ year: 2025, month: 12 }), '/calendar/2025/12/'],
    [paths.month({ year: 2026, month: 3 }), '/calendar/2026/03/'],
    [paths.day('2025-12-02'), '/calendar/2025/12/02/'],
    [paths.news(1), '/news/'],
    [paths.news(2), '/news/2/'],
    [paths.pastEvents(3), '/events/past/3/'],
    [paths.article('vietnam-ehr'), '/news/vietnam-ehr/'],
    [paths.tag('Digital Health'), '/tags/digital-health/'],
    [paths.tag('AI 医疗'), '/tags/ai-%E5%8C%BB%E7%96%97/'],
    [paths.tagIcs('医疗'), '/tags/%E5%8C%BB%E7%96%97.ics'],
    [paths.year(2026), '/calendar/2026/'],
    [paths.search('viet nam'), '/search/?q=viet%20nam'],
  ])('%s', (actual, expected) => {
    expect(actual).toBe(expected);
  });

  it('makes absolute URLs from the site URL', () => {
    expect(absoluteUrl('https://example.org', '/events/')).toBe('https://example.org/events/');
  });
});
