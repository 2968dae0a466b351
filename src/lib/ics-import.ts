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
import ICAL from 'ical.js';
import TurndownService from 'turndown';
import { addDays, type IsoDate } from './calendar-date.ts';
import { slugify } from './slug.ts';
import { isValidTimeZone, wallClockAt, type WallTime } from './zoned-time.ts';
import { readUrl } from './validation/field-values.ts';
import { tagKey } from './tags.ts';

type Component = InstanceType<typeof ICAL.Component>;
type Property = InstanceType<typeof ICAL.Property>;
type Time = InstanceType<typeof ICAL.Time>;

/** The whole file cannot be imported; nothing should be written. */
export class IcsError extends Error {
  override name = 'IcsError';
}

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

export interface EventFrontMatter {
  title: string;
  start: string;
  end?: string;
  timezone?: string;
  location?: string;
  online?: string;
  url?: string;
  organizer?: string;
  tags?: string[];
  status?: 'cancelled';
  recurrence?: string;
  exclude?: IsoDate[];
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

/** Outlook/Exchange names for common zones (CLDR windowsZones.xml, territory 001). */
const WINDOWS_ZONES: Record<string, string> = {
  'Dateline Standard Time': 'Etc/GMT+12',
  'Hawaiian Standard Time': 'Pacific/Honolulu',
  'Alaskan Standard Time': 'America/Anchorage',
  'Pacific Standard Time': 'America/Los_Angeles',
  'US Mountain Standard Time': 'America/Phoenix',
  'Mountain Standard Time': 'America/Denver',
  'Central Standard Time': 'America/Chicago',
  'Central Standard Time (Mexico)': 'America/Mexico_City',
  'Canada Central Standard Time': 'America/Regina',
  'Eastern Standard Time': 'America/New_York',
  'SA Pacific Standard Time': 'America/Bogota',
  'Atlantic Standard Time': 'America/Halifax',
  'Newfoundland Standard Time': 'America/St_Johns',
  'E. South America Standard Time': 'America/Sao_Paulo',
  'Argentina Standard Time': 'America/Argentina/Buenos_Aires',
  UTC: 'UTC',
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Romance Standard Time': 'Europe/Paris',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Central European Standard Time': 'Europe/Warsaw',
  'W. Central Africa Standard Time': 'Africa/Lagos',
  'GTB Standard Time': 'Europe/Bucharest',
  'FLE Standard Time': 'Europe/Kyiv',
  'E. Europe Standard Time': 'Europe/Chisinau',
  'Egypt Standard Time': 'Africa/Cairo',
  'South Africa Standard Time': 'Africa/Johannesburg',
  'Israel Standard Time': 'Asia/Jerusalem',
  'Turkey Standard Time': 'Europe/Istanbul',
  'Russian Standard Time': 'Europe/Moscow',
  'Arab Standard Time': 'Asia/Riyadh',
  'E. Africa Standard Time': 'Africa/Nairobi',
  'Iran Standard Time': 'Asia/Tehran',
  'Arabian Standard Time': 'Asia/Dubai',
  'Pakistan Standard Time': 'Asia/Karachi',
  'India Standard Time': 'Asia/Kolkata',
  'Nepal Standard Time': 'Asia/Kathmandu',
  'Bangladesh Standard Time': 'Asia/Dhaka',
  'SE Asia Standard Time': 'Asia/Bangkok',
  'China Standard Time': 'Asia/Shanghai',
  'Singapore Standard Time': 'Asia/Singapore',
  'Taipei Standard Time': 'Asia/Taipei',
  'W. Australia Standard Time': 'Australia/Perth',
  'Tokyo Standard Time': 'Asia/Tokyo',
  'Korea Standard Time': 'Asia/Seoul',
  'Cen. Australia Standard Time': 'Australia/Adelaide',
  'E. Australia Standard Time': 'Australia/Brisbane',
  'AUS Eastern Standard Time': 'Australia/Sydney',
  'New Zealand Standard Time': 'Pacific/Auckland',
};

/** Rule parts that name days: they would point at other days if the dates moved to another zone. */
const DAY_PARTS = /(^|;)(BYDAY|BYMONTHDAY|BYYEARDAY|BYWEEKNO|BYSETPOS)=/i;

const MAX_COUNT = 5000;

const turndown = new TurndownService({
  headingStyle: 'atx',
  bulletListMarker: '-',
  codeBlockStyle: 'fenced',
  emDelimiter: '*',
});
turndown.remove(['script', 'style', 'head', 'title']);

/** Google and others write all-day dates as `DTSTART:20220101` without VALUE=DATE; ical.js rejects that. */
function addMissingDateValue(text: string): string {
  return text.replace(
    /^(DTSTART|DTEND|RECURRENCE-ID|EXDATE|RDATE)((?:;[^:\r\n]*)?):(\d{8}(?:,\d{8})*)(\r?)$/gim,
    (line, name: string, params: string, value: string, cr: string) =>
      /;VALUE=/i.test(params) ? line : `${name}${params};VALUE=DATE:${value}${cr}`,
  );
}

function parseCalendars(text: string): Component[] {
  const clean = text.replace(/^\uFEFF/, '');
  if (!/^\s*BEGIN:VCALENDAR/i.test(clean)) {
    const looksLikeHtml = /^\s*</.test(clean);
    throw new IcsError(
      `is not an iCalendar file: it should start with BEGIN:VCALENDAR${looksLikeHtml ? ' (this looks like a web page: download the .ics file itself, not the page that links to it)' : ''}`,
    );
  }
  let jcal: unknown;
  try {
    jcal = ICAL.parse(addMissingDateValue(clean));
  } catch (error) {
    const message = (error as Error).message.replace(/\.$/, '');
    const hint = /began but did not end|not end/i.test(message)
      ? 'the file seems cut off (a BEGIN: line has no matching END:); export it again'
      : 'the file is damaged or not valid iCalendar; export it again';
    throw new IcsError(`could not be read (${message}): ${hint}`);
  }
  const list = (Array.isArray(jcal) && Array.isArray(jcal[0]) ? jcal : [jcal]) as unknown[];
  return list.map((data) => new ICAL.Component(data as never)).filter((c) => c.name === 'vcalendar');
}

// --- zones and times ----------------------------------------------------

interface ZonePlan {
  /** IANA zone the event is written in; undefined means the site's zone (no `timezone:` line). */
  zone?: string;
  /** Times are converted to `zone`'s wall clock rather than kept as written. */
  convert: boolean;
  /** Said to the writer when the zone changed on the way. */
  note?: string;
  /** The IANA name of a TZID of this calendar, when it has one. */
  iana: (tzid: string) => string | undefined;
}

function ianaFor(tzid: string, calendar: Component): string | undefined {
  const clean = tzid.replace(/^"|"$/g, '').trim();
  if (isValidTimeZone(clean) && clean.includes('/')) return clean;
  if (clean.toUpperCase() === 'UTC' || clean.toUpperCase() === 'GMT') return 'UTC';
  const windows = WINDOWS_ZONES[clean];
  if (windows) return windows;
  const vtimezone = calendar.getAllSubcomponents('vtimezone').find((z) => z.getFirstPropertyValue('tzid') === tzid);
  const location = vtimezone?.getFirstPropertyValue('x-lic-location');
  if (typeof location === 'string' && isValidTimeZone(location)) return location;
  // "/mozilla.org/20050126_1/Europe/Berlin", "custom_America/New_York": an IANA name at the end.
  const tail = /([A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+)$/.exec(clean)?.[1];
  if (tail) {
    for (let parts = tail.split('/'); parts.length >= 2; parts = parts.slice(1)) {
      const candidate = parts.join('/');
      if (isValidTimeZone(candidate)) return candidate;
    }
  }
  return undefined;
}

function planZone(
  start: Time,
  prop: Property,
  iana: (tzid: string) => string | undefined,
  siteTimeZone: string,
): ZonePlan {
  if (start.isDate) return { convert: false, iana };
  const tzid = prop.getParameter('tzid');
  const isUtc = start.zone === ICAL.Timezone.utcTimezone || start.zone?.tzid === 'UTC';
  if (typeof tzid === 'string' && !isUtc) {
    const name = iana(tzid);
    if (name === 'UTC') return { convert: true, iana };
    if (name === siteTimeZone) return { convert: false, iana };
    if (name)
      return {
        zone: name,
        convert: false,
        iana,
        ...(name !== tzid && { note: `time zone "${tzid}" is written as "${name}"` }),
      };
    return {
      convert: true,
      iana,
      note: `time zone "${tzid}" is not a name the site knows; the times were converted to ${siteTimeZone}`,
    };
  }
  if (isUtc) return { convert: true, iana };
  return { convert: false, iana }; // floating: a wall clock without zone, read in the site's zone
}

interface Wall {
  date: IsoDate;
  time?: WallTime;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function asWritten(t: Time): Wall {
  const date = `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}`;
  return t.isDate ? { date } : { date, time: `${pad(t.hour)}:${pad(t.minute)}` };
}

/** A time as the wall clock the file will say: as written, or converted to `zone`. */
function wallOf(t: Time, plan: ZonePlan, zone: string): Wall {
  if (t.isDate) return asWritten(t);
  const tzid = t.zone?.tzid;
  if (!plan.convert && (!tzid || tzid === 'floating' || plan.iana(tzid) === zone)) return asWritten(t);
  return wallClockAt(new Date(t.toUnixTime() * 1000), zone);
}

const shown = (w: Wall) => (w.time ? `${w.date}T${w.time}` : w.date);

// --- one event ------------------------------------------------------------

function text(component: Component, name: string): string | undefined {
  const value = component.getFirstPropertyValue(name);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

export function htmlToMarkdown(html: string): string {
  return turndown
    .turndown(html)
    .replace(/^(\s*)([-*]|\d+\.)\s{2,}/gm, '$1$2 ') // "-   item" -> "- item"
    .replace(/^[ \t]+$/gm, '') // lines left with only the spaces of a <br>
    .replace(/[ \t]+\n(?=\n)/g, '\n') // a <br> right before a paragraph break
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function bodyOf(vevent: Component): string {
  const altDesc = vevent
    .getAllProperties('x-alt-desc')
    .find((p) => /html/i.test(String(p.getParameter('fmttype') ?? '')));
  const html = altDesc ? String(altDesc.getFirstValue() ?? '') : undefined;
  const description = text(vevent, 'description');
  const source = html?.trim() ? html : description;
  if (!source) return '';
  if (/<\/?[a-z][\w-]*(\s[^>]*)?\/?>/i.test(source)) return htmlToMarkdown(source);
  return source
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function tagsOf(vevent: Component, knownTags: readonly string[] = []): string[] {
  const known = new Map(knownTags.map((tag) => [tagKey(tag), tag]));
  const tags: string[] = [];
  const seen = new Set<string>();
  for (const prop of vevent.getAllProperties('categories')) {
    for (const value of prop.getValues()) {
      const tag = String(value).replace(/\s+/g, ' ').trim().slice(0, 60).trim();
      const key = tagKey(tag);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      tags.push(known.get(key) ?? tag);
    }
  }
  return tags;
}

function organizerOf(vevent: Component): string | undefined {
  const prop = vevent.getFirstProperty('organizer');
  if (!prop) return undefined;
  const name = prop.getParameter('cn');
  if (typeof name === 'string' && name.trim()) return name.replace(/^"|"$/g, '').trim();
  const value = String(prop.getFirstValue() ?? '')
    .replace(/^mailto:/i, '')
    .trim();
  return value || undefined;
}

function cutTitle(title: string): string {
  if (title.length <= 200) return title;
  const cut = title.slice(0, 200);
  const space = cut.lastIndexOf(' ');
  return (space > 100 ? cut.slice(0, space) : cut).trim();
}

interface Converted {
  event: ImportedEvent;
  plan: ZonePlan;
  zone: string;
  start: Time;
}

function convertEvent(
  vevent: Component,
  iana: (tzid: string) => string | undefined,
  options: ImportOptions,
  title: string,
): Converted {
  const notes: string[] = [];
  const starts = vevent.getAllProperties('dtstart');
  if (starts.length === 0) throw new IcsError('has no start (DTSTART)');
  if (starts.length > 1)
    throw new IcsError(
      `has ${starts.length} start times (DTSTART); the calendar entry is inconsistent, so it was left out`,
    );
  const startProp = starts[0] as Property;
  const event = new ICAL.Event(vevent);
  const start = event.startDate;
  if (!start) throw new IcsError('has no start (DTSTART)');
  const plan = planZone(start, startProp, iana, options.siteTimeZone);
  if (plan.note) notes.push(plan.note);
  const zone = plan.zone ?? options.siteTimeZone;
  const startWall = wallOf(start, plan, zone);

  // End: ical.js gives DTEND, or start + DURATION, or the default (a day for all-day events).
  let endWall: Wall | undefined;
  const hasEnd = vevent.hasProperty('dtend') || vevent.hasProperty('duration');
  const endTime = hasEnd ? event.endDate : undefined;
  if (start.isDate) {
    const exclusive = endTime ? asWritten(endTime).date : addDays(startWall.date, 1);
    const last = addDays(exclusive, -1);
    if (last > startWall.date) endWall = { date: last };
  } else if (endTime) {
    const end = endTime.isDate ? { date: addDays(asWritten(endTime).date, -1) } : wallOf(endTime, plan, zone);
    const later =
      end.date > startWall.date ||
      (end.date === startWall.date &&
        end.time !== undefined &&
        startWall.time !== undefined &&
        end.time > startWall.time);
    if (later) endWall = end;
    else if (end.date !== startWall.date || end.time !== startWall.time)
      notes.push(`its end (${shown(end)}) was before its start, so it was left out`);
  }

  // Repetition.
  const rrules = vevent.getAllProperties('rrule');
  let recurrence: string | undefined;
  const exclude: IsoDate[] = [];
  if (rrules.length > 0) {
    const recur = (rrules[0] as Property).getFirstValue() as InstanceType<typeof ICAL.Recur>;
    recurrence = ruleText(recur, start);
    if (/(^|;)COUNT=1(;|$)/.test(recurrence)) recurrence = undefined; // happens once: no repetition
    if (rrules.length > 1) notes.push(`it has ${rrules.length} repeat rules (RRULE); only the first was imported`);
    const moved = plan.convert && startWall.date !== asWritten(start).date;
    if (recurrence && moved && DAY_PARTS.test(recurrence)) {
      throw new IcsError(
        `repeats on named days (${recurrence}) in a zone the site cannot use, and converting the times would move those days; add it by hand`,
      );
    }
    for (const prop of vevent.getAllProperties('exdate')) {
      for (const value of prop.getValues() as Time[]) {
        const excluded = value.isDate && !start.isDate ? withDate(start, value) : value;
        const date = wallOf(excluded, plan, zone).date;
        if (!exclude.includes(date)) exclude.push(date);
      }
    }
    exclude.sort();
    if (!recurrence) exclude.length = 0;
  } else if (vevent.hasProperty('exdate')) {
    notes.push('it has dates to skip (EXDATE) but does not repeat; they were left out');
  }
  if (vevent.hasProperty('rdate'))
    notes.push(
      'it has extra dates (RDATE) that the site cannot list on one page; add them as events of their own if they matter',
    );

  // Everything else.
  const location = text(vevent, 'location')?.replace(/\s*\n\s*/g, ', ');
  const urlText = text(vevent, 'url');
  const url = urlText ? readUrl(urlText) : undefined;
  if (urlText && !url?.ok) notes.push(`its URL "${urlText}" is not a web address and was left out`);
  const conference = text(vevent, 'x-google-conference');
  const online = conference ? readUrl(conference) : undefined;
  const organizer = organizerOf(vevent);
  const tags = tagsOf(vevent, options.knownTags);
  const cancelled = text(vevent, 'status')?.toUpperCase() === 'CANCELLED';

  const fields: EventFrontMatter = {
    title,
    start: shown(startWall),
    ...(endWall && { end: shown(endWall) }),
    ...(plan.zone && { timezone: plan.zone }),
    ...(location && { location: location.length > 300 ? `${location.slice(0, 297)}...` : location }),
    ...(online?.ok && { online: online.value }),
    ...(url?.ok && { url: url.value }),
    ...(organizer && { organizer: organizer.slice(0, 200) }),
    ...(tags.length > 0 && { tags }),
    ...(cancelled && { status: 'cancelled' as const }),
    ...(recurrence && { recurrence }),
    ...(exclude.length > 0 && { exclude }),
  };
  const uid = text(vevent, 'uid');
  return { event: { title, slug: '', ...(uid && { uid }), fields, body: bodyOf(vevent), notes }, plan, zone, start };
}

/** A copy of `time` on the day of `date` (a date-only EXDATE of a timed event). */
function withDate(time: Time, date: Time): Time {
  const copy = time.clone();
  copy.year = date.year;
  copy.month = date.month;
  copy.day = date.day;
  return copy;
}

/** The rule as the site reads it: UNTIL becomes the COUNT it amounts to, which no zone can shift. */
function ruleText(recur: InstanceType<typeof ICAL.Recur>, start: Time): string {
  const copy = recur.clone();
  if (copy.until) {
    const iterator = copy.iterator(start);
    let count = 0;
    for (let next = iterator.next(); next && count <= MAX_COUNT; next = iterator.next()) count++;
    copy.until = null;
    copy.count = Math.max(count, 1);
  }
  // WKST=MO is the default, and Zimbra/Outlook write INTERVAL=1 everywhere: leave them out.
  return copy
    .toString()
    .split(';')
    .filter((part) => part !== 'INTERVAL=1' && part !== 'WKST=MO')
    .join(';');
}

// --- the whole file ---------------------------------------------------------

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

// --- the Markdown file ----------------------------------------------------------

const yamlText = (value: string) => JSON.stringify(value);
const yamlList = (values: readonly string[]) => `[${values.map(yamlText).join(', ')}]`;

/** The event as a content file: front matter in the contract's order, then the body. */
export function eventFileText(event: ImportedEvent): string {
  const lines = Object.entries(event.fields).map(
    ([key, value]) => `${key}: ${Array.isArray(value) ? yamlList(value) : yamlText(String(value))}`,
  );
  return `---\n${lines.join('\n')}\n---\n${event.body ? `\n${event.body}\n` : ''}`;
}

/** Where a new event file goes: `content/events/<year it starts>/<slug>.md`. */
export function eventFilePath(event: ImportedEvent): string {
  return `content/events/${event.fields.start.slice(0, 4)}/${event.slug}.md`;
}
