/**
 * Error wording is user interface: every message is fixed here, so a change to
 * it is reviewed like any other change a writer sees.
 */
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/lib/validation/check-file.ts';
import { checkContent } from '../../src/lib/validation/check-content.ts';
import { formatProblem } from '../../src/lib/validation/problem.ts';

const TZ = 'America/New_York';
const event = (front: string, file = 'content/events/summit.md') =>
  checkFile(file, `---\n${front}\n---\nBody.\n`, 'event', TZ).problems.map(formatProblem);
const article = (front: string, file = 'content/articles/post.md') =>
  checkFile(file, `---\n${front}\n---\nBody.\n`, 'article', TZ).problems.map(formatProblem);

describe('event messages', () => {
  it("end before start, in the contract's words", () => {
    expect(event('title: Summit\nstart: 2025-12-02\nend: 2025-12-01')).toMatchInlineSnapshot(`
      [
        "content/events/summit.md: end "2025-12-01" is before start "2025-12-02" (line 4)",
      ]
    `);
  });

  it('missing required fields', () => {
    expect(event('location: NYC')).toMatchInlineSnapshot(`
      [
        "content/events/summit.md: start is missing; add a line such as start: "2025-12-02T10:45"",
        "content/events/summit.md: title is missing; add a line such as title: "FALL 2025 Innovators Summit"",
      ]
    `);
  });

  it('impossible and malformed dates', () => {
    expect(event('title: X\nstart: "2025-02-30"\nend: "Dec 3"')).toMatchInlineSnapshot(`
      [
        "content/events/summit.md: start "2025-02-30" is not a real calendar date; expected YYYY-MM-DD or YYYY-MM-DDTHH:mm, e.g. "2025-12-02" or "2025-12-02T10:45" (line 3)",
        "content/events/summit.md: end "Dec 3" is not a date in a form we read; expected YYYY-MM-DD or YYYY-MM-DDTHH:mm, e.g. "2025-12-02" or "2025-12-02T10:45" (line 4)",
      ]
    `);
  });

  it('times with an offset, and impossible times', () => {
    expect(event('title: X\nstart: "2025-12-02T10:45:00-05:00"\nend: "2025-12-02T25:00"')).toMatchInlineSnapshot(`
      [
        "content/events/summit.md: start "2025-12-02T10:45:00-05:00" has seconds or a UTC offset; expected YYYY-MM-DD or YYYY-MM-DDTHH:mm, e.g. "2025-12-02" or "2025-12-02T10:45" as on the wall clock, with the zone in "timezone" (line 3)",
        "content/events/summit.md: end "2025-12-02T25:00" has an impossible time; expected hours 00-23 and minutes 00-59, e.g. "2025-12-02T10:45" (line 4)",
      ]
    `);
  });

  it('an unknown zone, with the likely one', () => {
    expect(event('title: X\nstart: "2025-12-02T10:00"\ntimezone: Asia/Ho_Chi_Min')).toMatchInlineSnapshot(`
      [
        "content/events/summit.md: timezone "Asia/Ho_Chi_Min" is not a known IANA time zone; expected a name such as "America/New_York" or "Asia/Ho_Chi_Minh" (line 4)",
      ]
    `);
  });

  it('a bad slug, a bad URL, a bad RRULE, an image without alt and an unknown field', () => {
    expect(
      event(
        'title: X\nstart: 2025-12-02\nslug: My Summit\nurl: www.example.org\nrecurrence: FREQ=WEEKLY;BYDAY=XX\nimage: ./a.jpg\nlocaton: NYC',
      ),
    ).toMatchInlineSnapshot(`
      [
        "content/events/summit.md: slug "My Summit" is not a valid slug; expected lower-case letters, digits and single hyphens, e.g. "my-summit" (line 4)",
        "content/events/summit.md: url "www.example.org" is not a full web address; expected one starting with https://, e.g. "https://example.org/register"; did you mean "https://www.example.org"? (line 5)",
        "content/events/summit.md: recurrence "FREQ=WEEKLY;BYDAY=XX" has an unknown day "XX" in BYDAY (expected MO, TU, WE, TH, FR, SA or SU, e.g. BYDAY=TU or BYDAY=-1FR); expected an RFC 5545 rule such as "FREQ=WEEKLY;BYDAY=TU;COUNT=10" (line 6)",
        "content/events/summit.md: image "./a.jpg" has no imageAlt; add imageAlt: a short description of the picture for readers who cannot see it (line 7)",
        "content/events/summit.md: unknown field "locaton" (value "NYC"); did you mean "location"? (line 8)",
      ]
    `);
  });

  it('an SVG drawing as the picture', () => {
    expect(event('title: X\nstart: 2025-12-02\nimage: ./logo.svg\nimageAlt: Our logo')).toMatchInlineSnapshot(`
      [
        "content/events/summit.md: image "./logo.svg" is an SVG drawing, which pages and link previews cannot show; save it as a PNG or JPEG and give that file (line 4)",
      ]
    `);
  });

  it('status, draft, tags and exclude values', () => {
    expect(event('title: X\nstart: 2025-12-02\nstatus: canceled\ndraft: "yes"\ntags: ehr, fhir\nexclude: [2025-12-09]'))
      .toMatchInlineSnapshot(`
      [
        "content/events/summit.md: status "canceled" is not one of scheduled, cancelled, postponed; did you mean "cancelled"? (line 4)",
        "content/events/summit.md: draft "yes" expected true or false (without quotes) (line 5)",
        "content/events/summit.md: tags "ehr, fhir" is not a list; expected a list such as [ehr, fhir] (line 6)",
        "content/events/summit.md: exclude is given but recurrence is not; exclude skips dates of a recurring event, so add recurrence or remove exclude (line 7)",
      ]
    `);
  });

  it('a wall-clock time skipped by the change to summer time is an error; a repeated one a warning', () => {
    expect(event('title: X\nstart: "2026-03-08T02:30"')).toMatchInlineSnapshot(`
      [
        "content/events/summit.md: start "2026-03-08T02:30" does not exist in America/New_York: the clocks skip that hour when summer time starts; expected a time outside the skipped hour (line 3)",
      ]
    `);
    expect(event('title: X\nstart: "2026-11-01T01:30"')).toMatchInlineSnapshot(`
      [
        "content/events/summit.md: warning: start "2026-11-01T01:30" happens twice in America/New_York (the clocks go back that night); the first one is used (line 3)",
      ]
    `);
  });

  it('front matter that is not YAML, or missing', () => {
    expect(event('title: "Unclosed\nstart: 2025-12-02')).toMatchInlineSnapshot(`
      [
        "content/events/summit.md: front matter is not valid YAML: Missing closing "quote; check the quotes, colons and indentation on that line (line 3)",
      ]
    `);
    expect(checkFile('content/events/x.md', 'No front matter', 'event', TZ).problems.map(formatProblem))
      .toMatchInlineSnapshot(`
      [
        "content/events/x.md: has no front matter; the file must start with a line "---", then fields such as title:, then another "---" (line 1)",
      ]
    `);
  });

  it('a file name that is not a slug', () => {
    expect(event('title: X\nstart: 2025-12-02', 'content/events/My Summit.md')).toMatchInlineSnapshot(`
      [
        "content/events/My Summit.md: file name "My Summit" does not make a valid slug; expected lower-case letters, digits and single hyphens: rename the file to "my-summit.md" or add slug: my-summit",
      ]
    `);
  });

  it('accepts the seed event and reads dates as written', () => {
    const r = checkFile(
      'content/events/s.md',
      '---\ntitle: FALL 2025 Innovators Summit\nstart: 2025-12-02T10:45\nend: 2025-12-04\nlocation: NYC\ntags: [digital-health]\n---\nBody',
      'event',
      TZ,
    );
    expect(r.problems).toEqual([]);
    expect(r.fields).toMatchObject({
      start: '2025-12-02',
      startTime: '10:45',
      end: '2025-12-04',
      timezone: 'America/New_York',
      status: 'scheduled',
    });
  });
});

describe('event tags and updates', () => {
  it('takes tags in any script, and only refuses one without a letter or digit', () => {
    expect(event('title: X\nstart: 2025-12-02\ntags: [医疗, "AI 医疗", デジタルヘルス, "🎉"]')).toMatchInlineSnapshot(`
      [
        "content/events/summit.md: tags has "🎉", which has no letters or digits to make a tag page from; expected words in any script, such as "digital-health" or "医疗" (line 4)",
      ]
    `);
  });

  it('reads `updated` as articles do, and says what form it wants', () => {
    const ok = checkFile(
      'content/events/s.md',
      '---\ntitle: X\nstart: 2026-03-03T10:00\nupdated: 2026-02-10T14:30\n---\n',
      'event',
      TZ,
    );
    expect(ok.problems).toEqual([]);
    expect(ok.fields).toMatchObject({ updated: '2026-02-10', updatedTime: '14:30' });
    expect(event('title: X\nstart: 2026-03-03\nupdated: "10 Feb"')).toMatchInlineSnapshot(`
      [
        "content/events/summit.md: updated "10 Feb" is not a date in a form we read; expected YYYY-MM-DD or YYYY-MM-DDTHH:mm, e.g. "2025-12-02" or "2025-12-02T10:45" (line 4)",
      ]
    `);
  });
});

describe('article messages', () => {
  it('updated before date, a long summary and author forms', () => {
    expect(article(`title: X\ndate: 2025-12-02\nupdated: 2025-12-01\nsummary: "${'a'.repeat(250)}"\nauthor: [Ana, 3]`))
      .toMatchInlineSnapshot(`
      [
        "content/articles/post.md: updated "2025-12-01" is before date "2025-12-02" (line 4)",
        "content/articles/post.md: warning: summary is 250 characters; lists show about 200, so readers may see it cut (line 5)",
      ]
    `);
  });

  it('a summary over 300 characters is an error', () => {
    expect(article(`title: X\ndate: 2025-12-02\nsummary: "${'a'.repeat(301)}"`)).toMatchInlineSnapshot(`
      [
        "content/articles/post.md: summary "${'a'.repeat(301)}" is 301 characters long; expected at most 300 (line 4)",
      ]
    `);
  });
});

describe('checks across files', () => {
  it('reports a duplicate slug on the second file, naming the first', () => {
    const sources = [
      { path: 'content/events/a/summit.md', text: '---\ntitle: A\nstart: 2025-12-02\n---\n' },
      { path: 'content/events/b/summit.md', text: '---\ntitle: B\nstart: 2025-12-03\n---\n' },
      { path: 'content/articles/summit.md', text: '---\ntitle: C\ndate: 2025-12-03\n---\n' },
    ];
    expect(checkContent(sources, TZ).problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/events/b/summit.md: slug "summit" is already used by content/events/a/summit.md; two events cannot share a page: rename one file or add a different slug:",
      ]
    `);
  });
});
