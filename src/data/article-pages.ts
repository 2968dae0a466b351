/**
 * The article pages, /news/<slug>/: everything each renders, as of this build
 * (src/pages/news/[slug].astro lays it out).
 */
import { articleTimes } from '../lib/article-dates.ts';
import type { ArticleData } from '../lib/model.ts';
import { paths } from '../lib/paths.ts';
import type { Visibility } from '../lib/publishing.ts';
import type { SearchRecord } from '../lib/search-meta.ts';
import { articleShare, type ShareInfo } from '../lib/share-meta.ts';
import { articlePageJsonLd, type JsonLd } from '../lib/structured-data.ts';
import { site } from '../site.config.ts';
import { bodyKey, bodyRef, type BodyRef } from './entry-bodies.ts';
import { mdxContext, type MdxContext } from './mdx-context.ts';
import { cacheKeys, route } from './page-routes.ts';
import { articleSearch } from './search-records.ts';
import { getSiteData, type SiteData } from './site-data.ts';
import { tagLinks, type TagLink } from './tag-links.ts';

export type ArticlePageProps = {
  article: ArticleData;
  share: ShareInfo;
  jsonLd: JsonLd[];
  /** Drafts and scheduled articles appear only in the dev server, with a banner. */
  visibility: Visibility;
  /** Author names, joined with "and". */
  byline: string;
  body: BodyRef;
  mdx?: MdxContext;
  tags: TagLink[];
  search: SearchRecord;
};

function articlePageProps(data: SiteData, article: ArticleData): ArticlePageProps {
  const entry = data.articleEntries.get(article.slug);
  if (!entry) throw new Error(`${article.file}: no stored entry for the article "${article.slug}"`);
  return {
    article,
    share: articleShare(article, site.timeZone),
    jsonLd: articlePageJsonLd(article, site),
    visibility: data.visibility.get(`article:${article.slug}`) ?? 'published',
    byline: article.authors.join(' and '),
    body: bodyRef(entry),
    ...(entry.filePath?.endsWith('.mdx') && {
      mdx: mdxContext(data.index, {
        path: paths.article(article.slug),
        relatedTags: entry.data.derived?.relatedTags ?? [],
      }),
    }),
    tags: tagLinks(data.index, article.tags),
    search: articleSearch(data.index, article),
  };
}

export async function articleRoutes() {
  const data = await getSiteData();
  const keys = cacheKeys(data.index);
  return data.index.articles.map((article) => {
    const entry = data.articleEntries.get(article.slug);
    return route(keys, {
      path: paths.article(article.slug),
      params: { slug: article.slug },
      props: articlePageProps(data, article),
      // What the sitemap gives as lastmod: the update time, else the publish time.
      facts: { modified: articleTimes(article, site.timeZone).modified },
      ...(entry && { body: bodyKey(entry) }),
    });
  });
}
