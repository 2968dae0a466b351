/**
 * `npm run check` as writers and CI run it: a child process in a content
 * folder. The messages are user interface, so their text is snapshotted.
 */
import { describe, expect, it } from 'vitest';
import { fixtureDir, runScript } from '../helpers/cli.ts';

const check = (fixture: string, args: string[] = [], env: Record<string, string> = {}) =>
  runScript('check.ts', args, fixtureDir(fixture), env);

describe('npm run check', { timeout: 30_000 }, () => {
  it('passes good content with exit code 0', () => {
    const result = check('good');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatchInlineSnapshot(`
      "0 errors and 0 warnings in 3 files: all good.
      "
    `);
  });

  it('lists warnings but exits 0 when there are no errors', () => {
    const result = check('warnings');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatchInlineSnapshot(`
      "content/articles/telehealth-rules.md: warning: tags has "Tele Health", but another file writes this tag "telehealth"; write it the same way here, so readers find them together (line 4)
      content/events/old-meetup.md: warning: tags has "Digital Health", but 3 other files write this tag "digital-health"; write it the same way here, so readers find them together (line 4)
      content/events/old-meetup.md: warning: tags has "upcoming", but this event ended on 2024-05-02; remove that tag (past events move to /events/past/ by themselves) (line 4)
      content/events/summit.md: warning: summary is 246 characters; lists show about 200, so readers may see it cut (line 4)
      content/events/summit.md: warning: links to /events/no-such-event/, but there is no event with the slug "no-such-event"; check the link against the file names in content/events/ (line 8)
      content/events/summit.md: warning: links to /news/telehealth-rule/, but there is no article with the slug "telehealth-rule"; did you mean "/news/telehealth-rules/"? (line 8)
      content/events/summit.md: warning: links to /events/draft-event/, which is a draft (content/events/draft-event.md); the link is broken until that event is published (line 11)
      content/events/summit.md: warning: links to /news/scheduled-post/, which is scheduled for 2026-06-01 (content/articles/scheduled-post.md); the link is broken until then (line 12)

      0 errors and 8 warnings in 5 files. Warnings do not stop the site from being published, but please have a look.
      "
    `);
  });

  it('lists every problem of bad content with file, line and fix, and exits 1', () => {
    const result = check('bad');
    expect(result.status).toBe(1);
    expect(result.stdout).toMatchInlineSnapshot(`
      "content/articles/2026/bad-date.md: date "2026-02-30" is not a real calendar date; expected YYYY-MM-DD or YYYY-MM-DDTHH:mm, e.g. "2025-12-02" or "2025-12-02T10:45" (line 3)
      content/articles/2026/fine.md: warning: links to /events/sumit/, but there is no event with the slug "sumit"; did you mean "/events/summit/"? (line 7)
      content/articles/2026/notes.markdown: is not read by the site: event and article files must end in .md or .mdx; rename it to "content/articles/2026/notes.md" or move it out of content/
      content/events/2026/broken-yaml.md: front matter is not valid YAML: Missing closing "quote; check the quotes, colons and indentation on that line (line 3)
      content/events/2026/missing-image.md: image "./stage.jpg" is not there (looked for content/events/2026/stage.jpg); add the picture there or fix the path, which is relative to this file (line 4)
      content/events/2026/missing-image.md: warning: tags has "Digital Health", but another file writes this tag "digital-health"; write it the same way here, so readers find them together (line 6)
      content/events/2026/missing-image.md: shows the image "./hall.png", which is not there (looked for content/events/2026/hall.png); add the picture there or fix the path, which is relative to this file (line 11)
      content/events/2026/summit.md: end "2025-12-01" is before start "2025-12-02" (line 4)
      content/events/2026/typo.md: start is missing; add a line such as start: "2025-12-02T10:45"
      content/events/2026/typo.md: unknown field "strat" (value "2026-03-01T09:00"); did you mean "start"? (line 3)
      content/events/2026/typo.md: unknown field "locaton" (value "Hanoi"); did you mean "location"? (line 4)
      content/events/2026/zone.md: timezone "Europe/Berln" is not a known IANA time zone; expected a name such as "America/New_York" or "Asia/Ho_Chi_Minh"; did you mean "Europe/Berlin"? (line 4)

      10 errors and 2 warnings in 8 files. The site cannot be published until the errors are fixed; docs/writing.md explains each message.
      "
    `);
    expect(result.stdout).not.toContain('::error');
  });

  it('prints GitHub annotations when GITHUB_ACTIONS=true', () => {
    const result = check('bad', [], { GITHUB_ACTIONS: 'true' });
    expect(result.status).toBe(1);
    const annotations = result.stdout.split('\n').filter((line) => line.startsWith('::'));
    expect(annotations).toMatchInlineSnapshot(`
      [
        "::error file=content/articles/2026/bad-date.md,line=3,title=Content%3A date::date "2026-02-30" is not a real calendar date; expected YYYY-MM-DD or YYYY-MM-DDTHH:mm, e.g. "2025-12-02" or "2025-12-02T10:45"",
        "::warning file=content/articles/2026/fine.md,line=7::links to /events/sumit/, but there is no event with the slug "sumit"; did you mean "/events/summit/"?",
        "::error file=content/articles/2026/notes.markdown::is not read by the site: event and article files must end in .md or .mdx; rename it to "content/articles/2026/notes.md" or move it out of content/",
        "::error file=content/events/2026/broken-yaml.md,line=3::front matter is not valid YAML: Missing closing "quote; check the quotes, colons and indentation on that line",
        "::error file=content/events/2026/missing-image.md,line=4,title=Content%3A image::image "./stage.jpg" is not there (looked for content/events/2026/stage.jpg); add the picture there or fix the path, which is relative to this file",
        "::warning file=content/events/2026/missing-image.md,line=6,title=Content%3A tags::tags has "Digital Health", but another file writes this tag "digital-health"; write it the same way here, so readers find them together",
        "::error file=content/events/2026/missing-image.md,line=11::shows the image "./hall.png", which is not there (looked for content/events/2026/hall.png); add the picture there or fix the path, which is relative to this file",
        "::error file=content/events/2026/summit.md,line=4,title=Content%3A end::end "2025-12-01" is before start "2025-12-02"",
        "::error file=content/events/2026/typo.md,title=Content%3A start::start is missing; add a line such as start: "2025-12-02T10:45"",
        "::error file=content/events/2026/typo.md,line=3,title=Content%3A strat::unknown field "strat" (value "2026-03-01T09:00"); did you mean "start"?",
        "::error file=content/events/2026/typo.md,line=4,title=Content%3A locaton::unknown field "locaton" (value "Hanoi"); did you mean "location"?",
        "::error file=content/events/2026/zone.md,line=4,title=Content%3A timezone::timezone "Europe/Berln" is not a known IANA time zone; expected a name such as "America/New_York" or "Asia/Ho_Chi_Minh"; did you mean "Europe/Berlin"?",
      ]
    `);
  });

  it('shows only the problems of the files asked for, still checking slugs and links across all', () => {
    const result = check('bad', ['content/events/2026/typo.md']);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatchInlineSnapshot(`
      "content/events/2026/typo.md: start is missing; add a line such as start: "2025-12-02T10:45"
      content/events/2026/typo.md: unknown field "strat" (value "2026-03-01T09:00"); did you mean "start"? (line 3)
      content/events/2026/typo.md: unknown field "locaton" (value "Hanoi"); did you mean "location"? (line 4)

      3 errors and 0 warnings in 1 file. The site cannot be published until the errors are fixed; docs/writing.md explains each message.
      "
    `);
    const folder = check('bad', ['./content/articles/']);
    expect(folder.stdout).toContain('content/articles/2026/fine.md: warning: links to /events/sumit/');
    expect(folder.stdout).not.toContain('content/events/');
  });

  it('refuses unknown options with exit code 2', () => {
    const result = check('good', ['--fix']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatchInlineSnapshot(`
      "npm run check: unknown option --fix; run "npm run check -- --help" for the options
      "
    `);
  });
});
