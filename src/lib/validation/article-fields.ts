/**
 * The check of one article's front matter against the contract
 * (fields.ts), for the content loader, the build's pre-check and
 * `npm run check`.
 */
import { readText, readTextList } from './field-values.ts';
import { ARTICLE_FIELD_DEFS as F, ARTICLE_FIELDS, DEFAULT_CATEGORY, type ArticleFields } from './fields.ts';
import { FieldReporter, type ValidationContext, type Validated } from './reporter.ts';

export function validateArticleFields(data: Record<string, unknown>, ctx: ValidationContext): Validated<ArticleFields> {
  const r = new FieldReporter(ctx, ARTICLE_FIELDS, data);
  const title = r.text('title', F.title, data['title']);
  const slug = r.slug(F.slug, data['slug']);
  const date = r.dateTime('date', F.date, data['date']);
  const updated = r.dateTime('updated', F.updated, data['updated']);
  const authorRaw = data['author'];
  const authors = Array.isArray(authorRaw)
    ? (r.optional('author', authorRaw, (v) => readTextList(v, F.author.max)) ?? [])
    : [r.optional('author', authorRaw, (v) => readText(v, F.author.max))].filter((a): a is string => a !== undefined);
  const category = r.text('category', F.category, data['category']) ?? DEFAULT_CATEGORY;
  const tags = r.tags(data['tags']);
  const summary = r.summary(data['summary']);
  const { image, imageAlt } = r.image(data['image'], data['imageAlt'], F.imageAlt);
  const draft = r.boolean('draft', data['draft']) ?? false;

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
