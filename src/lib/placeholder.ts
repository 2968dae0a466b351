/**
 * The words that open the placeholder paragraph of a file `npm run new`
 * writes (src/lib/scaffold.ts): the content check warns while they are still
 * there (src/lib/validation/). Here, not in either, so neither imports the other for it.
 */
export const PLACEHOLDER_MARK = 'Replace this paragraph';
