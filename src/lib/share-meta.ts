/**
 * Open Graph and Twitter card tags: what chat apps and social sites show when
 * a page is shared. Every page has an image: its own when the event or article
 * has one, else the site's default PNG (most consumers reject SVG).
 */
import type { ArticleData } from './model.ts';
import { absoluteUrl } from './paths.ts';
import { articleTimes } from './article-dates.ts';
import { DEFAULT_SHARE_IMAGE } from './share-image.ts';

export interface ShareInfo {
  /** Site-relative or absolute image URL; the default image when absent. */
  image?: string;
  imageAlt?: string;
  type?: 'website' | 'article';
  /** ISO 8601 with offset, for articles. */
  publishedTime?: string;
  modifiedTime?: string;
  authors?: readonly string[];
  tags?: readonly string[];
}

export interface ShareInput extends ShareInfo {
  title: string;
  description: string;
  canonical: string;
  siteUrl: string;
  siteName: string;
  locale: string;
}

/** A `<meta>`: Open Graph uses `property`, Twitter cards use `name`. */
export interface MetaTag {
  attr: 'property' | 'name';
  key: string;
  content: string;
}

export function shareMeta(input: ShareInput): MetaTag[] {
  const og = (key: string, content: string): MetaTag => ({ attr: 'property', key, content });
  const tw = (key: string, content: string): MetaTag => ({ attr: 'name', key, content });
  const own = input.image !== undefined;
  const image = absoluteUrl(input.siteUrl, input.image ?? DEFAULT_SHARE_IMAGE.path);
  const alt = own ? (input.imageAlt ?? '') : DEFAULT_SHARE_IMAGE.alt;
  const type = input.type ?? 'website';
  const tags: MetaTag[] = [
    og('og:type', type),
    og('og:site_name', input.siteName),
    og('og:locale', input.locale.replace('-', '_')),
    og('og:url', input.canonical),
    og('og:title', input.title),
    og('og:description', input.description),
    og('og:image', image),
    ...(alt ? [og('og:image:alt', alt)] : []),
    // Only the default image's size is known without reading the file.
    ...(own
      ? []
      : [
          og('og:image:width', String(DEFAULT_SHARE_IMAGE.width)),
          og('og:image:height', String(DEFAULT_SHARE_IMAGE.height)),
        ]),
    tw('twitter:card', 'summary_large_image'),
    tw('twitter:title', input.title),
    tw('twitter:description', input.description),
    tw('twitter:image', image),
    ...(alt ? [tw('twitter:image:alt', alt)] : []),
  ];
  if (type === 'article') {
    if (input.publishedTime) tags.push(og('article:published_time', input.publishedTime));
    if (input.modifiedTime) tags.push(og('article:modified_time', input.modifiedTime));
    for (const author of input.authors ?? []) tags.push(og('article:author', author));
    for (const tag of input.tags ?? []) tags.push(og('article:tag', tag));
  }
  return tags;
}

/** An article's own image and dates, for its page's share tags. */
export function articleShare(article: ArticleData, timeZone: string): ShareInfo {
  const { published, modified } = articleTimes(article, timeZone);
  return {
    type: 'article',
    publishedTime: published,
    modifiedTime: modified,
    authors: article.authors,
    tags: article.tags,
    ...(article.image && { image: article.image }),
    ...(article.imageAlt && { imageAlt: article.imageAlt }),
  };
}
