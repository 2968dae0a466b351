import { getCollection } from 'astro:content';
import { TZDate } from '@date-fns/tz';
import { eachMonthOfInterval, parseISO, startOfMonth } from 'date-fns';
import {
  byStart,
  daysOf,
  excerpt,
  isUpcoming,
  NOW,
  occurrences,
  publishedAt,
  SITE_ZONE,
  slugify,
  type ArticleEntry,
  type EventEntry,
  type Occurrence,
} from './site';

export interface Tagged {
  /** The tag as first written. */
  name: string;
  /** The listed occurrence of each event with the tag, soonest first. */
  events: Occurrence[];
  /** Articles with the tag, newest first. */
  articles: ArticleEntry[];
}

/** Everything the pages list, worked out once per build. */
export interface SiteData {
  events: EventEntry[];
  /** Newest first; drafts and scheduled articles left out. */
  articles: ArticleEntry[];
  /** Every occurrence of each event, by event id. */
  occurrencesOf: Map<string, Occurrence[]>;
  /** The occurrence lists show for each event: the next one, or the last one of a past event. */
  listedOf: Map<string, Occurrence>;
  /** Upcoming events, soonest first. */
  upcoming: Occurrence[];
  /** Past events, latest first. */
  past: Occurrence[];
  /** Occurrences on each day (yyyy-MM-dd), earliest first. */
  byDay: Map<string, Occurrence[]>;
  /** Calendar months from the first event's (or this month) to the last event's (or this month). */
  months: Date[];
  thisMonth: Date;
  /** Tags by slug. */
  tags: Map<string, Tagged>;
  /** The text shown under each item in lists, by `collection/id`. */
  summaries: Map<string, string>;
}

async function load(): Promise<SiteData> {
  const events = await getCollection('events', (e) => !e.data.draft);
  const articles = (await getCollection('articles', (a) => !a.data.draft))
    .map((article) => ({ article, at: publishedAt(article) }))
    .filter(({ at }) => at <= NOW)
    .sort((a, b) => b.at.getTime() - a.at.getTime() || a.article.data.title.localeCompare(b.article.data.title))
    .map(({ article }) => article);

  const occurrencesOf = new Map<string, Occurrence[]>();
  const listedOf = new Map<string, Occurrence>();
  const upcoming: Occurrence[] = [];
  const past: Occurrence[] = [];
  const byDay = new Map<string, Occurrence[]>();
  let firstStart: string | undefined;
  let lastEnd: string | undefined;
  for (const entry of events) {
    const all = occurrences(entry);
    occurrencesOf.set(entry.id, all);
    const next = all.find(isUpcoming);
    const shown = next ?? all.at(-1);
    if (shown) {
      listedOf.set(entry.id, shown);
      (next ? upcoming : past).push(shown);
    }
    for (const o of all) {
      if (firstStart === undefined || o.start < firstStart) firstStart = o.start;
      if (lastEnd === undefined || o.end > lastEnd) lastEnd = o.end;
      for (const day of daysOf(o)) {
        const list = byDay.get(day);
        if (list) list.push(o);
        else byDay.set(day, [o]);
      }
    }
  }
  upcoming.sort(byStart);
  past.sort((a, b) => byStart(b, a));
  for (const list of byDay.values()) list.sort(byStart);

  const today = new TZDate(NOW, SITE_ZONE);
  const thisMonth = new Date(today.getFullYear(), today.getMonth(), 1);
  const firstMonth = firstStart ? startOfMonth(parseISO(firstStart)) : thisMonth;
  const lastMonth = lastEnd ? startOfMonth(parseISO(lastEnd)) : thisMonth;
  const months = eachMonthOfInterval({
    start: firstMonth < thisMonth ? firstMonth : thisMonth,
    end: lastMonth > thisMonth ? lastMonth : thisMonth,
  });

  const tags = new Map<string, Tagged>();
  const tagged = (tag: string) => {
    const slug = slugify(tag);
    let t = tags.get(slug);
    if (!t) tags.set(slug, (t = { name: tag, events: [], articles: [] }));
    return t;
  };
  // A Set: two spellings of one tag on an entry list it once.
  for (const entry of events) {
    const shown = listedOf.get(entry.id);
    for (const t of new Set(entry.data.tags.map(tagged))) if (shown) t.events.push(shown);
  }
  for (const article of articles) for (const t of new Set(article.data.tags.map(tagged))) t.articles.push(article);
  for (const t of tags.values()) t.events.sort(byStart);

  const summaries = new Map<string, string>();
  for (const e of [...events, ...articles]) summaries.set(`${e.collection}/${e.id}`, excerpt(e.body, e.data.summary));

  return { events, articles, occurrencesOf, listedOf, upcoming, past, byDay, months, thisMonth, tags, summaries };
}

let data: Promise<SiteData> | undefined;

/** The site's data, loaded and grouped on first use; every page of the build shares it. */
export function siteData(): Promise<SiteData> {
  return (data ??= load());
}
