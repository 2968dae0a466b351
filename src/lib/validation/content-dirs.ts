/**
 * Where each kind of content file lives, from the project root. Apart from the
 * check's code so that the build's main thread (src/loaders/checked-content.ts)
 * and `npm run new` can use it without loading the check.
 */
import type { ContentKind } from './check-file.ts';

export const CONTENT_DIRS: Record<ContentKind, string> = { event: 'content/events/', article: 'content/articles/' };

export function kindOf(path: string): ContentKind | undefined {
  if (path.startsWith(CONTENT_DIRS.event)) return 'event';
  if (path.startsWith(CONTENT_DIRS.article)) return 'article';
  return undefined;
}
