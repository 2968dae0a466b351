/**
 * One VEVENT as the contract's fields (docs/content.md): dates and zone,
 * end, repetition (UNTIL as COUNT, EXDATE as exclude), place, links,
 * organizer, categories as tags, status.
 */
import ICAL from 'ical.js';
import { addDays, type IsoDate } from '../calendar-date.ts';
import { tagKey } from '../tags.ts';
import { readUrl } from '../validation/field-values.ts';
import type { EventFrontMatter } from '../validation/fields.ts';
import { IcsError, text, type Component, type Property, type Time } from './calendar-file.ts';
import { bodyOf } from './descriptions.ts';
import type { ImportedEvent, ImportOptions } from './import.ts';
import { asWritten, planZone, shown, wallOf, type Wall, type ZonePlan } from './zones.ts';

/** Rule parts that name days: they would point at other days if the dates moved to another zone. */
const DAY_PARTS = /(^|;)(BYDAY|BYMONTHDAY|BYYEARDAY|BYWEEKNO|BYSETPOS)=/i;

const MAX_COUNT = 5000;

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

export function cutTitle(title: string): string {
  if (title.length <= 200) return title;
  const cut = title.slice(0, 200);
  const space = cut.lastIndexOf(' ');
  return (space > 100 ? cut.slice(0, space) : cut).trim();
}

export interface Converted {
  event: ImportedEvent;
  plan: ZonePlan;
  zone: string;
  start: Time;
}

export function convertEvent(
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
