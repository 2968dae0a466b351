/**
 * The pages that list events and articles: home, upcoming events, past events
 * and news in pages, and one page per tag. Each card's values come from
 * cards.ts, made once per event occurrence or article and shared by the lists.
 */
import { webcalUrl } from '../lib/calendar-links.ts';
import { paginate, type Page } from '../lib/paginate.ts';
import { absoluteUrl, paths } from '../lib/paths.ts';
import type { ListedEvent } from '../lib/site-index.ts';
import { site } from '../site.config.ts';
import { articleCard, eventCard, type ArticleCardView, type EventCardView } from './cards.ts';
import { cacheKeys, route } from './page-routes.ts';
import { getSiteData } from './site-data.ts';

const eventCards = (list: readonly ListedEvent[]) => list.map((item) => eventCard(item.occurrence));

export async function homePage(): Promise<{ events: EventCardView[]; articles: ArticleCardView[] }> {
  const { index } = await getSiteData();
  return {
    events: eventCards(index.upcoming.slice(0, site.homeCount)),
    articles: index.articles.slice(0, site.homeCount).map(articleCard),
  };
}

export async function upcomingPage(): Promise<{ events: EventCardView[] }> {
  const { index } = await getSiteData();
  return { events: eventCards(index.upcoming) };
}

/** A numbered list page; page 1 has no number in its address. */
export type ListPageProps<T> = {
  page: Page<T>;
  title: string;
};

export async function pastEventRoutes() {
  const { index } = await getSiteData();
  const keys = cacheKeys(index);
  return paginate(eventCards(index.past), site.pageSize).map((page) =>
    route(keys, {
      path: paths.pastEvents(page.page),
      params: { page: page.page === 1 ? undefined : String(page.page) },
      props: { page, title: page.page === 1 ? 'Past events' : `Past events, page ${page.page}` },
    }),
  );
}

export async function newsRoutes() {
  const { index } = await getSiteData();
  const keys = cacheKeys(index);
  return paginate(index.articles.map(articleCard), site.pageSize).map((page) =>
    route(keys, {
      path: paths.news(page.page),
      params: { page: page.page === 1 ? undefined : String(page.page) },
      props: { page, title: page.page === 1 ? 'News' : `News, page ${page.page}` },
    }),
  );
}

export type TagPageProps = {
  name: string;
  /** The tag's calendar, when it has events: its path, absolute URL and webcal:// form. */
  calendar?: { path: string; url: string; webcal: string };
  events: EventCardView[];
  articles: ArticleCardView[];
};

export async function tagRoutes() {
  const { index } = await getSiteData();
  const keys = cacheKeys(index);
  return [...index.tags.values()].map((group) => {
    const url = absoluteUrl(site.url, paths.tagIcs(group.slug));
    const props: TagPageProps = {
      name: group.name,
      ...(group.events.length > 0 && { calendar: { path: paths.tagIcs(group.slug), url, webcal: webcalUrl(url) } }),
      events: eventCards(group.events),
      articles: group.articles.map(articleCard),
    };
    return route(keys, { path: paths.tag(group.slug), params: { tag: group.slug }, props });
  });
}
