import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { collectionSchema, parsedWithoutPictures } from '../../src/loaders/collection-schema.ts';
import { ARTICLE_STORED, EVENT_STORED } from '../../src/lib/validation/fields.ts';

/** Astro's `image()` for one entry: resolves a path from that entry's file (here: tags it with the file). */
const contextFor = (file: string) =>
  ({ image: () => z.string().transform((path) => `${file}:${path}`) }) as unknown as SchemaContext;

const event = {
  title: 'FALL 2025 Innovators Summit',
  start: '2025-12-02',
  end: '2025-12-04',
  timezone: 'America/New_York',
  image: './stage.png',
  tags: ['FHIR'],
  status: 'scheduled',
  exclude: [],
  draft: false,
  derived: { summary: 'Three days.', renderKey: 'k' },
};

describe('the collections’ schema', () => {
  it('resolves each entry’s picture with that entry’s own image(), though the other fields are made once', async () => {
    const a = collectionSchema(EVENT_STORED, contextFor('a.md'));
    const b = collectionSchema(EVENT_STORED, contextFor('b.md'));
    expect((await a.parseAsync(event)).image).toBe('a.md:./stage.png');
    expect((await b.parseAsync(event)).image).toBe('b.md:./stage.png');
    expect(a.shape.title).toBe(b.shape.title);
    expect(a.shape.image).not.toBe(b.shape.image);
  });

  it('keeps the fields in the order of their definition, and rejects what the definition does', async () => {
    const schema = collectionSchema(EVENT_STORED, contextFor('a.md'));
    expect(Object.keys(schema.shape)).toEqual([...Object.keys(EVENT_STORED), 'derived']);
    expect((await schema.safeParseAsync({ ...event, start: '2 Dec 2025' })).success).toBe(false);
    const article = collectionSchema(ARTICLE_STORED, contextFor('a.md'));
    expect(Object.keys(article.shape)).toEqual([...Object.keys(ARTICLE_STORED), 'derived']);
  });

  it('gives what the parse gives, field for field and in its order, for fields without a picture', async () => {
    const { image: _image, derived: _derived, ...noPicture } = event;
    // The fields as the content check gives them: in its own order, optional ones only when written.
    const checked = { ...noPicture, location: 'New York', startTime: '10:45', tags: ['FHIR', 'Events'] };
    const reordered = Object.fromEntries(Object.entries(checked).reverse());
    const parsed = await collectionSchema(EVENT_STORED, contextFor('a.md')).parseAsync(reordered);
    const given = parsedWithoutPictures(EVENT_STORED, reordered);
    expect(given).toStrictEqual(parsed);
    expect(Object.keys(given!)).toEqual(Object.keys(parsed));
    expect(Object.keys(given!)).not.toEqual(Object.keys(reordered));
    const article = { title: 'T', date: '2025-11-01', authors: [], category: 'News', tags: [], draft: false };
    const parsedArticle = await collectionSchema(ARTICLE_STORED, contextFor('a.md')).parseAsync(article);
    expect(parsedWithoutPictures(ARTICLE_STORED, article)).toStrictEqual(parsedArticle);
  });

  it('leaves fields with a picture to the parse, which resolves it', () => {
    expect(parsedWithoutPictures(EVENT_STORED, { ...event, derived: undefined })).toBeUndefined();
  });
});
