/**
 * `npm run new`: slugs from titles, the generated front matter (which must pass
 * the same check as the build), and the command's refusal to overwrite.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/lib/validation/check-file.ts';
import { parseNewArgs, scaffold, ScaffoldError } from '../../src/lib/scaffold.ts';
import { runScript, scratchCopy } from '../helpers/cli.ts';

const TZ = 'America/New_York';
const ctx = { today: '2025-12-01', siteTimeZone: TZ, knownTags: ['digital-health', 'ehr'] };
const make = (...argv: string[]) => scaffold(parseNewArgs(argv), ctx);
const errorOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ScaffoldError) return error.message;
    throw error;
  }
  return undefined;
};

describe('scaffold', () => {
  it.each([
    ['Hội nghị Y tế số', 'hoi-nghi-y-te-so'],
    ['Đà Nẵng Health Week', 'da-nang-health-week'],
    ['FHIR® DevDays 2026: Europe!', 'fhir-devdays-2026-europe'],
    ['  Telehealth   Summit  ', 'telehealth-summit'],
  ])('makes the slug of %j: %s', (title, slug) => {
    expect(make('event', title).slug).toBe(slug);
  });

  it('puts events in a folder for the year they start, articles for their date', () => {
    expect(make('event', 'A', '--start', '2027-01-05').path).toBe('content/events/2027/a.md');
    expect(make('event', 'A').path).toBe('content/events/2025/a.md');
    expect(make('article', 'B', '--date=2026-04-01').path).toBe('content/articles/2026/b.md');
    expect(make('event', 'A', '--slug', 'my-own').path).toBe('content/events/2025/my-own.md');
  });

  it('writes required fields, given options and commented examples of the rest', () => {
    const event = make(
      'event',
      'Hội nghị Y tế số',
      '--start',
      '2026-03-01T09:00',
      '--location',
      'Hà Nội',
      '--timezone',
      'Asia/Ho_Chi_Minh',
    );
    expect(event.previewUrl).toBe('http://localhost:4321/events/hoi-nghi-y-te-so/');
    expect(event.notes).toEqual([]);
    expect(event.text).toMatchInlineSnapshot(`
      "---
      title: "Hội nghị Y tế số"
      start: "2026-03-01T09:00"                     # YYYY-MM-DD for all day, or YYYY-MM-DDTHH:mm, the time where the event happens
      # end: "2026-03-01T17:00"                     # the last day, or day and time; leave out for one day
      timezone: "Asia/Ho_Chi_Minh"                  # the place's time zone (the site's is America/New_York)
      location: "Hà Nội"                            # venue or city, as readers should see it
      # address: "1 Example Street, Hanoi, Vietnam"  # full street address, for the map link
      # online: "https://example.org/live"          # link to join an online or hybrid event
      # url: "https://example.org/register"         # official page or registration
      # organizer: "Example Health Association"
      # summary: "One or two sentences for lists and search."  # at most 300 characters; default: the first paragraph
      # tags: [digital-health, telehealth]          # tags already in use: digital-health, ehr
      # image: "./hoi-nghi-y-te-so.jpg"             # a JPEG, PNG or WebP next to this file, 1200 px wide or more
      # imageAlt: "Speakers on stage at last year's summit"  # required with image: what the picture shows
      # status: cancelled                           # or postponed; leave out while the event goes ahead
      # recurrence: "FREQ=WEEKLY;BYDAY=TU;COUNT=10"  # for a repeating event: here every Tuesday, 10 times
      # exclude: ["2026-03-10"]                     # dates the repeating event skips
      # updated: "2025-12-01"                       # when you change it after publishing: calendars update from it
      # draft: true                                 # only the dev server shows a draft; it is never published
      ---

      Replace this paragraph with the event's description: what it is, who it is for and how to take part.
      "
    `);
    const article = make('article', 'What the new rules change', '--author', 'Lan Nguyen');
    expect(article.notes).toEqual([
      'date is set to today (2025-12-01); a later date publishes the article on that day',
    ]);
    expect(article.text).toMatchInlineSnapshot(`
      "---
      title: "What the new rules change"
      date: "2025-12-01"                            # publish date (YYYY-MM-DD); a future date waits until that day
      author: "Lan Nguyen"                          # or a list: ["Lan Nguyen", "Sam Lee"]
      # category: "Analysis"                        # default: News
      # tags: [ehr, telehealth]                     # tags already in use: digital-health, ehr
      # summary: "One or two sentences for lists and search."  # at most 300 characters; default: the first paragraph
      # image: "./what-the-new-rules-change.jpg"    # a JPEG, PNG or WebP next to this file, 1200 px wide or more
      # imageAlt: "A nurse using a tablet at a patient's bedside"  # required with image: what the picture shows
      # updated: "2025-12-01"                       # when you change the article after it was published
      # draft: true                                 # only the dev server shows a draft; it is never published
      ---

      Replace this paragraph with the article. The first paragraph is shown in lists, so make it a good opening.
      "
    `);
  });

  it.each([
    [['event', 'Plain']],
    [['event', 'Quotes "and" colons: yes', '--start', '2026-03-01', '--end', '2026-03-03']],
    [['event', 'Timed', '--start', '2026-03-01T19:00', '--end', '2026-03-02T01:00', '--url', 'https://example.org/x']],
    [['event', 'Same day end', '--start', '2026-03-01T09:00', '--end', '2026-03-01']],
    [['article', 'An article', '--date', '2026-01-02T08:30', '--author', 'A. Writer']],
  ])('makes a file that passes the check: %j', (argv) => {
    const { path, text, kind } = make(...argv);
    expect(checkFile(path, text, kind, TZ).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('refuses bad options with the reason and a fix', () => {
    expect(errorOf(() => parseNewArgs(['evnt', 'X']))).toBe(
      'say what to make first: "event" or "article" (not "evnt"; did you mean "event"?), e.g. npm run new -- event "Telehealth Summit 2026"',
    );
    expect(errorOf(() => parseNewArgs(['event']))).toBe(
      'give the event\'s title in quotes, e.g. npm run new -- event "Telehealth Summit 2026"',
    );
    expect(errorOf(() => parseNewArgs(['event', 'X', '--strat', '2026-01-01']))).toBe(
      'an event has no option --strat; did you mean --start?',
    );
    expect(errorOf(() => parseNewArgs(['article', 'X', '--start', '2026-01-01']))).toBe(
      'an article has no option --start; did you mean --date?',
    );
    expect(errorOf(() => parseNewArgs(['event', 'X', '--start']))).toBe(
      '--start needs a value, e.g. --start 2026-03-01T09:00',
    );
    expect(errorOf(() => make('event', 'X', '--start', '2026-02-30'))).toBe(
      '--start "2026-02-30" is not a real calendar date; expected YYYY-MM-DD or YYYY-MM-DDTHH:mm, e.g. "2025-12-02" or "2025-12-02T10:45"',
    );
    expect(errorOf(() => make('event', 'X', '--start', '1 March'))).toBe(
      '--start "1 March" is not a date in a form we read; expected YYYY-MM-DD or YYYY-MM-DDTHH:mm, e.g. "2025-12-02" or "2025-12-02T10:45"',
    );
    expect(errorOf(() => make('event', 'X', '--start', '2026-03-08T02:30'))).toBe(
      '--start "2026-03-08T02:30" does not exist in America/New_York: the clocks skip that hour when summer time starts; pick a time outside the skipped hour',
    );
    expect(errorOf(() => make('event', 'X', '--start', '2026-03-02', '--end', '2026-03-01'))).toBe(
      '--end "2026-03-01" is before --start "2026-03-02"',
    );
    expect(errorOf(() => make('event', 'X', '--timezone', 'Europe/Berln'))).toBe(
      '--timezone "Europe/Berln" is not a known IANA time zone; expected a name such as "America/New_York" or "Asia/Ho_Chi_Minh"',
    );
    expect(errorOf(() => make('event', '🎉'))).toBe(
      'the title "🎉" has no letters or digits to make a file name from; add --slug my-event',
    );
    expect(errorOf(() => make('event', 'X', '--slug', 'My Slug'))).toBe(
      '--slug "My Slug" is not a valid slug; expected lower-case letters, digits and single hyphens, e.g. "my-slug"',
    );
  });
});

describe('npm run new (command)', { timeout: 30_000 }, () => {
  it('creates the file, prints its path and preview URL, and never overwrites', () => {
    const dir = scratchCopy();
    const first = runScript(
      'new.ts',
      ['event', 'Hội nghị Y tế số', '--start', '2026-03-01T09:00', '--location', 'Hà Nội'],
      dir,
    );
    expect(first.status).toBe(0);
    expect(first.stdout).toMatchInlineSnapshot(`
      "Created content/events/2026/hoi-nghi-y-te-so.md
      Fill in the fields (lines starting with # are examples: remove the # to use one) and write the text below the second ---.
      Preview: run "npm run dev", then open http://localhost:4321/events/hoi-nghi-y-te-so/
      Before you commit: npm run check
      "
    `);
    const path = join(dir, 'content/events/2026/hoi-nghi-y-te-so.md');
    const written = readFileSync(path, 'utf8');
    expect(written).toContain('title: "Hội nghị Y tế số"');

    writeFileSync(path, written.replace('Replace this paragraph', 'My own words'));
    const again = runScript('new.ts', ['event', 'Hội nghị Y tế số'], dir);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatchInlineSnapshot(`
      "npm run new: there is already an event with the slug "hoi-nghi-y-te-so": content/events/2026/hoi-nghi-y-te-so.md
      Nothing was written. Open that file to change it, or give the new event a different title or --slug.
      "
    `);
    expect(readFileSync(path, 'utf8')).toContain('My own words');
  });

  it('refuses a slug that an event in another year folder already has', () => {
    const dir = scratchCopy();
    mkdirSync(join(dir, 'content/events/2025'), { recursive: true });
    writeFileSync(
      join(dir, 'content/events/2025/other-name.md'),
      '---\ntitle: Old\nstart: "2025-03-01"\nslug: telehealth-summit\n---\n',
    );
    const result = runScript('new.ts', ['event', 'Telehealth Summit', '--start', '2026-05-01'], dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'there is already an event with the slug "telehealth-summit": content/events/2025/other-name.md',
    );
    expect(existsSync(join(dir, 'content/events/2026/telehealth-summit.md'))).toBe(false);
  });

  it('explains a mistake on the command line and writes nothing', () => {
    const dir = scratchCopy();
    const result = runScript('new.ts', ['event', 'Summit', '--start', '2026-13-01'], dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'npm run new: --start "2026-13-01" is not a real calendar date; expected YYYY-MM-DD or YYYY-MM-DDTHH:mm, e.g. "2025-12-02" or "2025-12-02T10:45"\n',
    );
    expect(existsSync(join(dir, 'content'))).toBe(false);
  });
});
