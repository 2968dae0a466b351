/**
 * Collects the problems of one file while its fields are read, so a writer sees
 * every problem at once, each with file, field, value and the expected form.
 */
import { isIsoDate, type IsoDate } from '../calendar-date.ts';
import { isSlug, slugify } from '../slug.ts';
import { SUMMARY_TARGET } from '../excerpt.ts';
import { tagSlug } from '../tags.ts';
import { readBoolean, readDateTime, readText, readTextList, type DateTimeValue, type Read } from './field-values.ts';
import { closest } from './closest.ts';
import { showValue, type Problem, type Severity } from './problem.ts';

export interface ValidationContext {
  /** Path from the project root, for messages. */
  file: string;
  siteTimeZone: string;
  /** Line of a front-matter key, when the caller parsed the YAML with positions. */
  lineOf?: (field: string) => number | undefined;
}

export interface Validated<T> {
  value: T | undefined;
  problems: Problem[];
}

let zoneNames: string[] | undefined;

export class FieldReporter {
  readonly #problems: Problem[] = [];
  private readonly ctx: ValidationContext;

  constructor(ctx: ValidationContext, known: readonly string[], data: Record<string, unknown>) {
    this.ctx = ctx;
    for (const field of Object.keys(data)) {
      if (known.includes(field)) continue;
      const guess = closest(field, known);
      const hint = guess ? `did you mean "${guess}"?` : `known fields are ${known.join(', ')}`;
      this.error(field, `unknown field "${field}" (value ${showValue(data[field])}); ${hint}`);
    }
  }

  error(field: string, message: string): void {
    this.add('error', field, message);
  }

  warning(field: string, message: string): void {
    this.add('warning', field, message);
  }

  private add(severity: Severity, field: string, message: string): void {
    const line = this.ctx.lineOf?.(field);
    this.#problems.push({ severity, file: this.ctx.file, field, message, ...(line !== undefined && { line }) });
  }

  hasErrors(): boolean {
    return this.#problems.some((p) => p.severity === 'error');
  }

  result<T>(value: T | undefined): Validated<T> {
    return { value: this.hasErrors() ? undefined : value, problems: this.#problems };
  }

  /** A required field: missing and bad values are both errors; `example` is a line to copy. */
  required<T>(field: string, raw: unknown, reader: (raw: unknown) => Read<T>, example: string): T | undefined {
    if (isAbsent(raw)) {
      this.error(field, `${field} is missing; add a line such as ${example}`);
      return undefined;
    }
    return this.optional(field, raw, reader);
  }

  /** An optional field: absent (or an empty YAML value) is fine; a bad value is an error naming value and expected form. */
  optional<T>(field: string, raw: unknown, reader: (raw: unknown) => Read<T>): T | undefined {
    if (isAbsent(raw)) return undefined;
    const read = reader(raw);
    if (read.ok) return read.value;
    this.error(field, `${field} ${showValue(raw)} ${read.expected}`);
    return undefined;
  }

  /** A text field of at most `max` characters; required when its definition gives a line to copy. */
  text(field: string, def: { max: number; required?: string }, raw: unknown): string | undefined {
    const reader = (v: unknown) => readText(v, def.max);
    return def.required ? this.required(field, raw, reader, def.required) : this.optional(field, raw, reader);
  }

  dateTime(field: string, def: { form: 'dateTime'; required?: string }, raw: unknown): DateTimeValue | undefined {
    return def.required
      ? this.required(field, raw, readDateTime, def.required)
      : this.optional(field, raw, readDateTime);
  }

  boolean(field: string, raw: unknown): boolean | undefined {
    return this.optional(field, raw, readBoolean);
  }

  /** A `slug:` that replaces the file name's; `example` is offered when nothing can be made of the value. */
  slug(def: { example: string }, raw: unknown): string | undefined {
    const slug = this.optional('slug', raw, (v) => readText(v, 200));
    if (slug !== undefined && !isSlug(slug)) {
      this.error(
        'slug',
        `slug ${JSON.stringify(slug)} is not a valid slug; expected lower-case letters, digits and single hyphens, e.g. "${slugify(slug) || def.example}"`,
      );
    }
    return slug;
  }

  /** Over 300 characters is an error (contract); over the ~200 that lists show is a warning. */
  summary(raw: unknown): string | undefined {
    const summary = this.optional('summary', raw, (v) => readText(v, 300));
    if (summary !== undefined && summary.length > SUMMARY_TARGET) {
      this.warning(
        'summary',
        `summary is ${summary.length} characters; lists show about ${SUMMARY_TARGET}, so readers may see it cut`,
      );
    }
    return summary;
  }

  tags(raw: unknown): string[] {
    const tags = this.optional('tags', raw, (v) => readTextList(v, 60)) ?? [];
    for (const tag of tags) {
      if (!tagSlug(tag))
        this.error(
          'tags',
          `tags has ${JSON.stringify(tag)}, which has no letters or digits to make a tag page from; expected words in any script, such as "digital-health" or "医疗"`,
        );
    }
    return tags;
  }

  /** `image` (a path to a picture file, not SVG; checked against the disk by warnings.ts) and the `imageAlt` it requires. */
  image(rawImage: unknown, rawAlt: unknown, altDef: { max: number }): { image?: string; imageAlt?: string } {
    const image = this.optional('image', rawImage, (v) => readText(v, 500));
    const imageAlt = this.text('imageAlt', altDef, rawAlt);
    // Pages and link previews show photo-like files made from it (src/data/entry-images.ts); Astro makes none from SVG.
    if (image !== undefined && /\.svg$/i.test(image.replace(/[?#].*$/, ''))) {
      this.error(
        'image',
        `image ${showValue(rawImage)} is an SVG drawing, which pages and link previews cannot show; save it as a PNG or JPEG and give that file`,
      );
    }
    if (image !== undefined && imageAlt === undefined && isAbsent(rawAlt)) {
      this.error(
        'image',
        `image ${showValue(rawImage)} has no imageAlt; add imageAlt: a short description of the picture for readers who cannot see it`,
      );
    }
    return { ...(image !== undefined && { image }), ...(imageAlt !== undefined && { imageAlt }) };
  }

  oneOf<T extends string>(field: string, raw: unknown, allowed: readonly T[]): T | undefined {
    if (isAbsent(raw)) return undefined;
    if (typeof raw === 'string' && (allowed as readonly string[]).includes(raw)) return raw as T;
    const guess = typeof raw === 'string' ? closest(raw, allowed) : undefined;
    this.error(
      field,
      `${field} ${showValue(raw)} is not one of ${allowed.join(', ')}${guess ? `; did you mean "${guess}"?` : ''}`,
    );
    return undefined;
  }

  dateList(field: string, raw: unknown): IsoDate[] {
    if (isAbsent(raw)) return [];
    const list = Array.isArray(raw) ? raw : [raw];
    const dates: IsoDate[] = [];
    for (const item of list) {
      const read = readDateTime(item);
      if (read.ok && !read.value.time && isIsoDate(read.value.date)) dates.push(read.value.date);
      else
        this.error(
          field,
          `${field} has ${showValue(item)}, which is not a date; expected a list of dates such as ["2026-03-03", "2026-03-10"]`,
        );
    }
    return dates;
  }

  zoneHint(zone: string): string {
    zoneNames ??= Intl.supportedValuesOf('timeZone');
    const guess = closest(zone, zoneNames);
    return guess ? `; did you mean "${guess}"?` : '';
  }
}

function isAbsent(raw: unknown): boolean {
  return raw === undefined || raw === null || raw === '';
}
