import type { CollectionEntry } from 'astro:content';
import { TZDate } from '@date-fns/tz';
import { addDays, differenceInCalendarDays, eachDayOfInterval, format, parseISO } from 'date-fns';
import slugifyLib from '@sindresorhus/slugify';
import * as rruleModule from 'rrule';

// rrule is CommonJS for Node and ESM without a default export for Vite's bundle.
const { RRule } = (rruleModule as unknown as { default?: typeof rruleModule }).default ?? rruleModule;

export const SITE_TITLE = 'Digital Health Calendar';
export const SITE_ZONE = 'America/New_York';
export const PAGE_SIZE = 20;
export const NOW = process.env.SITE_NOW ? new Date(process.env.SITE_NOW) : new Date();

export type EventEntry = CollectionEntry<'events'>;
export type ArticleEntry = CollectionEntry<'articles'>;

export interface Occurrence {
  entry: EventEntry;
  start: string;
  startTime?: string;
  end: string;
  endTime?: string;
  /** When it starts, in ms: worked out once, as lists sort by it. */
  startMs: number;
}

const slugs = new Map<string, string>();
/** A tag's URL segment; the same few hundred tags recur on every page, so each is worked out once. */
export function slugify(text: string): string {
  let slug = slugs.get(text);
  if (slug === undefined) slugs.set(text, (slug = slugifyLib(text, { decamelize: false })));
  return slug;
}

const split = (value: string) => {
  const [date = value, time] = value.split('T');
  return { date, time };
};

/** A wall-clock date and time in a zone, as an instant. */
export function zoned(date: string, time: string | undefined, zone: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const [h, min] = (time ?? '00:00').split(':').map(Number);
  return new TZDate(y!, m! - 1, d!, h!, min!, zone);
}

export function publishedAt(article: ArticleEntry): Date {
  const { date, time } = split(article.data.date);
  return zoned(date, time, SITE_ZONE);
}

/** Every occurrence of an event: itself, or each date of its RRULE. */
export function occurrences(entry: EventEntry): Occurrence[] {
  const start = split(entry.data.start);
  const end = split(entry.data.end ?? entry.data.start);
  const times = { ...(start.time && { startTime: start.time }), ...(end.time && { endTime: end.time }) };
  const occurrence = (from: string, to: string): Occurrence => ({
    entry,
    start: from,
    end: to,
    ...times,
    startMs: zoned(from, start.time, entry.data.timezone).getTime(),
  });
  if (!entry.data.recurrence) return [occurrence(start.date, end.date)];
  const span = differenceInCalendarDays(parseISO(end.date), parseISO(start.date));
  const rule = new RRule({
    ...RRule.parseString(entry.data.recurrence),
    dtstart: new Date(`${start.date}T${start.time ?? '00:00'}:00Z`),
  });
  return rule
    .all((_, i) => i < 500)
    .map((d) => d.toISOString().slice(0, 10))
    .filter((d) => !entry.data.exclude.includes(d))
    .map((d) => occurrence(d, format(addDays(parseISO(d), span), 'yyyy-MM-dd')));
}

export const startsAt = (o: Occurrence) => new Date(o.startMs);

export function endsAt(o: Occurrence): Date {
  if (o.endTime) return zoned(o.end, o.endTime, o.entry.data.timezone);
  return zoned(format(addDays(parseISO(o.end), 1), 'yyyy-MM-dd'), undefined, o.entry.data.timezone);
}

export const isUpcoming = (o: Occurrence) => endsAt(o) > NOW;

/** Earliest start first, then by title. */
export const byStart = (a: Occurrence, b: Occurrence) =>
  a.startMs - b.startMs || a.entry.data.title.localeCompare(b.entry.data.title);

/** The days an occurrence is listed on. */
export function daysOf(o: Occurrence): string[] {
  return eachDayOfInterval({ start: parseISO(o.start), end: parseISO(o.end) }).map((d) => format(d, 'yyyy-MM-dd'));
}

export function formatWhen(o: Occurrence): string {
  const zone = o.entry.data.timezone;
  const start = o.startTime
    ? format(startsAt(o), 'EEE d MMM yyyy, HH:mm')
    : format(parseISO(o.start), 'EEE d MMM yyyy');
  let text = start;
  if (o.end !== o.start)
    text += ` – ${o.endTime ? format(zoned(o.end, o.endTime, zone), 'EEE d MMM yyyy, HH:mm') : format(parseISO(o.end), 'EEE d MMM yyyy')}`;
  else if (o.endTime) text += `–${o.endTime}`;
  return o.startTime ? `${text} (${zone})` : text;
}

export function excerpt(body: string | undefined, summary?: string): string {
  if (summary) return summary;
  const text = (body ?? '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/[#*_>`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > 200 ? `${text.slice(0, 200).replace(/\s+\S*$/, '')} [...]` : text;
}

export function authorsOf(article: ArticleEntry): string {
  const a = article.data.author;
  return Array.isArray(a) ? a.join(', ') : (a ?? '');
}

export const monthPath = (d: Date) => `/calendar/${format(d, 'yyyy/MM')}/`;
export const dayPath = (iso: string) => `/calendar/${iso.replaceAll('-', '/')}/`;
