/**
 * What a reader sees of an occurrence's when, in the site's words for dates
 * (src/lib/reader-dates.ts), and the machine-readable instants for
 * `<time datetime>`. Pages, cards, feeds and search results all show this one
 * view, so they cannot disagree.
 */
import type { Occurrence } from './occurrences.ts';
import { lastListedDay } from './event-days.ts';
import { readerDateInYear, readerDateRange, readerTime, zoneAbbreviation, type DateLocale } from './reader-dates.ts';
import { instantOf, isoWithOffset, utcOffsetMinutes, wallClockAt, type WallTime } from './zoned-time.ts';

export interface WhenSettings extends DateLocale {
  /** The site's zone: times elsewhere also say what time that is here. */
  timeZone: string;
  /** The end-of-day cutoff (src/lib/event-days.ts): the dates shown are the days the event is listed on. */
  dayCutoff: WallTime;
}

export interface WhenView {
  /** `Tue 2 - Thu 4 Dec 2025`: the days the calendar lists it on. */
  dates: string;
  /** `10:45 am EST`, `9:00 am - 5:00 pm CET`, or `All day`. */
  time: string;
  /** The start in the site's zone when the event is elsewhere: `(3:00 am EST)`, `(Mon 14 Dec, 8:30 pm EST)`; else empty. */
  zone: string;
  /** `datetime` attribute values: an offset date-time when timed, else the date. */
  startAttr: string;
  endAttr: string;
  /** UTC instant of the start, for the reader's-local-time script; absent for all-day events. */
  startInstant?: string;
  /** The event zone's UTC offset in minutes at the start, so the script can tell whether the reader's zone differs. */
  startOffsetMinutes?: number;
}

/**
 * Views made so far, by event, settings and occurrence: the card, the page,
 * its JSON-LD, its search record and every feed show the same occurrence, and
 * each view asks the zone data several times. Keyed by the event object, so an
 * edited event (a new object) is never shown an old view.
 */
const madeViews = new WeakMap<Occurrence['event'], Map<WhenSettings, Map<string, WhenView>>>();

export function whenView(occurrence: Occurrence, settings: WhenSettings): WhenView {
  let bySettings = madeViews.get(occurrence.event);
  if (!bySettings) madeViews.set(occurrence.event, (bySettings = new Map<WhenSettings, Map<string, WhenView>>()));
  let views = bySettings.get(settings);
  if (!views) bySettings.set(settings, (views = new Map<string, WhenView>()));
  const key = `${occurrence.start} ${occurrence.startTime ?? ''} ${occurrence.end} ${occurrence.endTime ?? ''}`;
  let view = views.get(key);
  if (!view) views.set(key, (view = Object.freeze(makeWhenView(occurrence, settings))));
  return view;
}

function makeWhenView(occurrence: Occurrence, settings: WhenSettings): WhenView {
  const { event, start, startTime, end, endTime } = occurrence;
  const zone = event.timezone;
  const startAttr = startTime ? isoWithOffset(start, startTime, zone) : start;
  const endAttr = endTime ? isoWithOffset(end, endTime, zone) : end;
  const dates = readerDateRange(start, lastListedDay(start, end, endTime, settings.dayCutoff), settings);
  if (!startTime) return { dates, time: 'All day', zone: '', startAttr, endAttr };
  const startsAt = instantOf(start, startTime, zone);
  // An end time is shown when it ends the listed span: a 09:00-17:00 day, a
  // 20:00-01:00 evening, a conference's last afternoon.
  const times = endTime
    ? `${readerTime(startTime, settings)} - ${readerTime(endTime, settings)}`
    : readerTime(startTime, settings);
  const abbreviation = zoneAbbreviation(endTime ? instantOf(end, endTime, zone) : startsAt, zone, settings);
  const startAbbreviation = zoneAbbreviation(startsAt, zone, settings);
  // Across a DST change each end names its own zone: "1:30 am EDT - 3:30 am EST".
  const time =
    endTime && startAbbreviation !== abbreviation
      ? `${readerTime(startTime, settings)} ${startAbbreviation} - ${readerTime(endTime, settings)} ${abbreviation}`
      : `${times} ${abbreviation}`;
  return {
    dates,
    time,
    zone: zone === settings.timeZone ? '' : `(${siteTime(start, startsAt, settings)})`,
    startAttr,
    endAttr,
    startInstant: startsAt.toISOString(),
    startOffsetMinutes: utcOffsetMinutes(startsAt, zone),
  };
}

/** A timed occurrence's start as a calendar cell shows it: `9:00 am CET`, with its offset date-time for `<time datetime>`. */
export function startLabel(
  occurrence: Occurrence,
  settings: WhenSettings,
): { text: string; datetime: string } | undefined {
  const { event, start, startTime } = occurrence;
  if (!startTime) return undefined;
  const zone = zoneAbbreviation(instantOf(start, startTime, event.timezone), event.timezone, settings);
  return {
    text: `${readerTime(startTime, settings)} ${zone}`,
    datetime: isoWithOffset(start, startTime, event.timezone),
  };
}

/** The start on the site's clock, with its date when that is another day than the event's own. */
function siteTime(eventDate: string, startsAt: Date, settings: WhenSettings): string {
  const here = wallClockAt(startsAt, settings.timeZone);
  const time = `${readerTime(here.time, settings)} ${zoneAbbreviation(startsAt, settings.timeZone, settings)}`;
  return here.date === eventDate ? time : `${readerDateInYear(here.date, settings)}, ${time}`;
}

/** The when in one line, for feeds and search results: `Tue 2 - Thu 4 Dec 2025, 10:45 am EST`. */
export function whenText(when: WhenView): string {
  return `${when.dates}, ${when.time}${when.zone ? ` ${when.zone}` : ''}`;
}

/** Kept here for src/lib/search-meta.ts; the rule is in event-status.ts. */
export { STATUS_LABELS } from './event-status.ts';
