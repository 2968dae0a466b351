/**
 * Dates and times as readers read them, in the site's locale: "Tue 2 Dec 2025",
 * ranges collapsed ("Tue 2 - Thu 4 Dec 2025"), 12-hour times in lower case with
 * the zone's abbreviation ("10:45 am EST"). The one module that turns dates into
 * words; machine values (`<time datetime>`, feeds, JSON-LD) stay ISO 8601.
 *
 * Dates are calendar days, never instants: each is formatted as a TZDate in
 * UTC, whose getters read back exactly the day written, so the build machine's
 * `TZ` cannot move a day. date-fns is imported per function (not its index),
 * which keeps the command-line tools quick to start.
 */
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import type { Locale } from 'date-fns/locale';
import { parseIsoDate, type IsoDate, type YearMonth } from './calendar-date.ts';
import type { WallTime } from './zoned-time.ts';

/** The site's language for dates (site config): a BCP 47 tag for `Intl` and the matching date-fns locale for names. */
export interface DateLocale {
  locale: string;
  dateNames: Locale;
}

const PATTERN = {
  /** `Tue 2 Dec 2025` */
  day: 'EEE d MMM yyyy',
  /** `Tue 2 Dec`, where the year goes without saying. */
  dayInYear: 'EEE d MMM',
  /** `2 Dec 2025` and `2 Dec`, where the weekday goes without saying (a series that says "Every Tuesday"). */
  dayMonthYear: 'd MMM yyyy',
  dayMonth: 'd MMM',
  /** `Tuesday 2 December 2025`, for headings. */
  longDay: 'EEEE d MMMM yyyy',
  /** `December 2025` */
  month: 'MMMM yyyy',
  /** `Dec 2025` */
  shortMonth: 'MMM yyyy',
  /** `10:45 am` */
  time: 'h:mm aaa',
} as const;

function calendarDay(date: IsoDate): TZDate {
  const p = parseIsoDate(date);
  if (!p) throw new RangeError(`not a calendar date: ${date}`);
  return new TZDate(Date.UTC(p.year, p.month - 1, p.day), 'UTC');
}

const formatted = new Map<string, string>();

/** Formats one calendar day with a date-fns pattern; memoised, as a build writes the same few thousand days many times. */
function formatDay(date: IsoDate, pattern: string, locale: DateLocale): string {
  const key = `${locale.locale}|${pattern}|${date}`;
  let text = formatted.get(key);
  if (text === undefined) formatted.set(key, (text = format(calendarDay(date), pattern, { locale: locale.dateNames })));
  return text;
}

/** `Tue 2 Dec 2025` */
export function readerDate(date: IsoDate, locale: DateLocale): string {
  return formatDay(date, PATTERN.day, locale);
}

/** `Tue 2 Dec`, for a date next to another that gives the year. */
export function readerDateInYear(date: IsoDate, locale: DateLocale): string {
  return formatDay(date, PATTERN.dayInYear, locale);
}

/** `2 Dec 2025`, or `2 Dec` without the year: for dates whose weekday is said elsewhere. */
export function readerDayMonth(date: IsoDate, locale: DateLocale, withYear = true): string {
  return formatDay(date, withYear ? PATTERN.dayMonthYear : PATTERN.dayMonth, locale);
}

/** `Tuesday 2 December 2025` */
export function readerLongDate(date: IsoDate, locale: DateLocale): string {
  return formatDay(date, PATTERN.longDay, locale);
}

/** `December 2025`, or `Dec 2025` when `short`. */
export function readerMonth({ year, month }: YearMonth, locale: DateLocale, short = false): string {
  const first = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
  return formatDay(first, short ? PATTERN.shortMonth : PATTERN.month, locale);
}

/**
 * A span of days with what the two ends share said once:
 * `Tue 2 Dec 2025`, `Tue 2 - Thu 4 Dec 2025`, `Tue 30 Sep - Thu 2 Oct 2025`,
 * `Wed 31 Dec 2025 - Fri 2 Jan 2026`.
 */
export function readerDateRange(start: IsoDate, end: IsoDate, locale: DateLocale): string {
  if (end <= start) return readerDate(start, locale);
  const sameYear = start.slice(0, 4) === end.slice(0, 4);
  const sameMonth = sameYear && start.slice(5, 7) === end.slice(5, 7);
  const head = sameMonth ? 'EEE d' : sameYear ? PATTERN.dayInYear : PATTERN.day;
  return `${formatDay(start, head, locale)} - ${readerDate(end, locale)}`;
}

/** `10:45 am`, `1:05 pm`, `12:00 am`. */
export function readerTime(time: WallTime, locale: DateLocale): string {
  const [h = 0, m = 0] = time.split(':').map(Number);
  return format(new TZDate(Date.UTC(2000, 0, 1, h, m), 'UTC'), PATTERN.time, { locale: locale.dateNames });
}

/**
 * Locales whose CLDR data name a zone by the abbreviation its own people use
 * (`en-US` knows EST but writes Berlin as GMT+1; `en-GB` knows CET and BST).
 * The site's locale is asked first; a zone no locale abbreviates keeps `GMT+7`.
 */
const ABBREVIATING_LOCALES = ['en-US', 'en-GB', 'en-AU', 'en-IN', 'en-NZ'];
const zoneNames = new Map<string, Intl.DateTimeFormat>();

function shortZoneName(instant: Date, zone: string, tag: string): string | undefined {
  const key = `${tag}|${zone}`;
  let names = zoneNames.get(key);
  if (!names) zoneNames.set(key, (names = new Intl.DateTimeFormat(tag, { timeZone: zone, timeZoneName: 'short' })));
  return names.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value;
}

/** The zone's abbreviation at that instant as readers know it: `EST`, `EDT`, `CET`, `BST`, `AEDT`, or `GMT+7`. */
export function zoneAbbreviation(instant: Date, zone: string, locale: DateLocale): string {
  let fallback: string | undefined;
  for (const tag of [locale.locale, ...ABBREVIATING_LOCALES]) {
    const name = shortZoneName(instant, zone, tag);
    if (name && !/^GMT[+-−]/.test(name)) return name;
    fallback ??= name;
  }
  return fallback ?? zone;
}

export interface WeekdayName {
  /** `Monday` */
  name: string;
  /** `Mon` */
  short: string;
  /** `M` */
  narrow: string;
}

/** A week's day names in the locale, from `weekStartsOn` (0 = Sunday), for calendar headers. */
export function readerWeekdays(weekStartsOn: number, locale: DateLocale): WeekdayName[] {
  return Array.from({ length: 7 }, (_, i) => {
    const day = ((weekStartsOn + i) % 7) as 0;
    const { localize } = locale.dateNames;
    return {
      name: localize.day(day, { width: 'wide' }),
      short: localize.day(day, { width: 'abbreviated' }),
      narrow: localize.day(day, { width: 'narrow' }),
    };
  });
}

/** A date's parts as a tear-off calendar shows them: `Tue`, `2`, `Dec`. */
export function readerDateParts(date: IsoDate, locale: DateLocale): { weekday: string; day: string; month: string } {
  return {
    weekday: formatDay(date, 'EEE', locale),
    day: formatDay(date, 'd', locale),
    month: formatDay(date, 'MMM', locale),
  };
}
