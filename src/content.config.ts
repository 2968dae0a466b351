/**
 * The two collections of the writers' contract (docs/content.md). Field
 * rules live in src/lib/validation and run in the loader; this schema only
 * types the normalised data and resolves images.
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { checkedGlob } from './loaders/checked-glob.ts';
import { EVENT_STATUSES } from './lib/event-status.ts';
import { site } from './site.config.ts';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** Added by the loader after this schema has run (never a writer's field): see checked-glob.ts. */
const derived = z
  .object({ summary: z.string(), text: z.string().optional(), htmlFile: z.string().optional() })
  .optional();
const time = z.string().regex(/^\d{2}:\d{2}$/);

const events = defineCollection({
  loader: checkedGlob('event', './content/events', site.timeZone),
  schema: ({ image }) =>
    z.object({
      title: z.string(),
      slug: z.string().optional(),
      start: date,
      startTime: time.optional(),
      end: date,
      endTime: time.optional(),
      timezone: z.string(),
      location: z.string().optional(),
      address: z.string().optional(),
      online: z.string().optional(),
      url: z.string().optional(),
      summary: z.string().optional(),
      organizer: z.string().optional(),
      tags: z.array(z.string()),
      image: image().optional(),
      imageAlt: z.string().optional(),
      status: z.enum(EVENT_STATUSES),
      recurrence: z.string().optional(),
      exclude: z.array(date),
      draft: z.boolean(),
      derived,
    }),
});

const articles = defineCollection({
  loader: checkedGlob('article', './content/articles', site.timeZone),
  schema: ({ image }) =>
    z.object({
      title: z.string(),
      slug: z.string().optional(),
      date,
      time: time.optional(),
      updated: date.optional(),
      updatedTime: time.optional(),
      authors: z.array(z.string()),
      category: z.string(),
      tags: z.array(z.string()),
      summary: z.string().optional(),
      image: image().optional(),
      imageAlt: z.string().optional(),
      draft: z.boolean(),
      derived,
    }),
});

export const collections = { events, articles };
