/**
 * Everything the pages need, computed once per build from the published events
 * and articles: occurrences, the day grouping, the month range, upcoming and
 * past lists, and the tag index. Pages only look things up here, so no page
 * scans all content (which would make a build O(pages x content)).
 */
import { compareYearMonth, eachMonth, yearMonthOf, type IsoDate, type YearMonth } from './calendar-date.ts';
import { groupByDay, type DayEntry } from './event-days.ts';
import type { ArticleData, EventData } from './model.ts';
import { expandEvent, recurrenceHorizon, type Occurrence } from './occurrences.ts';
import { isUpcoming, occurrenceStartsAt } from './publishing.ts';
import { slugify } from './slug.ts';
import { todayIn, type WallTime } from './zoned-time.ts';

export interface SiteIndexOptions {
  now: Date;
  siteTimeZone: string;
  dayCutoff: WallTime;
  recurrenceHorizonMonths: number;
}

export interface ListedEvent {
  event: EventData;
  /** The occurrence a list shows: the next one for upcoming events, the last for past ones. */
  occurrence: Occurrence;
  /** Every occurrence: all of a bounded rule's, an open-ended rule's up to its horizon. */
  occurrences: Occurrence[];
  /** Dates of its rule that `exclude` took out. */
  skipped: IsoDate[];
  /** For an open-ended rule, the last day listed (src/lib/occurrences.ts `recurrenceHorizon`). */
  cappedAt?: IsoDate;
}

export interface TagGroup {
  slug: string;
  /** The spelling writers used most. */
  name: string;
  events: ListedEvent[];
  articles: ArticleData[];
}

export interface SiteIndex {
  today: IsoDate;
  byDay: Map<IsoDate, DayEntry[]>;
  /** Every month from the earliest to the latest listed day, with the build's month. */
  months: YearMonth[];
  upcoming: ListedEvent[];
  past: ListedEvent[];
  eventsBySlug: Map<string, ListedEvent>;
  /** Newest first. */
  articles: ArticleData[];
  tags: Map<string, TagGroup>;
}

const byStart = (a: ListedEvent, b: ListedEvent) =>
  occurrenceStartsAt(a.occurrence).getTime() - occurrenceStartsAt(b.occurrence).getTime() ||
  a.event.title.localeCompare(b.event.title);

export function articleSortKey(article: ArticleData): string {
  return `${article.date}T${article.time ?? '00:00'}`;
}

export function buildSiteIndex(
  events: readonly EventData[],
  articles: readonly ArticleData[],
  options: SiteIndexOptions,
): SiteIndex {
  const today = todayIn(options.siteTimeZone, options.now);

  const listed: ListedEvent[] = [];
  const upcoming: ListedEvent[] = [];
  const past: ListedEvent[] = [];
  for (const event of events) {
    const horizon = recurrenceHorizon(event.start, today, options.recurrenceHorizonMonths);
    const { occurrences, skipped, cappedAt } = expandEvent(event, horizon);
    const next = occurrences.find((o) => isUpcoming(o, options.now));
    const last = occurrences.at(-1);
    if (!last) continue; // every date of its rule excluded: nothing to list
    const item = { event, occurrence: next ?? last, occurrences, skipped, ...(cappedAt && { cappedAt }) };
    listed.push(item);
    (next ? upcoming : past).push(item);
  }
  upcoming.sort(byStart);
  past.sort((a, b) => byStart(b, a));

  const byDay = groupByDay(
    listed.flatMap((l) => l.occurrences),
    options.dayCutoff,
  );
  const days = [...byDay.keys()];
  const todayMonth = yearMonthOf(today);
  const firstDay = days[0];
  const lastDay = days.at(-1);
  const first =
    firstDay && compareYearMonth(yearMonthOf(firstDay), todayMonth) < 0 ? yearMonthOf(firstDay) : todayMonth;
  const last = lastDay && compareYearMonth(yearMonthOf(lastDay), todayMonth) > 0 ? yearMonthOf(lastDay) : todayMonth;

  const sortedArticles = [...articles].sort(
    (a, b) => articleSortKey(b).localeCompare(articleSortKey(a)) || a.title.localeCompare(b.title),
  );

  return {
    today,
    byDay,
    months: eachMonth(first, last),
    upcoming,
    past,
    eventsBySlug: new Map(listed.map((l) => [l.event.slug, l])),
    articles: sortedArticles,
    tags: buildTagIndex([...upcoming, ...past].sort(byStart), sortedArticles),
  };
}

function buildTagIndex(events: readonly ListedEvent[], articles: readonly ArticleData[]): Map<string, TagGroup> {
  const groups = new Map<string, TagGroup & { spellings: Map<string, number> }>();
  const groupFor = (tag: string) => {
    const slug = slugify(tag);
    let group = groups.get(slug);
    if (!group) groups.set(slug, (group = { slug, name: tag, events: [], articles: [], spellings: new Map() }));
    group.spellings.set(tag, (group.spellings.get(tag) ?? 0) + 1);
    return group;
  };
  for (const item of events)
    for (const tag of new Set(item.event.tags.map(slugify)))
      groupFor(item.event.tags.find((t) => slugify(t) === tag) ?? tag).events.push(item);
  for (const article of articles)
    for (const tag of new Set(article.tags.map(slugify)))
      groupFor(article.tags.find((t) => slugify(t) === tag) ?? tag).articles.push(article);
  const result = new Map<string, TagGroup>();
  for (const [slug, { spellings, ...group }] of [...groups.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const name = [...spellings.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? group.name;
    result.set(slug, { ...group, name });
  }
  return result;
}
