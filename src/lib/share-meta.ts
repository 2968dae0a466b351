/**
 * Open Graph and Twitter card tags: what chat apps and social sites show when
 * a page is shared. Every page has an image, with its size: the event's or
 * article's own, as a 1200x630 copy (src/data/entry-images.ts), else the
 * site's default PNG (most consumers reject SVG).
 */
import type { ArticleData } from './model.ts';
import { absoluteUrl } from './paths.ts';
import { articleTimes } from './article-dates.ts';
import { DEFAULT_SHARE_IMAGE, type ShareImage } from './share-image.ts';

export interface ShareInfo {
  /** The page's own picture; the default image when absent. */
  image?: ShareImage;
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
  const picture = input.image ?? DEFAULT_SHARE_IMAGE;
  const image = absoluteUrl(input.siteUrl, picture.url);
  const { alt } = picture;
  const type = input.type ?? 'website';
  const tags: MetaTag[] = [
    og('og:type', type),
    og('og:site_name', input.siteName),
    og('og:locale', input.locale.replace('-', '_')),
    og('og:url', input.canonical),
    og('og:title', input.title),
    og('og:description', input.description),
    og('og:image', image),
    og('og:image:width', String(picture.width)),
    og('og:image:height', String(picture.height)),
    ...(alt ? [og('og:image:alt', alt)] : []),
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

/** An article's dates, authors and tags, for its page's share tags. */
export function articleShare(article: ArticleData, timeZone: string): ShareInfo {
  const { published, modified } = articleTimes(article, timeZone);
  return {
    type: 'article',
    publishedTime: published,
    modifiedTime: modified,
    authors: article.authors,
    tags: article.tags,
  };
}
