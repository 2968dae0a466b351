/**
 * The two collections of the writers' contract (docs/content.md). The loader
 * stores each file as the content check read it (src/loaders/checked-content.ts);
 * the schema, made from the stored shapes in src/lib/validation/fields.ts,
 * types the data and resolves images.
 */
import { defineCollection } from 'astro:content';
import { collectionSchema, STORED_SHAPES } from './loaders/collection-schema.ts';
import { checkedContent } from './loaders/checked-content.ts';
import { site } from './site.config.ts';

const events = defineCollection({
  loader: checkedContent('event', site.timeZone),
  schema: (context) => collectionSchema(STORED_SHAPES.event, context),
});

const articles = defineCollection({
  loader: checkedContent('article', site.timeZone),
  schema: (context) => collectionSchema(STORED_SHAPES.article, context),
});

export const collections = { events, articles };
