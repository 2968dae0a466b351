/**
 * The article pages, /news/<slug>/: everything each renders, as of this build
 * (src/pages/news/[slug].astro lays it out). The links to other articles (the
 * neighbours in time and the related ones) are worked out once for all
 * articles (src/lib/related-articles.ts); each page's props hold the titles and
 * dates it shows of them, so its key changes when one of those does.
 */
import { articleTimes } from '../lib/article-dates.ts';
import type { ArticleData } from '../lib/model.ts';
import { paths } from '../lib/paths.ts';
import type { Visibility } from '../lib/publishing.ts';
import { readingTimeLabel } from '../lib/reading-time.ts';
import { articleLinks, type ArticleLinks } from '../lib/related-articles.ts';
import type { SearchRecord } from '../lib/search-meta.ts';
import { articleShare, type ShareInfo } from '../lib/share-meta.ts';
import { articlePageJsonLd, type JsonLd } from '../lib/structured-data.ts';
import { site } from '../site.config.ts';
import { dayView, type DayView } from './cards.ts';
import { bodyKey, bodyRef, type BodyRef } from './entry-bodies.ts';
import { leadPicture, shareImage, type PictureView } from './entry-images.ts';
import { mdxContext, type MdxContext } from './mdx-context.ts';
import { cacheKeys, route } from './page-routes.ts';
import { articleSearch } from './search-records.ts';
import { getSiteData, type SiteData } from './site-data.ts';
import { tagLinks, type TagLink } from './tag-links.ts';

/** Another article, as a link: its title and date. */
export interface ArticleLinkView {
  title: string;
  href: string;
  date: DayView;
}

/** The published article just before (`prev`, older) or after (`next`, newer) this one. */
export interface PagerLink {
  rel: 'prev' | 'next';
  label: string;
  title: string;
  href: string;
}

export type ArticlePageProps = {
  article: ArticleData;
  share: ShareInfo;
  jsonLd: JsonLd[];
  /** Drafts and scheduled articles appear only in the dev server, with a banner. */
  visibility: Visibility;
  /** The article's own picture, at the top of the page. */
  image?: PictureView;
  published: DayView;
  updated?: DayView;
  /** `4 min read` */
  readingTime: string;
  /** Author names as a list in words ("Ana Lima and Bao Tran"), or the site's name when the article names none. */
  byline: string;
  body: BodyRef;
  mdx?: MdxContext;
  tags: TagLink[];
  search: SearchRecord;
  /** The previous then the next article: one of them at the ends, none when it is the only one. */
  pager: PagerLink[];
  /** Up to three published articles with the most tags in common, newest first among equals. */
  related: ArticleLinkView[];
};

const authorList = new Intl.ListFormat(site.locale, { style: 'long', type: 'conjunction' });

function linkView(article: ArticleData): ArticleLinkView {
  return { title: article.title, href: paths.article(article.slug), date: dayView(article.date) };
}

function pagerLink(rel: PagerLink['rel'], label: string, article: ArticleData): PagerLink {
  return { rel, label, title: article.title, href: paths.article(article.slug) };
}

async function articlePageProps(
  data: SiteData,
  article: ArticleData,
  links: ArticleLinks | undefined,
): Promise<ArticlePageProps> {
  const entry = data.articleEntries.get(article.slug);
  if (!entry) throw new Error(`${article.file}: no stored entry for the article "${article.slug}"`);
  const shared = await shareImage(article);
  const image = leadPicture(article);
  return {
    article,
    share: { ...articleShare(article, site.timeZone), ...(shared && { image: shared }) },
    jsonLd: articlePageJsonLd(article, site, shared),
    visibility: data.visibility.get(`article:${article.slug}`) ?? 'published',
    ...(image && { image }),
    published: dayView(article.date),
    ...(article.updated && { updated: dayView(article.updated) }),
    readingTime: readingTimeLabel(article.readingMinutes),
    byline: article.authors.length > 0 ? authorList.format(article.authors) : site.title,
    body: bodyRef(entry),
    ...(entry.filePath?.endsWith('.mdx') && {
      mdx: mdxContext(data.index, {
        path: paths.article(article.slug),
        relatedTags: entry.data.derived?.relatedTags ?? [],
      }),
    }),
    tags: tagLinks(data.index, article.tags),
    search: articleSearch(data.index, article),
    pager: [
      ...(links?.previous ? [pagerLink('prev', 'Previous article', links.previous)] : []),
      ...(links?.next ? [pagerLink('next', 'Next article', links.next)] : []),
    ],
    related: (links?.related ?? []).map(linkView),
  };
}

export async function articleRoutes() {
  const data = await getSiteData();
  const keys = cacheKeys(data.index);
  // Once for all articles; the dev server's drafts and scheduled articles link only to published ones.
  const links = articleLinks(data.index.articles, (a) => data.visibility.get(`article:${a.slug}`) === 'published');
  return Promise.all(
    data.index.articles.map(async (article) => {
      const entry = data.articleEntries.get(article.slug);
      return route(keys, {
        path: paths.article(article.slug),
        params: { slug: article.slug },
        props: await articlePageProps(data, article, links.get(article.slug)),
        // What the sitemap gives as lastmod: the update time, else the publish time.
        facts: { modified: articleTimes(article, site.timeZone).modified },
        ...(entry && { body: bodyKey(entry) }),
      });
    }),
  );
}
