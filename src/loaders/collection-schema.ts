/**
 * The collections' schema, made from the stored shapes of
 * src/lib/validation/fields.ts. It checks nothing the content check has not
 * (the loader stores only checked fields); it gives Astro the entries' types
 * and resolves `image` paths to Astro's processed images.
 */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { ARTICLE_STORED, EVENT_STORED, type StoredShape, type StoredValue } from '../lib/validation/fields.ts';

type ImageSchema = ReturnType<SchemaContext['image']>;

/** Each kind's stored shape: its collection's schema and its loader read the same one. */
export const STORED_SHAPES = { event: EVENT_STORED, article: ARTICLE_STORED } as const;

/** What the loader stores besides the writer's fields, read from the body when the file last changed. */
const derived = z
  .object({
    summary: z.string(),
    /** Events only: where the body's plain text is, for the iCalendar DESCRIPTION (src/node/rendered-html.ts). */
    textFile: z.string().exactOptional(),
    /** Articles only: minutes to read the body (src/lib/reading-time.ts); the text itself is not kept. */
    readingMinutes: z.number().int().positive().exactOptional(),
    /** Where the rendered Markdown is (src/node/rendered-html.ts); absent for MDX, and for HTML with images for Astro to process. */
    htmlFile: z.string().exactOptional(),
    /** `<RelatedEvents tag="...">` in an MDX body: the tags whose events the page passes in. */
    relatedTags: z.array(z.string()).exactOptional(),
    /** The Markdown configuration the body was rendered with (src/node/code-keys.ts). */
    renderKey: z.string(),
    /** Local images a Markdown body shows, by absolute path: their bytes are part of the page's key. */
    images: z.array(z.string()).exactOptional(),
  })
  .exactOptional();

export type DerivedFromBody = NonNullable<z.infer<typeof derived>>;

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const time = z.string().regex(/^\d{2}:\d{2}$/);

type Required<V extends StoredValue> = V extends { type: 'image' }
  ? ImageSchema
  : V extends { type: 'enum'; values: readonly (infer E extends string)[] }
    ? z.ZodType<E>
    : V extends { type: 'boolean' }
      ? z.ZodBoolean
      : V extends { type: 'textList' | 'dateList' }
        ? z.ZodArray<z.ZodString>
        : z.ZodString;
type ZodOf<V extends StoredValue> = V extends { optional: true } ? z.ZodExactOptional<Required<V>> : Required<V>;
export type ZodShape<S extends StoredShape> = { -readonly [K in keyof S]: ZodOf<S[K]> } & {
  derived: typeof derived;
};

function zodValue(value: StoredValue, image: SchemaContext['image']): z.ZodType {
  const base: z.ZodType = (() => {
    switch (value.type) {
      case 'image':
        return image();
      case 'enum':
        return z.enum(value.values);
      case 'boolean':
        return z.boolean();
      case 'textList':
        return z.array(z.string());
      case 'dateList':
        return z.array(date);
      case 'date':
        return date;
      case 'time':
        return time;
      case 'text':
        return z.string();
    }
  })();
  return value.optional ? base.exactOptional() : base;
}

/** Each shape's fields but its images, made once: Astro asks for the schema again for every entry. */
const madeOnce = new WeakMap<StoredShape, Map<string, z.ZodType>>();

function fixedFields(shape: StoredShape): Map<string, z.ZodType> {
  let fields = madeOnce.get(shape);
  if (!fields) {
    const notImages = Object.entries(shape).filter(([, value]) => value.type !== 'image');
    const noImage = (): never => {
      throw new Error('image fields are made for each entry, with its own image()');
    };
    fields = new Map(notImages.map(([name, value]) => [name, zodValue(value, noImage)]));
    madeOnce.set(shape, fields);
  }
  return fields;
}

/**
 * The zod object for a stored shape, plus the loader's `derived` data. Astro
 * calls this once per entry, with an `image` that resolves paths from that
 * entry's file; only the image fields are made anew each time (making every
 * field for each of 10,000 entries took a second of the content sync).
 */
export function collectionSchema<S extends StoredShape>(shape: S, { image }: SchemaContext): z.ZodObject<ZodShape<S>> {
  const fixed = fixedFields(shape);
  const fields = Object.fromEntries(
    Object.entries(shape).map(([name, value]) => [name, fixed.get(name) ?? zodValue(value, image)]),
  );
  // The entries above are built from `shape` one for one, as ZodShape<S> types them.
  return z.object({ ...fields, derived }) as unknown as z.ZodObject<ZodShape<S>>;
}

/**
 * What Astro's parse of `fields` with the shape's schema gives, without the
 * parse; undefined when the fields name a picture, which only Astro's parse
 * resolves. The loader stores only fields the content check has validated,
 * so the parse checks nothing new, yet it cost each entry a zod object made
 * for it and walked on its first parse: 35-65 µs an entry, a third of a
 * second or more of the content sync at 10,000 entries (measured).
 * tests/unit/collection-schema.test.ts compares the two.
 */
export function parsedWithoutPictures(
  shape: StoredShape,
  fields: Readonly<Record<string, unknown>>,
): Record<string, unknown> | undefined {
  const data: Record<string, unknown> = {};
  // In the shape's order, as the parse gives them.
  for (const [name, value] of Object.entries(shape)) {
    if (!(name in fields)) continue;
    if (value.type === 'image') return undefined;
    data[name] = fields[name];
  }
  return data;
}
