/**
 * A recurring event's rule in the words of a printed programme, from the
 * dates the site actually lists, so exclusions and counts are never wrong:
 * "Every Tuesday, 5 sessions from 10 Nov to 15 Dec 2026, none on 1 Dec".
 * The one place this is written; the event page, its card and the event feed use it.
 */
import type { ByWeekday } from 'rrule';
import { RRule } from './rrule.ts';
import { dayOfWeek, type IsoDate } from './calendar-date.ts';
import type { Occurrence } from './occurrences.ts';
import { readerDateInYear, readerDayMonth, type DateLocale } from './reader-dates.ts';

/** What the words are made from: the rule, the dates it gave and those `exclude` took out. */
export interface Series {
  rule: string;
  start: IsoDate;
  occurrences: readonly Pick<Occurrence, 'start'>[];
  skipped: readonly IsoDate[];
  /** Set for an open-ended rule: more dates follow the ones listed. */
  cappedAt?: IsoDate;
}

const ORDINALS: Record<number, string> = { 1: 'first', 2: 'second', 3: 'third', 4: 'fourth', 5: 'fifth', [-1]: 'last' };
const DAY_SUFFIX = (n: number) =>
  n % 100 >= 11 && n % 100 <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');

/** A BYDAY entry as its weekday (Monday = 0) and its ordinal in the month, if any (`1TU`, `-1FR`). */
function weekdayOf(day: ByWeekday): { weekday: number; n?: number } {
  if (typeof day === 'number') return { weekday: day };
  if (typeof day === 'string') return { weekday: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'].indexOf(day) };
  return { weekday: day.weekday, ...(day.n !== undefined && { n: day.n }) };
}

/** `Tuesday`, from the site's locale; rrule counts from Monday = 0, date-fns from Sunday = 0. */
const weekdayName = (weekday: number, locale: DateLocale) =>
  locale.dateNames.localize.day(((weekday + 1) % 7) as 0, { width: 'wide' });

const listOf = (words: readonly string[]) =>
  words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)!}`;

/** Every 1 -> "every", 2 -> "every other", n -> "every n <units>". */
const every = (interval: number, unit: string) =>
  interval === 1 ? `every ${unit}` : interval === 2 ? `every other ${unit}` : `every ${interval} ${unit}s`;

/** The pattern alone: "Every Tuesday", "Every other week on Monday and Thursday", "The first Tuesday of every month". */
export function recurrencePattern(rule: string, start: IsoDate, locale: DateLocale): string {
  const options = RRule.parseString(rule);
  const interval = options.interval ?? 1;
  const days = ([] as ByWeekday[]).concat(options.byweekday ?? []).map(weekdayOf);
  const monthDays = ([] as number[]).concat(options.bymonthday ?? []);
  const simple = !options.bysetpos && !options.byhour && !options.byminute && !options.byyearday && !options.byweekno;
  if (simple) {
    switch (options.freq) {
      case RRule.DAILY:
        if (days.length === 0 && monthDays.length === 0) return capitalise(every(interval, 'day'));
        break;
      case RRule.WEEKLY: {
        if (days.some((d) => d.n) || monthDays.length > 0) break;
        const names = (days.length > 0 ? days.map((d) => d.weekday) : [(dayOfWeek(start) + 6) % 7]).map((d) =>
          weekdayName(d, locale),
        );
        return interval === 1 ? `Every ${listOf(names)}` : `${capitalise(every(interval, 'week'))} on ${listOf(names)}`;
      }
      case RRule.MONTHLY: {
        const month = every(interval, 'month');
        if (days.length > 0 && days.every((d) => d.n && ORDINALS[d.n]) && monthDays.length === 0)
          return `The ${listOf(days.map((d) => `${ORDINALS[d.n!]!} ${weekdayName(d.weekday, locale)}`))} of ${month}`;
        if (days.length === 0) {
          const dates = monthDays.length > 0 ? monthDays : [Number(start.slice(8, 10))];
          if (dates.every((n) => n > 0))
            return `${capitalise(month)} on the ${listOf(dates.map((n) => `${n}${DAY_SUFFIX(n)}`))}`;
        }
        break;
      }
      case RRule.YEARLY:
        if (days.length === 0 && monthDays.length === 0 && !options.bymonth)
          return `${capitalise(every(interval, 'year'))} on ${readerDayMonth(start, locale, false)}`;
        break;
    }
  }
  // Rules the patterns above do not cover read as rrule's own English, without its count or end.
  const { count: _count, until: _until, ...shape } = options;
  return capitalise(new RRule(shape).toText());
}

/**
 * The whole series in words. A bounded rule says how many sessions and from
 * when to when; an open-ended one says when it starts; taken-out dates follow.
 */
export function recurrenceWords(series: Series, locale: DateLocale): string {
  const pattern = recurrencePattern(series.rule, series.start, locale);
  const dates = series.occurrences.map((o) => o.start);
  const first = dates[0];
  const last = dates.at(-1);
  if (!first || !last) return pattern;
  const parts = [pattern];
  if (series.cappedAt) parts.push(`from ${readerDayMonth(first, locale)}`);
  else if (dates.length === 1) parts.push(`1 session, on ${readerDayMonth(first, locale)}`);
  else parts.push(`${dates.length} sessions from ${shortDate(first, last, locale)} to ${readerDayMonth(last, locale)}`);
  const skipped = series.skipped.filter((d) => d >= first && (series.cappedAt ? d <= series.cappedAt : d <= last));
  const reference = series.cappedAt ? first : last;
  if (skipped.length > 0) parts.push(`none on ${listOf(skipped.map((d) => shortDate(d, reference, locale)))}`);
  return parts.join(', ');
}

/** A date without its year when `reference` gives it: `10 Nov` before `15 Dec 2026`. */
function shortDate(date: IsoDate, reference: IsoDate, locale: DateLocale): string {
  return readerDayMonth(date, locale, date.slice(0, 4) !== reference.slice(0, 4));
}

/** The words for a listed event (src/lib/site-index.ts), or undefined when it does not repeat. */
export function seriesWords(
  listed: { event: { recurrence?: string; start: IsoDate } } & Omit<Series, 'rule' | 'start'>,
  locale: DateLocale,
): string | undefined {
  const { event, occurrences, skipped, cappedAt } = listed;
  if (!event.recurrence) return undefined;
  const series = { rule: event.recurrence, start: event.start, occurrences, skipped, ...(cappedAt && { cappedAt }) };
  return recurrenceWords(series, locale);
}

/** A series on a list of what is coming, listed once: `Every Tuesday, next Tue 8 Dec`. */
export function seriesNext(rule: string, start: IsoDate, next: IsoDate, locale: DateLocale): string {
  return `${recurrencePattern(rule, start, locale)}, next ${readerDateInYear(next, locale)}`;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
