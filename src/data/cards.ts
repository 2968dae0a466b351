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
import type { ArticleData } from '../lib/model.ts';
import type { Occurrence } from '../lib/occurrences.ts';
import { paths } from '../lib/paths.ts';
import { articleVisibility, pastMarker, type PastMarker, type Visibility } from '../lib/publishing.ts';
import { readerDate } from '../lib/reader-dates.ts';
import { site } from '../site.config.ts';
import { buildContext } from './build-context.ts';

export interface EventCardView {
  title: string;
  href: string;
  status: EventStatus;
  /** Only the dev server lists drafts; it marks them. */
  draft: boolean;
  /** Over at build time, and the instant it is over for the reader's-clock script. */
  marker: PastMarker;
  when: WhenView;
  /** The place's name, or "Online". */
  place?: string;
  summary: string;
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
}

const eventCards = new WeakMap<Occurrence, EventCardView>();
const articleCards = new WeakMap<ArticleData, ArticleCardView>();
const cards = new WeakSet<object>();

/** Whether `value` is a card view: the same one appears on many pages. */
export const isCard = (value: object) => cards.has(value);

export function eventCard(occurrence: Occurrence): EventCardView {
  let card = eventCards.get(occurrence);
  if (!card) {
    const { event } = occurrence;
    const place = placeLabel(event);
    card = {
      title: event.title,
      href: paths.event(event.slug),
      status: event.status,
      draft: event.draft,
      marker: pastMarker(occurrence, buildContext.now),
      when: whenView(occurrence, site),
      ...(place !== undefined && { place }),
      summary: event.summary,
    };
    eventCards.set(occurrence, card);
    cards.add(card);
  }
  return card;
}

export function articleCard(article: ArticleData): ArticleCardView {
  let card = articleCards.get(article);
  if (!card) {
    card = {
      title: article.title,
      href: paths.article(article.slug),
      visibility: articleVisibility(article, { now: buildContext.now, siteTimeZone: site.timeZone }),
      date: dayView(article.date),
      authors: article.authors.join(', '),
      category: article.category,
      summary: article.summary,
    };
    articleCards.set(article, card);
    cards.add(card);
  }
  return card;
}
