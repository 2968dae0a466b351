/** The /tags/ page: every tag with its counts, from this build's site index (src/lib/tag-index.ts). */
import { paths } from '../lib/paths.ts';
import { tagCounts, tagIndex } from '../lib/tag-index.ts';
import { site } from '../site.config.ts';
import { getSiteData } from './site-data.ts';

export interface TagIndexRow {
  name: string;
  href: string;
  /** `3 events (1 upcoming), 2 articles` */
  counts: string;
}

export async function tagIndexPage(): Promise<{ tags: TagIndexRow[] }> {
  const { index } = await getSiteData();
  return {
    tags: tagIndex(index, site.locale).map((entry) => ({
      name: entry.name,
      href: paths.tag(entry.slug),
      counts: tagCounts(entry),
    })),
  };
}
