/**
 * Readers for single front-matter values. Each returns the normalised value or
 * a message fragment saying what was expected; the caller adds file and field.
 */
import { isIsoDate, type IsoDate } from '../calendar-date.ts';
import { isWallTime, type WallTime } from '../zoned-time.ts';

export type Read<T> = { ok: true; value: T } | { ok: false; expected: string };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const bad = (expected: string): Read<never> => ({ ok: false, expected });

export interface DateTimeValue {
  date: IsoDate;
  /** Absent for a date-only value (all-day, or "through that day" for an end). */
  time?: WallTime;
}

export const DATE_FORMS = 'YYYY-MM-DD or YYYY-MM-DDTHH:mm, e.g. "2025-12-02" or "2025-12-02T10:45"';

/** Front matter is read with YAML's core schema (check-file.ts), so a date is the text the writer typed, never a Date. */
export function readDateTime(raw: unknown): Read<DateTimeValue> {
  if (typeof raw !== 'string') return bad(`expected ${DATE_FORMS}`);
  const text = raw.trim();
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?$/.exec(text);
  if (!m) {
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/.test(text) || /[zZ]$|[+-]\d{2}:?\d{2}$/.test(text)) {
      return bad(
        `has seconds or a UTC offset; expected ${DATE_FORMS} as on the wall clock, with the zone in "timezone"`,
      );
    }
    return bad(`is not a date in a form we read; expected ${DATE_FORMS}`);
  }
  const date = m[1] as string;
  const time = m[2];
  if (!isIsoDate(date)) return bad(`is not a real calendar date; expected ${DATE_FORMS}`);
  if (time !== undefined && !isWallTime(time))
    return bad(`has an impossible time; expected hours 00-23 and minutes 00-59, e.g. "2025-12-02T10:45"`);
  return ok(time === undefined ? { date } : { date, time });
}

export function readText(raw: unknown, max: number, min = 1): Read<string> {
  const value = typeof raw === 'number' ? String(raw) : raw;
  if (typeof value !== 'string') return bad(`expected text of ${min}-${max} characters`);
  const text = value.trim();
  if (text.length < min) return bad(`is empty; expected text of ${min}-${max} characters`);
  if (text.length > max) return bad(`is ${text.length} characters long; expected at most ${max}`);
  return ok(text);
}

export function readUrl(raw: unknown): Read<string> {
  if (typeof raw !== 'string') return bad('expected a full web address such as "https://example.org/register"');
  const text = raw.trim();
  try {
    const url = new URL(text);
    if (url.protocol === 'http:' || url.protocol === 'https:') return ok(url.href);
  } catch {
    /* reported below */
  }
  const hint = /^[\w-]+(\.[\w-]+)+/.test(text) ? `; did you mean "https://${text}"?` : '';
  return bad(
    `is not a full web address; expected one starting with https://, e.g. "https://example.org/register"${hint}`,
  );
}

export function readBoolean(raw: unknown): Read<boolean> {
  if (typeof raw === 'boolean') return ok(raw);
  return bad('expected true or false (without quotes)');
}

export function readTextList(raw: unknown, itemMax: number): Read<string[]> {
  if (!Array.isArray(raw)) {
    const example =
      typeof raw === 'string'
        ? raw
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
            .join(', ')
        : 'ehr, fhir';
    return bad(`is not a list; expected a list such as [${example}]`);
  }
  const items: string[] = [];
  for (const item of raw) {
    const read = readText(item, itemMax);
    if (!read.ok)
      return bad(
        `has an item ${JSON.stringify(item)} that ${read.expected.replace(/^expected/, 'is not text: expected')}`,
      );
    items.push(read.value);
  }
  return ok(items);
}
