/**
 * Validation of one article's front matter against the contract; shared by the
 * Astro schema, the build's pre-check and `npm run check`.
 */
import type { IsoDate } from '../calendar-date.ts';
import type { WallTime } from '../zoned-time.ts';
import { isSlug, slugify } from '../slug.ts';
import { readBoolean, readDateTime, readText, readTextList } from './field-values.ts';
import { ARTICLE_FIELDS } from './fields.ts';
import { FieldReporter, type ValidationContext, type Validated } from './reporter.ts';

/** An article's front matter, checked and normalised; dates in the site's zone. */
export interface ArticleFields {
  title: string;
  slug?: string;
  date: IsoDate;
  time?: WallTime;
  updated?: IsoDate;
  updatedTime?: WallTime;
  authors: string[];
  category: string;
  tags: string[];
  summary?: string;
  image?: string;
  imageAlt?: string;
  draft: boolean;
}

export const DEFAULT_CATEGORY = 'News';

export function validateArticleFields(data: Record<string, unknown>, ctx: ValidationContext): Validated<ArticleFields> {
  const r = new FieldReporter(ctx, ARTICLE_FIELDS, data);
  const title = r.required(
    'title',
    data['title'],
    (v) => readText(v, 200),
    'title: "Vietnam announces the expansion of EHRs nationally."',
  );
  const slug = r.optional('slug', data['slug'], (v) => readText(v, 200));
  if (slug !== undefined && !isSlug(slug)) {
    r.error(
      'slug',
      `slug ${JSON.stringify(slug)} is not a valid slug; expected lower-case letters, digits and single hyphens, e.g. "${slugify(slug) || 'my-article'}"`,
    );
  }
  const date = r.required('date', data['date'], readDateTime, 'date: "2025-11-20"');
  const updated = r.optional('updated', data['updated'], readDateTime);
  const authorRaw = data['author'];
  const authors = Array.isArray(authorRaw)
    ? (r.optional('author', authorRaw, (v) => readTextList(v, 200)) ?? [])
    : [r.optional('author', authorRaw, (v) => readText(v, 200))].filter((a): a is string => a !== undefined);
  const category = r.optional('category', data['category'], (v) => readText(v, 60)) ?? DEFAULT_CATEGORY;
  const tags = r.tags(data['tags']);
  const summary = r.summary(data['summary']);
  const { image, imageAlt } = r.image(data['image'], data['imageAlt']);
  const draft = r.optional('draft', data['draft'], readBoolean) ?? false;

  if (date && updated) {
    const dateText = date.time ? `${date.date}T${date.time}` : date.date;
    const updatedText = updated.time ? `${updated.date}T${updated.time}` : updated.date;
    if (
      updated.date < date.date ||
      (updated.date === date.date && (updated.time ?? '23:59') < (date.time ?? '00:00'))
    ) {
      r.error('updated', `updated ${JSON.stringify(updatedText)} is before date ${JSON.stringify(dateText)}`);
    }
  }
  if (!title || !date || r.hasErrors()) return r.result<ArticleFields>(undefined);
  return r.result({
    title,
    date: date.date,
    authors,
    category,
    tags,
    draft,
    ...(slug !== undefined && { slug }),
    ...(date.time !== undefined && { time: date.time }),
    ...(updated !== undefined && { updated: updated.date }),
    ...(updated?.time !== undefined && { updatedTime: updated.time }),
    ...(summary !== undefined && { summary }),
    ...(image !== undefined && { image, imageAlt }),
  });
}
