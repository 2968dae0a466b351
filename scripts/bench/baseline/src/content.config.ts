import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

// YAML reads an unquoted 2025-12-02 as a Date; keep dates as the text written.
const dateText = z
  .union([z.string(), z.date()])
  .transform((v) => (typeof v === 'string' ? v : v.toISOString().slice(0, 10)));
// The slug is the file name without folders (content/events/2025/summit.md -> summit).
const fileSlug = ({ entry, data }: { entry: string; data: Record<string, unknown> }) =>
  typeof data['slug'] === 'string'
    ? data['slug']
    : entry
        .split('/')
        .pop()!
        .replace(/\.mdx?$/, '');

const events = defineCollection({
  loader: glob({ base: './content/events', pattern: '**/*.{md,mdx}', generateId: fileSlug }),
  schema: z.object({
    title: z.string(),
    slug: z.string().optional(),
    start: dateText,
    end: dateText.optional(),
    timezone: z.string().default('America/New_York'),
    location: z.string().optional(),
    address: z.string().optional(),
    online: z.string().optional(),
    url: z.string().optional(),
    summary: z.string().optional(),
    organizer: z.string().optional(),
    tags: z.array(z.string()).default([]),
    image: z.string().optional(),
    imageAlt: z.string().optional(),
    status: z.enum(['scheduled', 'cancelled', 'postponed']).default('scheduled'),
    recurrence: z.string().optional(),
    exclude: z.array(dateText).default([]),
    draft: z.boolean().default(false),
  }),
});

const articles = defineCollection({
  loader: glob({ base: './content/articles', pattern: '**/*.{md,mdx}', generateId: fileSlug }),
  schema: z.object({
    title: z.string(),
    slug: z.string().optional(),
    date: dateText,
    updated: dateText.optional(),
    author: z.union([z.string(), z.array(z.string())]).optional(),
    category: z.string().default('News'),
    tags: z.array(z.string()).default([]),
    summary: z.string().optional(),
    image: z.string().optional(),
    imageAlt: z.string().optional(),
    draft: z.boolean().default(false),
  }),
});

export const collections = { events, articles };
