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
import { preferredSpelling, tagKey, tagSlug } from './tags.ts';
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

/** The events and articles with one tag (tags.ts decides which spellings are one tag). */
export interface TagGroup {
  /** The tag page's slug: the shown spelling's `tagSlug` (Unicode when it keeps letters of another script). */
  slug: string;
  /** The spelling writers used most. */
  name: string;
  /** Every event, by start. */
  events: ListedEvent[];
  /** The same events split as the site's lists are: upcoming soonest first, past newest first. */
  upcoming: ListedEvent[];
  past: ListedEvent[];
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
  /** By page slug, in slug order. */
  tags: Map<string, TagGroup>;
  /** The same groups by tag key (tagKey): how any spelling of a tag finds its group. */
  tagsByKey: Map<string, TagGroup>;
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
    ...buildTagIndex(upcoming, past, sortedArticles),
  };
}

function buildTagIndex(
  upcoming: readonly ListedEvent[],
  past: readonly ListedEvent[],
  articles: readonly ArticleData[],
): Pick<SiteIndex, 'tags' | 'tagsByKey'> {
  type Lists = Pick<TagGroup, 'upcoming' | 'past' | 'articles'>;
  const groups = new Map<string, Lists & { spellings: Map<string, number> }>();
  /** The entry's tags by key, each with the spelling the entry uses first. */
  const tagsOf = (tags: readonly string[]) => {
    const byKey = new Map<string, string>();
    for (const tag of tags) if (!byKey.has(tagKey(tag))) byKey.set(tagKey(tag), tag);
    return byKey;
  };
  const groupFor = (key: string, tag: string) => {
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { upcoming: [], past: [], articles: [], spellings: new Map() }));
    group.spellings.set(tag, (group.spellings.get(tag) ?? 0) + 1);
    return group;
  };
  for (const item of upcoming) for (const [key, tag] of tagsOf(item.event.tags)) groupFor(key, tag).upcoming.push(item);
  for (const item of past) for (const [key, tag] of tagsOf(item.event.tags)) groupFor(key, tag).past.push(item);
  for (const article of articles)
    for (const [key, tag] of tagsOf(article.tags)) groupFor(key, tag).articles.push(article);
  const tags = new Map<string, TagGroup>();
  const tagsByKey = new Map<string, TagGroup>();
  for (const [key, { spellings, ...lists }] of groups) {
    const name = preferredSpelling(spellings);
    const events = [...lists.upcoming, ...lists.past].sort(byStart);
    const group = { slug: tagSlug(name), name, events, ...lists };
    tagsByKey.set(key, group);
    tags.set(group.slug, group);
  }
  return { tags: new Map([...tags].sort(([a], [b]) => a.localeCompare(b))), tagsByKey };
}
