/**
 * The pages that list events and articles: home, upcoming events, past events
 * and news in pages, and one page per tag. Each card's values come from
 * cards.ts, made once per event occurrence or article and shared by the lists;
 * event lists are grouped by month (src/lib/list-groups.ts).
 */
import { groupByMonth, type MonthGroup } from '../lib/list-groups.ts';
import { paginate, type Page } from '../lib/paginate.ts';
import { paths } from '../lib/paths.ts';
import type { ListedEvent } from '../lib/site-index.ts';
import { site } from '../site.config.ts';
import { articleCard, listedEventCard, type ArticleCardView, type EventCardView } from './cards.ts';
import { cacheKeys, route } from './page-routes.ts';
import { getSiteData } from './site-data.ts';
import { eventsSubscribe, newsSubscribe, tagSubscribe, type SubscribeView } from './subscribe.ts';

/** Events under a heading per month, in the order of the list. */
export type EventGroups = MonthGroup<EventCardView>[];

const eventCards = (list: readonly ListedEvent[]) => list.map(listedEventCard);
const byMonth = (cards: readonly EventCardView[]): EventGroups => groupByMonth(cards, (card) => card.badge.date, site);

export async function homePage(): Promise<{
  events: EventCardView[];
  articles: ArticleCardView[];
  subscribe: SubscribeView;
}> {
  const { index } = await getSiteData();
  return {
    events: eventCards(index.upcoming.slice(0, site.homeCount)),
    articles: index.articles.slice(0, site.homeCount).map(articleCard),
    subscribe: eventsSubscribe(),
  };
}

export async function upcomingPage(): Promise<{ groups: EventGroups; subscribe: SubscribeView }> {
  const { index } = await getSiteData();
  return { groups: byMonth(eventCards(index.upcoming)), subscribe: eventsSubscribe() };
}

/** A numbered list page; page 1 has no number in its address. */
export type ListPageProps<T> = {
  page: Page<T>;
  title: string;
};

/** A page of past events: its cards, newest first, under their months. */
export type PastPageProps = ListPageProps<EventCardView> & { groups: EventGroups };

export async function pastEventRoutes() {
  const { index } = await getSiteData();
  const keys = cacheKeys(index);
  return paginate(eventCards(index.past), site.pageSize).map((page) => {
    const props: PastPageProps = {
      page,
      title: page.page === 1 ? 'Past events' : `Past events, page ${page.page}`,
      groups: byMonth(page.items),
    };
    return route(keys, {
      path: paths.pastEvents(page.page),
      params: { page: page.page === 1 ? undefined : String(page.page) },
      props,
    });
  });
}

export type NewsPageProps = ListPageProps<ArticleCardView> & { subscribe: SubscribeView };

export async function newsRoutes() {
  const { index } = await getSiteData();
  const keys = cacheKeys(index);
  const subscribe = newsSubscribe();
  return paginate(index.articles.map(articleCard), site.pageSize).map((page) => {
    const props: NewsPageProps = { page, title: page.page === 1 ? 'News' : `News, page ${page.page}`, subscribe };
    return route(keys, {
      path: paths.news(page.page),
      params: { page: page.page === 1 ? undefined : String(page.page) },
      props,
    });
  });
}

export type TagPageProps = {
  name: string;
  /** The tag's calendar, when it has events: the absolute URL for `<link rel="alternate">`. */
  calendarUrl?: string;
  subscribe?: SubscribeView;
  /** Upcoming events soonest first, then articles, then past events newest first. */
  upcoming: EventGroups;
  articles: ArticleCardView[];
  past: EventGroups;
};

export async function tagRoutes() {
  const { index } = await getSiteData();
  const keys = cacheKeys(index);
  return [...index.tags.values()].map((group) => {
    const subscribe = group.events.length > 0 ? tagSubscribe(group) : undefined;
    const props: TagPageProps = {
      name: group.name,
      ...(subscribe?.calendar && { calendarUrl: subscribe.calendar.https, subscribe }),
      upcoming: byMonth(eventCards(group.upcoming)),
      articles: group.articles.map(articleCard),
      past: byMonth(eventCards(group.past)),
    };
    return route(keys, { path: paths.tag(group.slug), params: { tag: group.slug }, props });
  });
}
