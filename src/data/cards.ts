/**
 * What an event or article card shows, as of this build: everything the card
 * components render, clock-dependent facts included. One view per occurrence
 * or article, made once and shared by every list that shows it (and hashed
 * once for the pages' keys, page-routes.ts).
 */
import type { IsoDate } from '../lib/calendar-date.ts';
import { placeLabel } from '../lib/event-place.ts';
import type { EventStatus } from '../lib/event-status.ts';
import { whenView, type WhenView } from '../lib/event-view.ts';
import { dateBadge, type DateBadge } from '../lib/list-groups.ts';
import type { ArticleData, EventData } from '../lib/model.ts';
import type { Occurrence } from '../lib/occurrences.ts';
import { paths } from '../lib/paths.ts';
import { articleVisibility, pastMarker, type PastMarker, type Visibility } from '../lib/publishing.ts';
import { readerDate, readerDateInYear } from '../lib/reader-dates.ts';
import { recurrencePattern, seriesNext, seriesWords } from '../lib/recurrence-words.ts';
import type { ListedEvent } from '../lib/site-index.ts';
import { site } from '../site.config.ts';
import { buildContext } from './build-context.ts';
import { cardPicture, type PictureView } from './entry-images.ts';

export interface EventCardView {
  title: string;
  href: string;
  status: EventStatus;
  /** Only the dev server lists drafts; it marks them. */
  draft: boolean;
  /** Over at build time, and the instant it is over for the reader's-clock script. */
  marker: PastMarker;
  when: WhenView;
  /** The day it starts, as a tear-off calendar shows it. */
  badge: DateBadge;
  /**
   * A repeating event says so: its pattern ("Every Tuesday") on a day's list;
   * on the list of what is coming, where a series is listed once, with its next
   * date ("Every Tuesday, next Tue 8 Dec"); on the list of past events, the
   * whole series in words.
   */
  repeats?: string;
  /** On the list of what is coming: the series' dates after the one shown. */
  then?: { date: IsoDate; text: string }[];
  /** The place's name, or "Online". */
  place?: string;
  summary: string;
  /** The event's own picture, as a thumbnail. */
  image?: PictureView;
}

/** A day as readers read it (`Tue 2 Dec 2025`), with its machine value for `<time datetime>`. */
export interface DayView {
  datetime: IsoDate;
  text: string;
}

export const dayView = (date: IsoDate): DayView => ({ datetime: date, text: readerDate(date, site) });

export interface ArticleCardView {
  title: string;
  href: string;
  /** Drafts and scheduled articles are listed only by the dev server, marked. */
  visibility: Visibility;
  date: DayView;
  /** Author names, comma-separated. */
  authors: string;
  category: string;
  summary: string;
  /** The article's own picture, as a thumbnail. */
  image?: PictureView;
}

/** How many of a series' next dates its card lists after the one it shows. */
const NEXT_DATES = 3;

const eventCards = new WeakMap<Occurrence, EventCardView>();
const listedCards = new WeakMap<ListedEvent, EventCardView>();
const patterns = new WeakMap<EventData, string>();
const articleCards = new WeakMap<ArticleData, ArticleCardView>();
const cards = new WeakSet<object>();

/** Whether `value` is a card view: the same one appears on many pages. */
export const isCard = (value: object) => cards.has(value);

const keep = <C extends object>(card: C): C => (cards.add(card), card);

function patternOf(event: EventData): string | undefined {
  if (!event.recurrence) return undefined;
  let pattern = patterns.get(event);
  if (pattern === undefined) patterns.set(event, (pattern = recurrencePattern(event.recurrence, event.start, site)));
  return pattern;
}

/** One occurrence, as a day's list shows it. */
export function eventCard(occurrence: Occurrence): EventCardView {
  let card = eventCards.get(occurrence);
  if (!card) {
    const { event } = occurrence;
    const place = placeLabel(event);
    const repeats = patternOf(event);
    const image = cardPicture(event);
    card = keep({
      title: event.title,
      href: paths.event(event.slug),
      status: event.status,
      draft: event.draft,
      marker: pastMarker(occurrence, buildContext.now),
      when: whenView(occurrence, site),
      badge: dateBadge(occurrence.start, site),
      ...(repeats !== undefined && { repeats }),
      ...(place !== undefined && { place }),
      summary: event.summary,
      ...(image && { image }),
    });
    eventCards.set(occurrence, card);
  }
  return card;
}

/**
 * An event as the lists of upcoming and past events show it, once however
 * often it repeats: its next occurrence (the last, once over), and for a
 * series what follows or what it was.
 */
export function listedEventCard(listed: ListedEvent): EventCardView {
  const base = eventCard(listed.occurrence);
  const { event, occurrence, occurrences } = listed;
  if (!event.recurrence) return base;
  let card = listedCards.get(listed);
  if (!card) {
    if (base.marker.past) {
      const words = seriesWords(listed, site);
      card = keep({ ...base, ...(words && { repeats: words }) });
    } else {
      const at = occurrences.indexOf(occurrence);
      const then = occurrences
        .slice(at + 1, at + 1 + NEXT_DATES)
        .map((o) => ({ date: o.start, text: readerDateInYear(o.start, site) }));
      card = keep({ ...base, repeats: seriesNext(event.recurrence, event.start, occurrence.start, site), then });
    }
    listedCards.set(listed, card);
  }
  return card;
}

export function articleCard(article: ArticleData): ArticleCardView {
  let card = articleCards.get(article);
  if (!card) {
    const image = cardPicture(article);
    card = {
      title: article.title,
      href: paths.article(article.slug),
      visibility: articleVisibility(article, { now: buildContext.now, siteTimeZone: site.timeZone }),
      date: dayView(article.date),
      authors: article.authors.join(', '),
      category: article.category,
      summary: article.summary,
      ...(image && { image }),
    };
    articleCards.set(article, card);
    cards.add(card);
  }
  return card;
}
