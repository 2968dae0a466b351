/**
 * The picture a writer gives an event or article (`image`, `imageAlt`), as
 * each place shows it: the lead picture of its page, the thumbnail of its
 * cards (src/components/EntryPicture.astro renders both with Astro's
 * <Picture>), and the 1200x630 JPEG its page is shared with. Sizes come from
 * src/lib/picture-sizes.ts; the files are made by Astro's image pipeline.
 *
 * Keys (page-routes.ts): a view holds the ImageMetadata, whose `src` is the
 * built file's address with a hash of its bytes, so a page that shows or
 * shares a picture is rendered again when the file changes, and only then.
 */
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import type { ArticleData, EventData } from '../lib/model.ts';
import { cardSize, leadSize, shareSize, type PictureSize } from '../lib/picture-sizes.ts';
import type { ShareImage } from '../lib/share-image.ts';

type Entry = EventData | ArticleData;

/** A picture as <EntryPicture> renders it: every attribute of its <picture>, worked out here. */
export interface PictureView extends PictureSize {
  src: ImageMetadata;
  alt: string;
  /** Modern formats first; browsers without them take the fallback (the file's own JPEG or PNG). */
  formats: ('avif' | 'webp')[];
  /** The page's lead picture loads at once and first; cards' pictures when the reader scrolls near them. */
  loading: 'eager' | 'lazy';
  fetchpriority?: 'high';
  /** Where it sits, for the stylesheet (src/styles/media.css). */
  class: 'lead-picture' | 'card-picture';
}

const FORMATS: PictureView['formats'] = ['avif', 'webp'];

const images = new WeakMap<Entry, { src: ImageMetadata; alt: string }>();
const cardPictures = new WeakMap<Entry, PictureView>();

/** Keeps the picture Astro resolved for an entry (src/data/site-data.ts, as it maps the collections). */
export function noteEntryImage(entry: Entry, src: ImageMetadata | undefined, alt: string | undefined): void {
  // The content check requires imageAlt with every image; '' never reaches a page.
  if (src) images.set(entry, { src, alt: alt ?? '' });
}

/** The picture at the top of the entry's own page. */
export function leadPicture(entry: Entry): PictureView | undefined {
  const image = images.get(entry);
  if (!image) return undefined;
  return {
    ...image,
    ...leadSize(image.src),
    formats: FORMATS,
    loading: 'eager',
    fetchpriority: 'high',
    class: 'lead-picture',
  };
}

/** The thumbnail of the entry's cards: one view, shared by every list that shows it. */
export function cardPicture(entry: Entry): PictureView | undefined {
  let picture = cardPictures.get(entry);
  if (picture) return picture;
  const image = images.get(entry);
  if (!image) return undefined;
  picture = { ...image, ...cardSize(image.src), formats: FORMATS, loading: 'lazy', class: 'card-picture' };
  cardPictures.set(entry, picture);
  return picture;
}

/**
 * The entry's picture for Open Graph, Twitter cards and JSON-LD: a JPEG
 * cropped from the middle to 1200x630 (what their previews show), made by
 * Astro's pipeline as the build writes pages. Undefined without a picture:
 * the page then shares the site's default image.
 */
export async function shareImage(entry: Entry): Promise<ShareImage | undefined> {
  const image = images.get(entry);
  if (!image) return undefined;
  const size = shareSize(image.src);
  const made = await getImage({
    src: image.src,
    ...size,
    fit: 'cover',
    position: 'center',
    format: 'jpg',
    // A transparent PNG on white, not on black.
    background: '#ffffff',
    // One file: a fixed size, whatever the site's default layout for pictures.
    layout: 'none',
  });
  return { url: made.src, ...size, alt: image.alt };
}
