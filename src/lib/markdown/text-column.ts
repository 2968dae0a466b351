/**
 * How wide a picture in the text column is on screen, for `sizes`: the
 * column's width (`--measure`, 42rem at 16px, in global.css) from 44rem up,
 * the screen less its margins below. Pictures in bodies get it
 * (pictureSizesPlugin), as the page's lead picture does
 * (src/lib/picture-sizes.ts). Astro's default says the picture's own width up
 * to the whole screen, and wide screens fetched more than the column shows.
 * It lives here, with the Markdown plugins, because it decides a body's HTML
 * (src/node/code-keys.ts keys rendered bodies by this folder).
 */
export const TEXT_COLUMN_WIDTH = 672;

export const TEXT_COLUMN_SIZES = `(min-width: 44rem) ${TEXT_COLUMN_WIDTH}px, calc(100vw - 2rem)`;
