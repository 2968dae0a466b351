/**
 * iCalendar (.ics) exports from Google Calendar, Outlook, Thunderbird or a
 * WordPress events plugin, turned into the writers' Markdown event files: one
 * per VEVENT. Parsing is ical.js's; this module maps its values onto the
 * contract's fields (docs/content.md). Pure: `npm run import` decides
 * what is written.
 *
 * - Times keep their wall clock and IANA zone (`timezone`). UTC times are shown
 *   as the wall clock of the site's zone; a zone the site does not know (an
 *   Outlook name, a custom VTIMEZONE) is mapped to its IANA name when it has an
 *   obvious one, otherwise converted through the file's own VTIMEZONE.
 * - All-day events: iCalendar's end date is exclusive, the contract's inclusive.
 * - RRULE becomes `recurrence` (UNTIL becomes the equivalent COUNT, which reads
 *   the same in every zone), EXDATE becomes `exclude`, a changed single date
 *   (RECURRENCE-ID) becomes an `exclude` plus an event of its own.
 * - DESCRIPTION (or Outlook's HTML X-ALT-DESC) becomes the body, HTML as Markdown.
 */
import { slugify } from '../slug.ts';
import type { EventFrontMatter } from '../validation/fields.ts';
import { IcsError, parseCalendars, text, type Component, type Time } from './calendar-file.ts';
import { convertEvent, cutTitle, type Converted } from './event.ts';
import { ianaFor, wallOf } from './zones.ts';

export interface ImportOptions {
  siteTimeZone: string;
  /** Tags already used on the site: a category written another way ("Digital Health") takes their spelling. */
  knownTags?: readonly string[];
}

export interface ImportedEvent {
  title: string;
  slug: string;
  /** The UID of the calendar entry, when it has one. */
  uid?: string;
  /** Contract fields in the contract's order, ready to write as front matter. */
  fields: EventFrontMatter;
  body: string;
  /** Things the writer should check, e.g. extra dates that were not imported. */
  notes: string[];
}

export interface SkippedEvent {
  title: string;
  reason: string;
}

export interface IcsImport {
  events: ImportedEvent[];
  skipped: SkippedEvent[];
  /** Other calendar items that are not events (to-dos, journal entries). */
  ignored: string[];
}

export function importIcs(source: string, options: ImportOptions): IcsImport {
  const calendars = parseCalendars(source);
  const events: ImportedEvent[] = [];
  const skipped: SkippedEvent[] = [];
  const ignored: string[] = [];
  const slugs = new Set<string>();
  let veventCount = 0;

  for (const calendar of calendars) {
    const ianaCache = new Map<string, string | undefined>();
    const iana = (tzid: string) => {
      if (!ianaCache.has(tzid)) ianaCache.set(tzid, ianaFor(tzid, calendar));
      return ianaCache.get(tzid);
    };
    const todos = calendar.getAllSubcomponents('vtodo').length;
    const journals = calendar.getAllSubcomponents('vjournal').length;
    if (todos) ignored.push(`${todos} to-do${todos === 1 ? '' : 's'}`);
    if (journals) ignored.push(`${journals} journal entr${journals === 1 ? 'y' : 'ies'}`);

    const vevents = calendar.getAllSubcomponents('vevent');
    veventCount += vevents.length;
    // Single changed dates of a repeating event come after (or before) it with the same UID.
    const masters = new Map<string, Converted>();
    const overrides: Component[] = [];
    for (const vevent of vevents) {
      if (vevent.hasProperty('recurrence-id')) {
        overrides.push(vevent);
        continue;
      }
      const converted = convertOne(vevent, iana, options, skipped, slugs);
      if (!converted) continue;
      events.push(converted.event);
      if (converted.event.uid) masters.set(converted.event.uid, converted);
    }
    for (const vevent of overrides) {
      const uid = text(vevent, 'uid');
      const master = uid ? masters.get(uid) : undefined;
      if (master) {
        const recurrenceId = vevent.getFirstPropertyValue('recurrence-id') as Time;
        const originalDate = wallOf(recurrenceId, master.plan, master.zone).date;
        const fields = master.event.fields;
        if (fields.recurrence) {
          fields.exclude = [...new Set([...(fields.exclude ?? []), originalDate])].sort();
        }
        if (text(vevent, 'status')?.toUpperCase() === 'CANCELLED') {
          master.event.notes.push(`the date ${originalDate} was cancelled, so it is excluded`);
          continue;
        }
        const converted = convertOne(vevent, iana, options, skipped, slugs, `${master.event.slug}-${originalDate}`);
        if (!converted) continue;
        master.event.notes.push(
          `the date ${originalDate} was changed; it is excluded here and imported as ${converted.event.slug}`,
        );
        converted.event.notes.push(`a changed date of the repeating event ${master.event.slug}`);
        events.push(converted.event);
      } else {
        const converted = convertOne(vevent, iana, options, skipped, slugs);
        if (converted) events.push(converted.event);
      }
    }
  }
  if (veventCount === 0) {
    throw new IcsError(
      `has no events in it (no BEGIN:VEVENT)${ignored.length ? `, only ${ignored.join(' and ')}` : ''}`,
    );
  }
  return { events, skipped, ignored };
}

function convertOne(
  vevent: Component,
  iana: (tzid: string) => string | undefined,
  options: ImportOptions,
  skipped: SkippedEvent[],
  slugs: Set<string>,
  wantedSlug?: string,
): Converted | undefined {
  const summary = text(vevent, 'summary')?.replace(/\s+/g, ' ');
  const title = summary ? cutTitle(summary) : undefined;
  const label = title ?? `(no title${text(vevent, 'uid') ? `, UID ${text(vevent, 'uid')}` : ''})`;
  if (!title) {
    skipped.push({ title: label, reason: 'has no title (SUMMARY); give it one in the calendar and export again' });
    return undefined;
  }
  let converted: Converted;
  try {
    converted = convertEvent(vevent, iana, options, title);
  } catch (error) {
    const reason = error instanceof IcsError ? error.message : `could not be read (${(error as Error).message})`;
    skipped.push({ title: label, reason });
    return undefined;
  }
  if (title !== summary) converted.event.notes.push('its title was longer than 200 characters and was cut');
  const base = wantedSlug ?? slugify(title);
  if (!base) {
    skipped.push({ title: label, reason: 'its title has no letters or digits to make a file name from' });
    return undefined;
  }
  // Two entries with one title (a series exported as separate events): add the date.
  let slug = base;
  if (slugs.has(slug)) slug = `${base}-${converted.event.fields.start.slice(0, 10)}`;
  for (let n = 2; slugs.has(slug); n++) slug = `${base}-${converted.event.fields.start.slice(0, 10)}-${n}`;
  slugs.add(slug);
  converted.event.slug = slug;
  return converted;
}
