/**
 * The writers' contract (docs/content.md) as data: every front-matter field
 * with the form a writer gives it, and the normalised data the site stores for
 * each entry. Everything else comes from here: the field checks
 * (event-fields.ts, article-fields.ts), the list of known names that catches
 * typos, the collections' schema (src/content.config.ts), and the TypeScript
 * types of fields written (`EventFrontMatter`, used by the importer) and
 * stored (`EventFields`, the start of src/lib/model.ts).
 */
import { EVENT_STATUSES } from '../event-status.ts';

/** How a writer gives a field's value; `max` is the longest text allowed. */
export type FieldForm =
  | { form: 'text'; max: number }
  | { form: 'slug'; example: string }
  | { form: 'dateTime' }
  | { form: 'zone' }
  | { form: 'url' }
  | { form: 'summary' }
  | { form: 'tags' }
  | { form: 'textOrList'; max: number }
  | { form: 'image' }
  | { form: 'enum'; values: readonly string[] }
  | { form: 'rule'; max: number }
  | { form: 'dateList' }
  | { form: 'boolean' };

/** A field of the contract; a required one has a line to copy into the file. */
export type FieldDef = FieldForm & { required?: string };

export const EVENT_FIELD_DEFS = {
  title: { form: 'text', max: 200, required: 'title: "FALL 2025 Innovators Summit"' },
  slug: { form: 'slug', example: 'innovators-summit' },
  start: { form: 'dateTime', required: 'start: "2025-12-02T10:45"' },
  end: { form: 'dateTime' },
  timezone: { form: 'zone' },
  location: { form: 'text', max: 300 },
  address: { form: 'text', max: 500 },
  online: { form: 'url' },
  url: { form: 'url' },
  summary: { form: 'summary' },
  organizer: { form: 'text', max: 200 },
  tags: { form: 'tags' },
  image: { form: 'image' },
  imageAlt: { form: 'text', max: 300 },
  status: { form: 'enum', values: EVENT_STATUSES },
  recurrence: { form: 'rule', max: 500 },
  exclude: { form: 'dateList' },
  updated: { form: 'dateTime' },
  draft: { form: 'boolean' },
} as const satisfies Record<string, FieldDef>;

export const ARTICLE_FIELD_DEFS = {
  title: { form: 'text', max: 200, required: 'title: "Vietnam announces the expansion of EHRs nationally."' },
  slug: { form: 'slug', example: 'my-article' },
  date: { form: 'dateTime', required: 'date: "2025-11-20"' },
  updated: { form: 'dateTime' },
  author: { form: 'textOrList', max: 200 },
  category: { form: 'text', max: 60 },
  tags: { form: 'tags' },
  summary: { form: 'summary' },
  image: { form: 'image' },
  imageAlt: { form: 'text', max: 300 },
  draft: { form: 'boolean' },
} as const satisfies Record<string, FieldDef>;

const names = <D extends Record<string, FieldDef>>(defs: D) => Object.keys(defs) as (keyof D & string)[];

/** The contract's field names, in the contract's order. */
export const EVENT_FIELDS: readonly EventFieldName[] = names(EVENT_FIELD_DEFS);
export const ARTICLE_FIELDS: readonly ArticleFieldName[] = names(ARTICLE_FIELD_DEFS);
export type EventFieldName = keyof typeof EVENT_FIELD_DEFS;
export type ArticleFieldName = keyof typeof ARTICLE_FIELD_DEFS;

/** What a writer may put in a field, as YAML gives it to the checks. */
type WrittenValue<D extends FieldDef> = D extends { form: 'tags' | 'dateList' }
  ? string[]
  : D extends { form: 'textOrList' }
    ? string | string[]
    : D extends { form: 'boolean' }
      ? boolean
      : D extends { form: 'enum'; values: readonly (infer V)[] }
        ? V
        : string;

type RequiredKeys<D> = { [K in keyof D]: D[K] extends { required: string } ? K : never }[keyof D];
type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** Front matter that follows the contract, e.g. what the importer writes. */
export type FrontMatter<D extends Record<string, FieldDef>> = Simplify<
  { -readonly [K in RequiredKeys<D>]: WrittenValue<D[K]> } & {
    -readonly [K in Exclude<keyof D, RequiredKeys<D>>]?: WrittenValue<D[K]>;
  }
>;
export type EventFrontMatter = FrontMatter<typeof EVENT_FIELD_DEFS>;
export type ArticleFrontMatter = FrontMatter<typeof ARTICLE_FIELD_DEFS>;

// --- stored data --------------------------------------------------------------

/**
 * A value of the stored data: dates are `YYYY-MM-DD` and times `HH:mm` as
 * written (never a Date), an image is the path the writer gave until Astro
 * resolves it.
 */
export type StoredValue =
  | { type: 'text' | 'date' | 'time' | 'boolean' | 'textList' | 'dateList' | 'image'; optional?: true }
  | { type: 'enum'; values: readonly string[]; optional?: true };

export type StoredShape = Record<string, StoredValue>;

const optional = { optional: true } as const;

/** An event's fields, checked and normalised; dates as written, in `timezone`. */
export const EVENT_STORED = {
  title: { type: 'text' },
  slug: { type: 'text', ...optional },
  start: { type: 'date' },
  /** Absent for an all-day event. */
  startTime: { type: 'time', ...optional },
  /** Inclusive last day; equals `start` when no end was given. */
  end: { type: 'date' },
  /** Absent when the event runs through the end day (all-day, or a date-only end). */
  endTime: { type: 'time', ...optional },
  timezone: { type: 'text' },
  location: { type: 'text', ...optional },
  address: { type: 'text', ...optional },
  online: { type: 'text', ...optional },
  url: { type: 'text', ...optional },
  summary: { type: 'text', ...optional },
  organizer: { type: 'text', ...optional },
  tags: { type: 'textList' },
  image: { type: 'image', ...optional },
  imageAlt: { type: 'text', ...optional },
  status: { type: 'enum', values: EVENT_STATUSES },
  recurrence: { type: 'text', ...optional },
  exclude: { type: 'dateList' },
  /** When the writer last changed the event, in the site's zone, as for articles: calendars update from it (src/lib/ical.ts). */
  updated: { type: 'date', ...optional },
  updatedTime: { type: 'time', ...optional },
  draft: { type: 'boolean' },
} as const satisfies StoredShape;

/** An article's fields, checked and normalised; dates in the site's zone. */
export const ARTICLE_STORED = {
  title: { type: 'text' },
  slug: { type: 'text', ...optional },
  date: { type: 'date' },
  time: { type: 'time', ...optional },
  updated: { type: 'date', ...optional },
  updatedTime: { type: 'time', ...optional },
  authors: { type: 'textList' },
  category: { type: 'text' },
  tags: { type: 'textList' },
  summary: { type: 'text', ...optional },
  image: { type: 'image', ...optional },
  imageAlt: { type: 'text', ...optional },
  draft: { type: 'boolean' },
} as const satisfies StoredShape;

export const DEFAULT_CATEGORY = 'News';

export type StoredValueType<V extends StoredValue> = V extends { type: 'enum'; values: readonly (infer E)[] }
  ? E
  : V extends { type: 'boolean' }
    ? boolean
    : V extends { type: 'textList' | 'dateList' }
      ? string[]
      : string;

type OptionalKeys<S> = { [K in keyof S]: S[K] extends { optional: true } ? K : never }[keyof S];

/** The TypeScript type of data in a stored shape. */
export type Stored<S extends StoredShape> = Simplify<
  { -readonly [K in Exclude<keyof S, OptionalKeys<S>>]: StoredValueType<S[K]> } & {
    -readonly [K in OptionalKeys<S>]?: StoredValueType<S[K]>;
  }
>;

export type EventFields = Stored<typeof EVENT_STORED>;
export type ArticleFields = Stored<typeof ARTICLE_STORED>;
