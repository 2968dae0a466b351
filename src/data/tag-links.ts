/** Links from an entry's tags to their tag pages, by the same tag identity as the pages (src/lib/tags.ts). */
import { paths } from '../lib/paths.ts';
import type { SiteIndex } from '../lib/site-index.ts';
import { tagKey } from '../lib/tags.ts';

export interface TagLink {
  /** The tag as this entry writes it. */
  name: string;
  href: string;
}

export function tagLinks(index: SiteIndex, tags: readonly string[]): TagLink[] {
  return tags.map((name) => ({ name, href: paths.tag(index.tagsByKey.get(tagKey(name))?.slug ?? name) }));
}
