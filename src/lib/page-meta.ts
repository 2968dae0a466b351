/**
 * What the sitemap learns from a built page's own head: whether it asked not
 * to be indexed, and when it last changed. Reading the page keeps one source
 * of truth: the layout's `noindex` and the article's `article:modified_time`.
 */
export interface PageMeta {
  noindex: boolean;
  /** ISO 8601, from `article:modified_time`. */
  modified?: string;
}

const META_TAG = /<meta\b[^>]*>/gi;
const ATTRIBUTE = /([a-z:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;

function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(ATTRIBUTE)) out.set(m[1]!.toLowerCase(), m[2] ?? m[3] ?? '');
  return out;
}

/** Only the head is read; a page's body may quote markup. */
export function readPageMeta(html: string): PageMeta {
  const head = html.slice(0, html.search(/<\/head>/i) >>> 0);
  let noindex = false;
  let modified: string | undefined;
  for (const [tag] of head.matchAll(META_TAG)) {
    const attrs = attributes(tag);
    if (attrs.get('name')?.toLowerCase() === 'robots' && /\bnoindex\b/i.test(attrs.get('content') ?? ''))
      noindex = true;
    if (attrs.get('property') === 'article:modified_time') modified = attrs.get('content');
  }
  return { noindex, ...(modified && { modified }) };
}
