/**
 * The cross-file rules of src/lib/validation/warnings.ts, on files checked by
 * checkFile as the CLI and the build check them.
 */
import { describe, expect, it } from 'vitest';
import { checkFile, type ContentKind } from '../../src/lib/validation/check-file.ts';
import { formatProblem } from '../../src/lib/validation/problem.ts';
import { contentWarnings, imagePath } from '../../src/lib/validation/warnings.ts';
import { tagKey } from '../../src/lib/tags.ts';

const TZ = 'America/New_York';
const now = new Date('2025-12-01T12:00:00Z');

function file(path: string, front: string, body = '') {
  const kind: ContentKind = path.startsWith('content/events/') ? 'event' : 'article';
  return checkFile(path, `---\n${front.trim()}\n---\n${body}`, kind, TZ);
}

const run = (files: ReturnType<typeof file>[], exists?: (p: string) => boolean) =>
  contentWarnings(files, { now, siteTimeZone: TZ, siteUrl: 'https://dh.example.org', ...(exists && { exists }) }).map(
    formatProblem,
  );

describe('tags spelt two ways', () => {
  it('folds case, spaces, hyphens and underscores', () => {
    expect(
      new Set(['Digital Health', 'digital-health', 'digital_health', 'DigitalHealth', ' digital  health']).size,
    ).toBe(5);
    expect(
      new Set(['Digital Health', 'digital-health', 'digital_health', 'DigitalHealth', 'digital  health'].map(tagKey)),
    ).toEqual(new Set(['digitalhealth']));
  });

  it('warns the files that differ from the spelling most files use, on the tags line', () => {
    const problems = run([
      file('content/events/a.md', 'title: A\nstart: "2026-01-01"\ntags: [digital-health, ehr]'),
      file('content/events/b.md', 'title: B\nstart: "2026-01-01"\ntags: [digital-health]'),
      file('content/articles/c.md', 'title: C\ndate: "2025-01-01"\ntags: [EHR, Digital Health]'),
    ]);
    expect(problems).toEqual([
      'content/articles/c.md: warning: tags has "EHR", but another file writes this tag "ehr"; write it the same way here, so readers find them together (line 4)',
      'content/articles/c.md: warning: tags has "Digital Health", but 2 other files write this tag "digital-health"; write it the same way here, so readers find them together (line 4)',
    ]);
  });

  it('says nothing when every file writes a tag the same way', () => {
    expect(
      run([
        file('content/events/a.md', 'title: A\nstart: "2026-01-01"\ntags: [AI]'),
        file('content/events/b.md', 'title: B\nstart: "2026-01-01"\ntags: [AI]'),
      ]),
    ).toEqual([]);
  });
});

describe('links in bodies', () => {
  const target = file('content/events/2026/fhir-day.md', 'title: FHIR day\nstart: "2026-01-01"');
  const article = file('content/articles/news-one.md', 'title: One\ndate: "2025-01-01"');

  it('finds links to missing events and articles in Markdown, reference and HTML form, with their lines', () => {
    const body = [
      '',
      'Fine: [day](/events/fhir-day/), [ics](/events/fhir-day.ics), [one](/news/news-one/), [past](/events/past/), [p2](/news/3/),',
      '[all](/events/), [feed](/events/rss.xml) and [elsewhere](https://other.example/events/nope/).',
      // A heading ends the paragraph, so the next line is a reference definition (inside a paragraph it would be text).
      '## Bad: [typo](/events/fhir-dya/) and [gone](https://dh.example.org/news/gone/)',
      '[ref]: /events/nowhere/',
      '<a href="/news/news-two/">two</a>',
    ].join('\n');
    const linking = file('content/articles/links.md', 'title: Links\ndate: "2025-01-01"', body);
    expect(run([target, article, linking])).toEqual([
      'content/articles/links.md: warning: links to /events/fhir-dya/, but there is no event with the slug "fhir-dya"; did you mean "/events/fhir-day/"? (line 8)',
      'content/articles/links.md: warning: links to /news/gone/, but there is no article with the slug "gone"; check the link against the file names in content/articles/ (line 8)',
      'content/articles/links.md: warning: links to /events/nowhere/, but there is no event with the slug "nowhere"; check the link against the file names in content/events/ (line 9)',
      'content/articles/links.md: warning: links to /news/news-two/, but there is no article with the slug "news-two"; check the link against the file names in content/articles/ (line 10)',
    ]);
  });

  it('uses the slug field over the file name', () => {
    const renamed = file('content/events/x.md', 'title: X\nstart: "2026-01-01"\nslug: renamed-event');
    const linking = file(
      'content/articles/l.md',
      'title: L\ndate: "2025-01-01"',
      '[x](/events/renamed-event/) [y](/events/x/)',
    );
    expect(run([renamed, linking])).toEqual([
      'content/articles/l.md: warning: links to /events/x/, but there is no event with the slug "x"; check the link against the file names in content/events/ (line 5)',
    ]);
  });

  it('warns about links to drafts and scheduled articles, except from unpublished pages', () => {
    const draft = file('content/events/d.md', 'title: D\nstart: "2026-01-01"\ndraft: true');
    const later = file('content/articles/later.md', 'title: Later\ndate: "2026-02-01"');
    const published = file(
      'content/articles/p.md',
      'title: P\ndate: "2025-01-01"',
      '[d](/events/d/) [l](/news/later/)',
    );
    const alsoDraft = file(
      'content/articles/q.md',
      'title: Q\ndate: "2025-01-01"\ndraft: true',
      '[d](/events/d/) [l](/news/later/)',
    );
    expect(run([draft, later, published, alsoDraft])).toEqual([
      'content/articles/p.md: warning: links to /events/d/, which is a draft (content/events/d.md); the link is broken until that event is published (line 5)',
      'content/articles/p.md: warning: links to /news/later/, which is scheduled for 2026-02-01 (content/articles/later.md); the link is broken until then (line 5)',
    ]);
  });
});

describe('images', () => {
  it('resolves paths relative to the file, and / to public/', () => {
    expect(imagePath('content/events/2026/a.md', './pic.jpg')).toBe('content/events/2026/pic.jpg');
    expect(imagePath('content/events/2026/a.md', '../images/pic%20one.jpg')).toBe('content/events/images/pic one.jpg');
    expect(imagePath('content/events/2026/a.md', '/img/logo.svg')).toBe('public/img/logo.svg');
    expect(imagePath('content/events/2026/a.md', 'https://example.org/a.jpg')).toBeUndefined();
  });

  it('reports a missing front-matter or body image as an error (Astro would stop the build on it)', () => {
    const f = file(
      'content/events/2026/a.md',
      'title: A\nstart: "2026-01-01"\nimage: ./stage.jpg\nimageAlt: Stage',
      '\nText\n\n![Hall](./hall.png)\n<img src="./ok.png" alt="ok">\n',
    );
    const problems = contentWarnings([f], { now, siteTimeZone: TZ, exists: (p) => p.endsWith('ok.png') });
    expect(problems.map((p) => p.severity)).toEqual(['error', 'error']);
    expect(problems.map(formatProblem)).toEqual([
      'content/events/2026/a.md: image "./stage.jpg" is not there (looked for content/events/2026/stage.jpg); add the picture there or fix the path, which is relative to this file (line 4)',
      'content/events/2026/a.md: shows the image "./hall.png", which is not there (looked for content/events/2026/hall.png); add the picture there or fix the path, which is relative to this file (line 10)',
    ]);
  });

  it('checks nothing on disk without an exists callback', () => {
    const f = file('content/events/a.md', 'title: A\nstart: "2026-01-01"\nimage: ./stage.jpg\nimageAlt: Stage');
    expect(run([f])).toEqual([]);
  });
});

describe('"upcoming" on past events', () => {
  it('warns when an event ended more than 30 days ago', () => {
    const old = file('content/events/old.md', 'title: Old\nstart: "2025-09-01"\ntags: [upcoming]');
    const recent = file('content/events/recent.md', 'title: Recent\nstart: "2025-11-20"\ntags: [upcoming]');
    const soon = file('content/events/soon.md', 'title: Soon\nstart: "2026-01-20"\ntags: [upcoming]');
    expect(run([old, recent, soon])).toEqual([
      'content/events/old.md: warning: tags has "upcoming", but this event ended on 2025-09-01; remove that tag (past events move to /events/past/ by themselves) (line 4)',
    ]);
  });

  it('looks at the last occurrence of a recurring event', () => {
    const ended = file(
      'content/events/ended.md',
      'title: E\nstart: "2025-01-07"\nrecurrence: "FREQ=WEEKLY;COUNT=4"\ntags: [upcoming]',
    );
    const endless = file(
      'content/events/endless.md',
      'title: F\nstart: "2020-01-07"\nrecurrence: "FREQ=WEEKLY"\ntags: [upcoming]',
    );
    expect(run([ended, endless])).toEqual([
      'content/events/ended.md: warning: tags has "upcoming", but this event ended on 2025-01-28; remove that tag (past events move to /events/past/ by themselves) (line 5)',
    ]);
  });
});

describe('MDX components', () => {
  const event = file('content/events/fhir-day.md', 'title: FHIR day\nstart: "2026-01-01"\ntags: [fhir]');

  it('catches misspelt components, bad props and tags no event has, with lines', () => {
    const body = [
      '',
      'Intro.',
      '',
      '<Callot type="tip">Hi</Callot>',
      '<Callout type="warn">ok: warn is read as warning</Callout>',
      '<Callout type="danger-zone">no</Callout>',
      '<Figure>',
      '',
      '![Stage](https://example.org/stage.jpg)',
      '',
      '</Figure>',
      '<RelatedEvents tag="fhri" />',
      '<RelatedEvents tag="FHIR" />',
      '<MapLink address="1 Main St" />',
      '`<NotAComponent>` and',
      '```',
      '<AlsoNot />',
      '```',
    ].join('\n');
    const mdx = file('content/articles/post.mdx', 'title: Post\ndate: "2025-01-01"', body);
    expect(run([event, mdx])).toEqual([
      "content/articles/post.mdx: uses <Callot>, which is not one of the site's components (Callout, Figure, MapLink, RelatedEvents); did you mean <Callout>? (line 8)",
      'content/articles/post.mdx: <Callout type="danger-zone"> is not a Callout type; use one of note, tip, warning (line 10)',
      'content/articles/post.mdx: <Figure> has no caption; add caption="what readers should know about the picture" (line 11)',
      'content/articles/post.mdx: warning: <RelatedEvents tag="fhri"> finds no event: no event has that tag; did you mean "fhir"? (line 16)',
    ]);
  });

  it('lets an .mdx file use components it imports itself', () => {
    const mdx = file(
      'content/articles/own.mdx',
      'title: Own\ndate: "2025-01-01"',
      "\nimport Chart from '../../src/components/Chart.astro';\n\n<Chart />\n",
    );
    expect(run([mdx])).toEqual([]);
  });

  it('warns that components do nothing in a .md file', () => {
    const md = file('content/articles/plain.md', 'title: Plain\ndate: "2025-01-01"', '\n<Callout>Hi</Callout>\n');
    expect(run([md])).toEqual([
      'content/articles/plain.md: warning: uses <Callout>, which works only in .mdx files; rename this file to end in .mdx (line 6)',
    ]);
  });
});

describe('open-ended series', () => {
  it('are told where their listed dates stop and how to end them; bounded ones are not', () => {
    const open = checkFile(
      'content/events/weekly.md',
      '---\ntitle: Weekly\nstart: "2026-03-03T10:00"\nrecurrence: FREQ=WEEKLY;BYDAY=TU\n---\nBody.\n',
      'event',
      TZ,
    );
    const bounded = checkFile(
      'content/events/six.md',
      '---\ntitle: Six\nstart: "2026-03-03T10:00"\nrecurrence: FREQ=WEEKLY;BYDAY=TU;COUNT=6\n---\nBody.\n',
      'event',
      TZ,
    );
    const problems = contentWarnings([open, bounded], { now, siteTimeZone: TZ, recurrenceHorizonMonths: 18 });
    expect(problems.map(formatProblem)).toEqual([
      'content/events/weekly.md: warning: recurrence "FREQ=WEEKLY;BYDAY=TU" has no end, so the site lists its dates up to 2027-09-30 and adds later ones as time passes; if the series ends, add COUNT=<number of sessions> or UNTIL=<last date, YYYYMMDD> to the rule (line 4)',
    ]);
  });
});
