/**
 * Astro's glob loader, with each entry checked by the same rules and messages as
 * `npm run check` before Astro's schema sees it. In the dev server a bad file
 * shows that message in the error overlay; the data Astro stores is the
 * normalised form (dates as written, defaults filled in), plus `derived`: the
 * summary read from the body, and an event's plain text (for its .ics).
 *
 * Astro keeps stored entries between builds and loads again only the files that
 * changed, so the body is parsed once per edit, not once per build (5 s at
 * 10,000 entries). The store is emptied when this code or src/lib changes.
 *
 * Neither the raw body nor the rendered HTML is stored: the store reaches the
 * build as one JavaScript string literal, and V8 compiles that in time that
 * grows faster than its size (24 MB in 4 s, 48 MB in 19 s, measured), so every
 * byte kept out of it counts. A Markdown entry's HTML goes to a file of its own
 * (src/node/rendered-html.ts); MDX files are compiled as modules, as ever.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { checkFile, type ContentKind } from '../lib/validation/check-file.ts';
import { validateArticleFields } from '../lib/validation/article-fields.ts';
import { validateEventFields } from '../lib/validation/event-fields.ts';
import { formatProblem } from '../lib/validation/problem.ts';
import { slugFromPath } from '../lib/slug.ts';
import { readBody, summaryFor } from '../lib/excerpt.ts';
import { sourceHash } from '../node/source-hash.ts';
import { hasRenderedHtml, RenderedHtmlFiles, renderedHtmlFolder, renderedHtmlPath } from '../node/rendered-html.ts';
import { brokenEntryData, isDevServer } from './dev-preview.ts';

/** What an entry's stored data holds besides the writer's fields (typed in src/content.config.ts). */
export interface DerivedFromBody {
  summary: string;
  /** Events only. */
  text?: string;
  /** Where the rendered Markdown is (src/node/rendered-html.ts); absent for MDX, and for HTML with images for Astro to process. */
  htmlFile?: string;
}

/** The code whose output the store keeps: a change to it must reload every entry. */
const LOADER_CODE = ['src/lib', 'src/loaders', 'src/node', 'src/site.config.ts'];

export function checkedGlob(kind: ContentKind, base: string, siteTimeZone: string): Loader {
  const inner = glob({
    base,
    pattern: '**/*.{md,mdx}',
    generateId: ({ entry, data }) => (typeof data['slug'] === 'string' ? data['slug'] : slugFromPath(entry)),
  });
  const validate = kind === 'event' ? validateEventFields : validateArticleFields;
  return {
    name: `checked-glob-${kind}`,
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      // The root too: stored entries name their HTML files by absolute path.
      const code = `${sourceHash(root, LOADER_CODE)} ${root}`;
      if (context.meta.get('code') !== code) {
        context.store.clear();
        context.meta.set('code', code);
      }
      // An entry whose HTML file has gone (a partly emptied cache) is loaded again.
      for (const [id, entry] of context.store.entries()) {
        const file = (entry.data['derived'] as DerivedFromBody | undefined)?.htmlFile;
        if (file && !hasRenderedHtml(file)) context.store.delete(id);
      }
      const cacheDir = fileURLToPath(context.config.cacheDir);
      renderedHtmlFolder(cacheDir, context.collection);
      const htmlFileOf = (id: string, digest: string) => renderedHtmlPath(cacheDir, context.collection, id, digest);
      const files = new RenderedHtmlFiles();
      await files.batch(() =>
        inner.load({
          ...context,
          store: withDerivedData(context.store, kind, htmlFileOf, files),
          parseData: async (props) => {
            const file = relative(root, props.filePath ?? props.id)
              .split('\\')
              .join('/');
            const result = validate(props.data, { file, siteTimeZone });
            if (!result.value) {
              // The dev server keeps running and shows the problems in the browser (dev-preview.ts).
              if (isDevServer())
                return context.parseData({ ...props, data: brokenEntryData(kind, siteTimeZone) as typeof props.data });
              // Re-read the file only on this error path, for the CLI's exact lines (with line numbers).
              const text = props.filePath ? readFileSync(props.filePath, 'utf8') : '';
              const problems = checkFile(file, text, kind, siteTimeZone).problems.filter((p) => p.severity === 'error');
              const error = new Error((problems.length ? problems : result.problems).map(formatProblem).join('\n'));
              error.name = 'ContentError';
              throw error;
            }
            return context.parseData({ ...props, data: { ...result.value } as unknown as typeof props.data });
          },
        }),
      );
    },
  };
}

type Store = LoaderContext['store'];

/**
 * The store, with `derived` added to each entry the glob loader sets (new or
 * changed files only), and the raw body and rendered HTML left out of it.
 */
function withDerivedData(
  store: Store,
  kind: ContentKind,
  htmlFileOf: (id: string, digest: string) => string,
  files: RenderedHtmlFiles,
): Store {
  const storedHtmlFile = (id: string) => (store.get(id)?.data['derived'] as DerivedFromBody | undefined)?.htmlFile;
  const set: Store['set'] = ({ body, rendered, ...entry }) => {
    const summary = typeof entry.data['summary'] === 'string' ? entry.data['summary'] : undefined;
    const options = { mdx: entry.filePath?.endsWith('.mdx') ?? false };
    const derived: DerivedFromBody =
      kind === 'event' ? readBody(body ?? '', summary, options) : { summary: summaryFor(summary, body ?? '', options) };
    // Images in the body are resolved by Astro's render() from placeholders in the HTML: those entries keep it in the store.
    const previous = storedHtmlFile(entry.id);
    if (rendered && !rendered.html.includes('__ASTRO_IMAGE_')) {
      derived.htmlFile = htmlFileOf(entry.id, String(entry.digest ?? ''));
      if (previous && previous !== derived.htmlFile) files.remove(previous);
      files.write(derived.htmlFile, rendered.html);
      return store.set({ ...entry, rendered: { ...rendered, html: '' }, data: { ...entry.data, derived } });
    }
    if (previous) files.remove(previous);
    return store.set({ ...entry, ...(rendered && { rendered }), data: { ...entry.data, derived } });
  };
  const remove: Store['delete'] = (id) => {
    const file = storedHtmlFile(id);
    if (file) files.remove(file);
    store.delete(id);
  };
  return new Proxy(store, {
    get: (target, property) => {
      if (property === 'set') return set;
      if (property === 'delete') return remove;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
