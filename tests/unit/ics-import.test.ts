/**
 * `npm run import`: real and real-world-shaped iCalendar exports to event files
 * (tests/fixtures/ics/SOURCE.md says where each file comes from). Every file
 * the importer writes must pass the build's own check.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IcsError } from '../../src/lib/ics-import/calendar-file.ts';
import { htmlToMarkdown } from '../../src/lib/ics-import/descriptions.ts';
import { eventFilePath, eventFileText } from '../../src/lib/ics-import/event-file.ts';
import { importIcs, type ImportedEvent } from '../../src/lib/ics-import/import.ts';
import { checkFile } from '../../src/lib/validation/check-file.ts';
import { PROJECT, runScript, scratchCopy } from '../helpers/cli.ts';

const TZ = 'America/New_York';
const ICS = join(PROJECT, 'tests/fixtures/ics');
const read = (name: string) => readFileSync(join(ICS, name), 'utf8');
const importFile = (name: string, knownTags?: string[]) =>
  importIcs(read(name), { siteTimeZone: TZ, ...(knownTags && { knownTags }) });
const bySlug = (events: ImportedEvent[], slug: string) => {
  const event = events.find((e) => e.slug === slug);
  if (!event) throw new Error(`no event ${slug} in ${events.map((e) => e.slug).join(', ')}`);
  return event;
};
const errorsOf = (event: ImportedEvent) =>
  checkFile(eventFilePath(event), eventFileText(event), 'event', TZ)
    .problems.filter((p) => p.severity === 'error')
    .map((p) => p.message);
const importError = (text: string) => {
  try {
    importIcs(text, { siteTimeZone: TZ });
  } catch (error) {
    if (error instanceof IcsError) return error.message;
    throw error;
  }
  return undefined;
};

describe('a Google Calendar export (VTIMEZONE, CRLF, folded lines)', () => {
  const { events, skipped } = importFile('google-export.ics', ['digital-health', 'fhir']);

  it('makes one event per VEVENT, each passing the check', () => {
    expect(skipped).toEqual([]);
    expect(events.map((e) => eventFilePath(e))).toEqual([
      'content/events/2026/interoperability-forum-berlin-2026.md',
      'content/events/2026/rural-telehealth-symposium.md',
      'content/events/2026/digital-health-policy-webinar.md',
      'content/events/2026/health-data-privacy-q-and-a.md',
      'content/events/2026/health-tech-demo-night.md',
      'content/events/2026/hoi-thao-chuyen-doi-so-y-te-2026.md',
    ]);
    for (const event of events) expect(errorsOf(event), event.slug).toEqual([]);
  });

  it('keeps a TZID event in its zone, with the HTML description as Markdown and categories as tags', () => {
    expect(eventFileText(bySlug(events, 'interoperability-forum-berlin-2026'))).toMatchInlineSnapshot(`
      "---
      title: "Interoperability Forum Berlin 2026"
      start: "2026-03-24T09:30"
      end: "2026-03-24T17:30"
      timezone: "Europe/Berlin"
      location: "Estrel Congress Center, Sonnenallee 225, 12057 Berlin, Germany"
      url: "https://example.org/interop-forum"
      tags: ["Interoperability", "fhir"]
      ---

      **Interoperability in practice**  
      A day of talks on FHIR, openEHR and national health data spaces.

      Programme:

      - Keynote: the European Health Data Space
      - FHIR profiles in hospitals

      Register at [example.org/interop-forum](https://example.org/interop-forum).
      "
    `);
  });

  it('turns the exclusive end of an all-day event into the inclusive last day', () => {
    expect(bySlug(events, 'rural-telehealth-symposium').fields).toMatchObject({
      start: '2026-03-10',
      end: '2026-03-12',
    });
  });

  it("keeps a weekly series: UNTIL as a COUNT, EXDATEs (one multi-valued) as exclude, tags in the site's spelling", () => {
    expect(eventFileText(bySlug(events, 'digital-health-policy-webinar'))).toMatchInlineSnapshot(`
      "---
      title: "Digital Health Policy Webinar"
      start: "2026-01-06T12:00"
      end: "2026-01-06T13:00"
      online: "https://meet.google.com/abc-defg-hij"
      tags: ["digital-health", "Policy"]
      recurrence: "FREQ=WEEKLY;COUNT=13;BYDAY=TU"
      exclude: ["2026-01-20", "2026-02-17", "2026-02-24"]
      ---

      Weekly lunchtime webinar on digital health policy. Join at https://example.org/webinar
      "
    `);
  });

  it("shows UTC times on the site zone's wall clock", () => {
    // 14:00 UTC on 15 April is 10:00 in New York (EDT).
    expect(bySlug(events, 'health-data-privacy-q-and-a').fields).toEqual({
      title: 'Health Data Privacy Q&A',
      start: '2026-04-15T10:00',
      end: '2026-04-15T11:30',
      location: 'Online',
    });
  });

  it('marks a cancelled event and keeps Vietnamese text whole across folded lines', () => {
    expect(bySlug(events, 'health-tech-demo-night').fields.status).toBe('cancelled');
    const vn = bySlug(events, 'hoi-thao-chuyen-doi-so-y-te-2026');
    expect(vn.fields).toMatchObject({
      title: 'Hội thảo Chuyển đổi số Y tế 2026',
      timezone: 'Asia/Ho_Chi_Minh',
      start: '2026-05-21T08:30',
      end: '2026-05-22T17:00',
    });
    expect(vn.body).toBe(
      'Hội thảo về chuyển đổi số trong y tế: bệnh án điện tử, khám chữa bệnh từ xa và dữ liệu y tế quốc gia.',
    );
  });
});

describe('other exporters', () => {
  it('maps an Outlook zone name to IANA and prefers its HTML description', () => {
    const { events } = importFile('outlook-export.ics');
    expect(events).toHaveLength(1);
    expect(eventFileText(events[0]!)).toMatchInlineSnapshot(`
      "---
      title: "eHealth Working Group"
      start: "2026-04-16T14:00"
      end: "2026-04-16T16:00"
      timezone: "Europe/Berlin"
      location: "Amsterdam"
      organizer: "Anna de Vries"
      ---

      Quarterly meeting of the *regional eHealth working group*.

      Agenda: [see the agenda](https://example.org/agenda)
      "
    `);
    expect(events[0]!.notes).toEqual(['time zone "W. Europe Standard Time" is written as "Europe/Berlin"']);
  });

  it('reads real files from ical.js and python-icalendar test suites', () => {
    const fields = (name: string) =>
      importFile(name).events.map((e) => ({ slug: e.slug, ...e.fields, errors: errorsOf(e) }));
    expect(fields('icaljs-daily_recur.ics')).toEqual([
      {
        slug: 'every-day-recurring',
        title: 'Every day recurring',
        start: '2012-08-01T05:00',
        end: '2012-08-01T06:00',
        timezone: 'America/Los_Angeles',
        recurrence: 'FREQ=DAILY',
        errors: [],
      },
    ]);
    expect(fields('icaljs-day_long_recur_yearly.ics')).toEqual([
      {
        slug: 'day-long-event',
        title: 'Day Long Event',
        start: '2012-08-03',
        recurrence: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
        errors: [],
      },
    ]);
    expect(fields('icalendar-alarm_thunderbird_future.ics')).toEqual([
      {
        slug: 'event-with-alarms',
        title: 'event with alarms',
        start: '2024-10-23T15:00',
        end: '2024-10-23T16:00',
        timezone: 'Europe/London',
        errors: [],
      },
    ]);
    expect(fields('icalendar-x_location.ics')).toEqual([
      {
        slug: 'daily-sync',
        title: 'Daily Sync',
        start: '2016-10-28T14:00',
        end: '2016-10-28T14:30',
        timezone: 'Europe/Zurich',
        location: 'Roadstar 16, 12764 Happyville, Denmark',
        recurrence: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
        errors: [],
      },
    ]);
    // All-day dates written without VALUE=DATE, and DTEND equal to DTSTART.
    expect(fields('icalendar-example.ics').map((e) => [e.slug, e.start, e.end, e.errors])).toEqual([
      ['new-years-day', '2022-01-01', undefined, []],
      ['orthodox-christmas', '2022-01-07', undefined, []],
      ['international-womens-day', '2022-03-08', undefined, []],
    ]);
  });

  it('turns changed single dates (RECURRENCE-ID) into an exclude plus an event of their own', () => {
    const { events } = importFile('icaljs-recur_instances.ics');
    expect(events.map((e) => [e.slug, e.fields.start, e.fields.exclude, errorsOf(e)])).toEqual([
      [
        'crazy-event-thingy',
        '2012-10-02T10:00',
        ['2012-10-02', '2012-11-05', '2012-12-04', '2013-02-05', '2013-04-02'],
        [],
      ],
      ['crazy-event-thingy-2012-10-02', '2012-10-02T15:00', undefined, []],
      ['crazy-event-thingy-2012-11-05', '2012-11-06T20:00', undefined, []],
    ]);
    expect(events[0]!.notes).toContain(
      'it has extra dates (RDATE) that the site cannot list on one page; add them as events of their own if they matter',
    );
  });
});

describe('edge cases', () => {
  const calendar = (...lines: string[]) =>
    ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', ...lines, 'END:VCALENDAR'].join('\r\n');
  const vevent = (...lines: string[]) =>
    ['BEGIN:VEVENT', 'UID:x@example.org', 'DTSTAMP:20260101T000000Z', ...lines, 'END:VEVENT'].join('\r\n');

  it('skips, with the reason, an event it cannot place', () => {
    const result = importIcs(
      calendar(vevent('SUMMARY:Weekly call', 'DTSTART:20260106T030000Z', 'RRULE:FREQ=WEEKLY;BYDAY=TU')),
      { siteTimeZone: TZ },
    );
    expect(result.events).toEqual([]);
    expect(result.skipped).toEqual([
      {
        title: 'Weekly call',
        reason:
          'repeats on named days (FREQ=WEEKLY;BYDAY=TU) in a zone the site cannot use, and converting the times would move those days; add it by hand',
      },
    ]);
    expect(importIcs(calendar(vevent('DTSTART:20260106T030000Z')), { siteTimeZone: TZ }).skipped).toEqual([
      {
        title: '(no title, UID x@example.org)',
        reason: 'has no title (SUMMARY); give it one in the calendar and export again',
      },
    ]);
  });

  it("converts a zone the site does not know through the file's own VTIMEZONE", () => {
    const vtimezone = [
      'BEGIN:VTIMEZONE',
      'TZID:Office time',
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      'TZOFFSETFROM:+0300',
      'TZOFFSETTO:+0300',
      'END:STANDARD',
      'END:VTIMEZONE',
    ].join('\r\n');
    const { events } = importIcs(
      calendar(vtimezone, vevent('SUMMARY:Board meeting', 'DTSTART;TZID=Office time:20260601T150000', 'DURATION:PT2H')),
      { siteTimeZone: TZ },
    );
    expect(events[0]!.fields).toEqual({ title: 'Board meeting', start: '2026-06-01T08:00', end: '2026-06-01T10:00' });
    expect(events[0]!.notes).toEqual([
      'time zone "Office time" is not a name the site knows; the times were converted to America/New_York',
    ]);
  });

  it('gives two entries with one title different slugs', () => {
    const two = calendar(
      vevent('SUMMARY:Meetup', 'DTSTART;VALUE=DATE:20260301'),
      vevent('SUMMARY:Meetup', 'DTSTART;VALUE=DATE:20260401').replace('UID:x@', 'UID:y@'),
    );
    expect(importIcs(two, { siteTimeZone: TZ }).events.map((e) => e.slug)).toEqual(['meetup', 'meetup-2026-04-01']);
  });

  it('turns HTML into plain Markdown', () => {
    expect(htmlToMarkdown('<p>One<br>two</p><ul><li>a</li><li>b</li></ul><script>alert(1)</script>')).toBe(
      'One  \ntwo\n\n- a\n- b',
    );
  });

  it('refuses a file it cannot read, saying why', () => {
    expect(importError(read('icalendar-small_bad_calendar.ics'))).toBe(
      'could not be read (invalid ical body. component began but did not end): the file seems cut off (a BEGIN: line has no matching END:); export it again',
    );
    expect(importError(read('broken-truncated.ics'))).toBe(
      'could not be read (invalid ical body. component began but did not end): the file seems cut off (a BEGIN: line has no matching END:); export it again',
    );
    expect(importError(read('not-a-calendar.ics'))).toBe(
      'is not an iCalendar file: it should start with BEGIN:VCALENDAR (this looks like a web page: download the .ics file itself, not the page that links to it)',
    );
    expect(importError(read('only-todos.ics'))).toBe('has no events in it (no BEGIN:VEVENT), only 1 to-do');
    expect(importError('')).toBe('is not an iCalendar file: it should start with BEGIN:VCALENDAR');
  });
});

describe('npm run import (command)', { timeout: 60_000 }, () => {
  const listing = (dir: string): string[] =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
      .sort();

  it('writes the files, skips existing slugs unless --force, and says what it did', () => {
    const dir = scratchCopy('good');
    mkdirSync(join(dir, 'content/events/2025'), { recursive: true });
    writeFileSync(
      join(dir, 'content/events/2025/rural-telehealth-symposium.md'),
      '---\ntitle: "Rural Telehealth Symposium"\nstart: "2026-03-10"\n---\n\nOur own text.\n',
    );
    writeFileSync(join(dir, 'google.ics'), read('google-export.ics'));

    const first = runScript('import.ts', ['google.ics'], dir);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatchInlineSnapshot(`
      "google.ics: 6 events
        wrote content/events/2026/interoperability-forum-berlin-2026.md  (http://localhost:4321/events/interoperability-forum-berlin-2026/)
        wrote content/events/2026/digital-health-policy-webinar.md  (http://localhost:4321/events/digital-health-policy-webinar/)
        wrote content/events/2026/health-data-privacy-q-and-a.md  (http://localhost:4321/events/health-data-privacy-q-and-a/)
        wrote content/events/2026/health-tech-demo-night.md  (http://localhost:4321/events/health-tech-demo-night/)
        wrote content/events/2026/hoi-thao-chuyen-doi-so-y-te-2026.md  (http://localhost:4321/events/hoi-thao-chuyen-doi-so-y-te-2026/)
        skipped "Rural Telehealth Symposium": content/events/2025/rural-telehealth-symposium.md already has the slug "rural-telehealth-symposium"; add --force to replace it
      5 files written, 1 skipped. Read them over (the description may need tidying), then run "npm run check" and preview with "npm run dev".
      "
    `);
    expect(readFileSync(join(dir, 'content/events/2025/rural-telehealth-symposium.md'), 'utf8')).toContain(
      'Our own text.',
    );
    const check = runScript('check.ts', [], dir);
    expect(check.status).toBe(0);
    expect(check.stdout).toContain('0 errors and 0 warnings in 9 files');

    const again = runScript('import.ts', ['google.ics'], dir);
    expect(again.stdout).toContain('0 files written, 6 skipped.');
    const forced = runScript('import.ts', ['google.ics', '--force'], dir);
    expect(forced.stdout).toContain(
      '  replaced content/events/2025/rural-telehealth-symposium.md  (http://localhost:4321/events/rural-telehealth-symposium/)',
    );
    expect(readFileSync(join(dir, 'content/events/2025/rural-telehealth-symposium.md'), 'utf8')).toContain(
      'Three days of sessions',
    );
  });

  it('writes nothing for a broken file, and explains', () => {
    const dir = scratchCopy('good');
    writeFileSync(join(dir, 'cut.ics'), read('broken-truncated.ics'));
    const before = listing(dir);
    const result = runScript('import.ts', ['cut.ics'], dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatchInlineSnapshot(`
      "npm run import: cut.ics could not be read (invalid ical body. component began but did not end): the file seems cut off (a BEGIN: line has no matching END:); export it again. Nothing was written.
      "
    `);
    expect(listing(dir)).toEqual(before);
  });

  it('writes nothing on --dry-run, and refuses wrong arguments', () => {
    const dir = scratchCopy('good');
    writeFileSync(join(dir, 'outlook.ics'), read('outlook-export.ics'));
    const dry = runScript('import.ts', ['outlook.ics', '--dry-run'], dir);
    expect(dry.stdout).toContain('  would write content/events/2026/ehealth-working-group.md');
    expect(existsSync(join(dir, 'content/events/2026/ehealth-working-group.md'))).toBe(false);
    expect(runScript('import.ts', ['outlook.ics', '--forse'], dir).stderr).toBe(
      'npm run import: unknown option --forse; did you mean --force?\n',
    );
    expect(runScript('import.ts', ['missing.ics'], dir).stderr).toBe(
      'npm run import: there is no file missing.ics; check the name and folder\n',
    );
  });
});
