/**
 * The sizes an event's or article's own picture (`image` in front matter) is
 * shown and shared at, in one place: the lead picture of its page, the
 * thumbnail of its cards, and the 1200x630 copy Open Graph and JSON-LD point
 * at. Astro's image pipeline makes the files (src/data/entry-images.ts); this
 * module only says which sizes, so the rule has one home and a unit test.
 *
 * A size is never larger than the writer's file: Astro's image service does
 * not enlarge, so a small picture is shown, cropped and shared at its own size
 * and the page still says the size of the file it gets.
 */
import { TEXT_COLUMN_SIZES, TEXT_COLUMN_WIDTH } from './markdown/text-column.ts';

export interface Size {
  width: number;
  height: number;
}

/** How a picture is shown in one place: its box, its crop and the files to offer. */
export interface PictureSize extends Size {
  /** Widths of the files in `srcset`, each at most the file's own width. */
  widths: number[];
  /** The `sizes` attribute: how wide the picture is on screen, as the stylesheet lays it out. */
  sizes: string;
}

/** The lead picture of an event or article page: the whole picture, as wide as the text. */
const LEAD = {
  width: TEXT_COLUMN_WIDTH,
  // A phone (about 360 CSS px) at 1.5x to 3x, and the text column at 1x and 2x.
  widths: [480, 672, 1080, 1344],
  sizes: TEXT_COLUMN_SIZES,
};

/** A card's thumbnail: cropped to 3:2, 7.5rem wide on a phone and 12rem from 40rem up (media.css). */
const CARD = {
  ratio: 3 / 2,
  // 120 CSS px on a phone at 2x and 3x, 192 px on a wider screen at 1x and 2x.
  widths: [240, 384],
  sizes: '(min-width: 40rem) 12rem, 7.5rem',
};

/** What Open Graph and Twitter cards show best: 1200x630 (1.91:1). */
export const SHARE_SIZE: Size = { width: 1200, height: 630 };

/** The largest `ratio` crop of `original`, no wider than `maxWidth`, in whole pixels. */
export function cropTo(original: Size, ratio: number, maxWidth: number): Size {
  const width = Math.max(1, Math.floor(Math.min(maxWidth, original.width, original.height * ratio)));
  return { width, height: Math.max(1, Math.round(width / ratio)) };
}

/** `widths` no wider than the picture, or the picture's own width when all are. */
function fitWidths(widths: readonly number[], width: number): number[] {
  const fit = widths.filter((w) => w <= width);
  return fit.length > 0 ? fit : [width];
}

/** The lead picture of a page: uncropped, at most as wide as the text column. */
export function leadSize(original: Size): PictureSize {
  const width = Math.min(LEAD.width, original.width);
  const height = Math.max(1, Math.round((width * original.height) / original.width));
  return { width, height, widths: fitWidths(LEAD.widths, original.width), sizes: LEAD.sizes };
}

/** A card's thumbnail: the 3:2 middle of the picture. */
export function cardSize(original: Size): PictureSize {
  const largest = cropTo(original, CARD.ratio, Number.POSITIVE_INFINITY);
  const widths = fitWidths(CARD.widths, largest.width);
  const box = cropTo(original, CARD.ratio, widths[0] ?? largest.width);
  return { ...box, widths, sizes: CARD.sizes };
}

/** The copy made for sharing: 1200x630 from the middle of the picture, or the largest such crop of a smaller one. */
export function shareSize(original: Size): Size {
  return cropTo(original, SHARE_SIZE.width / SHARE_SIZE.height, SHARE_SIZE.width);
}
