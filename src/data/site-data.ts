/**
 * Reads both collections once per build, maps entries to the plain data of
 * src/lib and builds the site index. Every page awaits the same promise, so
 * collections are read and grouped once, not once per page.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { ArticleData, EventData } from '../lib/model.ts';
import { articleVisibility, eventVisibility, isShown, type Visibility } from '../lib/publishing.ts';
import { buildSiteIndex, type SiteIndex } from '../lib/site-index.ts';
import { site } from '../site.config.ts';
import { buildContext } from './build-context.ts';
import { throwDevContentErrors } from '../loaders/dev-preview.ts';
import { noteEntryImage } from './entry-images.ts';
import { readPlainText } from '../node/rendered-html.ts';

export interface SiteData {
  index: SiteIndex;
  eventEntries: Map<string, CollectionEntry<'events'>>;
  articleEntries: Map<string, CollectionEntry<'articles'>>;
  /** Drafts and scheduled articles that the dev server shows with a banner. */
  visibility: Map<string, Visibility>;
}

/** A stored entry without what the loader derives: left by other code, which a new build replaces. */
const notStored = (entry: CollectionEntry<'events'> | CollectionEntry<'articles'>, what: string) =>
  new Error(
    `${entry.filePath ?? entry.id}: the content store has no ${what} for this file; delete node_modules/.astro and build again`,
  );

/** What the loader derived from the body when the file last changed (src/loaders/checked-content.ts): summary, where the text is. */
function derivedOf(entry: CollectionEntry<'events'> | CollectionEntry<'articles'>) {
  const { derived } = entry.data;
  if (!derived) throw notStored(entry, 'summary');
  return derived;
}

/** An event as src/lib reads it: slug from the id, summary and text from the body; its picture kept beside it. */
function toEvent(entry: CollectionEntry<'events'>): EventData {
  const { slug: _slug, summary: _summary, image, derived: _derived, ...fields } = entry.data;
  const derived = derivedOf(entry);
  const event: EventData = {
    ...fields,
    slug: entry.id,
    summary: derived.summary,
    text: derived.textFile ? readPlainText(derived.textFile, entry.filePath ?? entry.id) : '',
    file: entry.filePath ?? entry.id,
  };
  noteEntryImage(event, image, fields.imageAlt);
  return event;
}

function toArticle(entry: CollectionEntry<'articles'>): ArticleData {
  const { slug: _slug, summary: _summary, image, derived: _derived, ...fields } = entry.data;
  const { summary, readingMinutes } = derivedOf(entry);
  if (readingMinutes === undefined) throw notStored(entry, 'reading time');
  const article: ArticleData = {
    ...fields,
    slug: entry.id,
    summary,
    readingMinutes,
    file: entry.filePath ?? entry.id,
  };
  noteEntryImage(article, image, fields.imageAlt);
  return article;
}

async function load(): Promise<SiteData> {
  const [eventEntries, articleEntries] = await Promise.all([getCollection('events'), getCollection('articles')]);
  const options = {
    now: buildContext.now,
    siteTimeZone: site.timeZone,
    includeUnpublished: buildContext.includeUnpublished,
  };
  const visibility = new Map<string, Visibility>();
  const events: EventData[] = [];
  for (const entry of eventEntries) {
    const event = toEvent(entry);
    const v = eventVisibility(event);
    visibility.set(`event:${event.slug}`, v);
    if (isShown(v, options)) events.push(event);
  }
  const articles: ArticleData[] = [];
  for (const entry of articleEntries) {
    const article = toArticle(entry);
    const v = articleVisibility(article, options);
    visibility.set(`article:${article.slug}`, v);
    if (isShown(v, options)) articles.push(article);
  }
  const index = buildSiteIndex(events, articles, {
    now: buildContext.now,
    siteTimeZone: site.timeZone,
    dayCutoff: site.dayCutoff,
    recurrenceHorizonMonths: site.recurrenceHorizonMonths,
  });
  const shownArticles = new Set(articles.map((a) => a.slug));
  return {
    index,
    eventEntries: new Map(eventEntries.filter((e) => index.eventsBySlug.has(e.id)).map((e) => [e.id, e])),
    articleEntries: new Map(articleEntries.filter((e) => shownArticles.has(e.id)).map((e) => [e.id, e])),
    visibility,
  };
}

let cached: Promise<SiteData> | undefined;

export function getSiteData(): Promise<SiteData> {
  // The dev server must see each edit, and shows content errors in its overlay (no-op in builds).
  if (buildContext.includeUnpublished) return throwDevContentErrors().then(load);
  cached ??= load();
  return cached;
}
