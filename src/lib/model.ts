/**
 * The plain data the site is built from: what pages, feeds and the search index
 * read. Pages map collection entries to these once; nothing in src/lib knows Astro.
 * The picture a writer gives (`image`) is not here: Astro resolves it to its own
 * ImageMetadata, which src/data keeps beside these (src/data/entry-images.ts).
 */
import type { ArticleFields, EventFields } from './validation/fields.ts';

export interface EventData extends Omit<EventFields, 'slug' | 'summary' | 'image'> {
  slug: string;
  /** The writer's summary or one derived from the body. */
  summary: string;
  /** Plain text of the body, for the iCalendar DESCRIPTION. */
  text: string;
  /** Source file from the project root, for messages. */
  file: string;
}

export interface ArticleData extends Omit<ArticleFields, 'slug' | 'summary' | 'image'> {
  slug: string;
  summary: string;
  /** Minutes to read the body (reading-time.ts). */
  readingMinutes: number;
  file: string;
}
