/**
 * The content loader: stores each event or article file as the content check
 * read it (src/node/check-project.ts), so a build reads and parses each file
 * once. The build's pre-check (src/integrations/content-guard.ts) has already
 * stopped a build with bad content; the dev server keeps running and stores a
 * harmless stand-in for a bad file while the overlay shows its problems
 * (dev-preview.ts), and checks and loads again when content/ changes.
 *
 * The data stored is the checked fields (dates as written, defaults filled
 * in) plus `derived`: the summary read from the body, where an event's plain
 * text is (for its .ics), and the tags an MDX body's <RelatedEvents> ask for. Astro
 * keeps stored entries between builds; an entry is loaded again only when its
 * file changed, so a body is parsed and rendered once per edit, not once per
 * build (5 s at 10,000 entries). The store is emptied when this code, the code
 * it imports or the Markdown configuration changes.
 *
 * Neither the raw body, the rendered HTML nor an event's text is stored: the
 * store reaches the build as one JavaScript string literal, and V8 compiles
 * that in time that grows faster than its size (24 MB in 4 s, 48 MB in 19 s,
 * measured), so every byte kept out of it counts. A Markdown entry's HTML and
 * an event's text go to files of their own (src/node/rendered-html.ts); MDX
 * files are compiled as modules, as ever.
 */
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { relatedEventTags } from '../lib/mdx-components.ts';
import type { CheckedFile, ContentKind } from '../lib/validation/check-file.ts';
import { kindOf } from '../lib/validation/content-dirs.ts';
import { frontMatterBody } from '../lib/validation/front-matter-body.ts';
import { formatProblem, type Problem } from '../lib/validation/problem.ts';
import type { ProjectCheck } from '../node/check-project.ts';
import { takeProjectCheck } from '../node/shared-check.ts';
import type { ProjectCheckInThread } from '../node/project-check-thread.ts';
import {
  hasEntryFile,
  plainTextPath,
  EntryFiles,
  renderedHtmlFolder,
  renderedHtmlPath,
} from '../node/rendered-html.ts';
import { markdownKey, storedContentKey } from '../node/code-keys.ts';
import { mdxOptions } from '../markdown.config.ts';
import { parsedWithoutPictures, STORED_SHAPES, type DerivedFromBody } from './collection-schema.ts';
import { brokenEntryData, devProjectCheck, isDevServer, onDevCheck } from './dev-preview.ts';

type MarkdownProcessor = LoaderContext['config']['markdown']['processor'];
type MarkdownRenderer = Awaited<ReturnType<MarkdownProcessor['createRenderer']>>;
type RendererOptions = Parameters<MarkdownProcessor['createRenderer']>[0];
type Rendered = Awaited<ReturnType<MarkdownRenderer['render']>>;

/** What the loader did while the check ran: each file's digest, and bodies rendered with the body each was rendered from. */
interface Ahead {
  digests: ReadonlyMap<string, string>;
  rendered: ReadonlyMap<string, { body: string; rendered: Promise<Rendered> }>;
}

export function checkedContent(kind: ContentKind, siteTimeZone: string): Loader {
  return {
    name: `checked-content-${kind}`,
    load: async (context) => {
      const root = fileURLToPath(context.config.root).replace(/\/$/, '');
      // The root too: stored entries name their HTML files by absolute path.
      const renderKey = markdownKey(root, { markdown: context.config.markdown, mdx: mdxOptions });
      const code = `${storedContentKey(root, renderKey)} ${root}`;
      if (context.meta.get('code') !== code) {
        context.store.clear();
        context.meta.set('code', code);
      }
      // An entry whose HTML or text file has gone (a partly emptied cache) is loaded again.
      for (const [id, entry] of context.store.entries()) {
        if (filesOf(entry.data).some((file) => !hasEntryFile(file))) context.store.delete(id);
      }
      const cacheDir = fileURLToPath(context.config.cacheDir);
      renderedHtmlFolder(cacheDir, context.collection);
      const loader = new EntryLoader(context, kind, root, siteTimeZone, cacheDir, renderKey);
      if (!isDevServer()) {
        const running = takeProjectCheck(root, kind);
        if (running) await loader.loadWhileChecked(running);
        else await loader.load(await checkHere(root, siteTimeZone));
        return;
      }
      // The dev server: every new check (after a save under content/, seen by the watcher or by the
      // next page asked for) is stored before any page reads the collections (dev-preview.ts).
      const check = await devProjectCheck();
      if (check) await loader.load(check);
      onDevCheck(context.collection, (next) => loader.load(next));
      const content = join(root, 'content');
      context.watcher?.add(content);
      context.watcher?.on('all', (_event, path) => {
        if (!path.startsWith(content)) return;
        devProjectCheck()?.catch((error: unknown) => context.logger.error(String(error)));
      });
    },
  };
}

/**
 * The check, made here: where no build's pre-check runs (astro sync, astro
 * check). Loaded only then; a build's main thread never loads the check's code.
 */
async function checkHere(root: string, siteTimeZone: string): Promise<ProjectCheck> {
  const { checkProject } = await import('../node/check-project.ts');
  return checkProject(root, { siteTimeZone });
}

/** The file of an entry's rendered Markdown or plain text, read from its stored data. */
function fileOf(data: Record<string, unknown> | undefined, name: 'htmlFile' | 'textFile'): string | undefined {
  const derived = data?.['derived'];
  if (typeof derived !== 'object' || derived === null) return undefined;
  const file = (derived as Record<string, unknown>)[name];
  return typeof file === 'string' ? file : undefined;
}

/** Every file an entry's stored data names. */
function filesOf(data: Record<string, unknown> | undefined): string[] {
  return [fileOf(data, 'htmlFile'), fileOf(data, 'textFile')].filter((file) => file !== undefined);
}

class EntryLoader {
  readonly #context: LoaderContext;
  readonly #kind: ContentKind;
  readonly #root: string;
  readonly #siteTimeZone: string;
  readonly #cacheDir: string;
  readonly #renderKey: string;
  #renderer: Promise<MarkdownRenderer> | undefined;

  constructor(
    context: LoaderContext,
    kind: ContentKind,
    root: string,
    siteTimeZone: string,
    cacheDir: string,
    renderKey: string,
  ) {
    this.#context = context;
    this.#renderKey = renderKey;
    this.#kind = kind;
    this.#root = root;
    this.#siteTimeZone = siteTimeZone;
    this.#cacheDir = cacheDir;
  }

  /**
   * The build's way (src/integrations/content-guard.ts): the changed Markdown
   * bodies are rendered while the check runs in its thread, then the store is
   * brought in line with it. A check with errors stores nothing: the build
   * says why and stops before its bundle.
   */
  async loadWhileChecked(running: ProjectCheckInThread): Promise<void> {
    const ahead = this.#renderAhead(await running.texts);
    const check = await running.check;
    if (check.errorCount > 0) return;
    await this.load(check, ahead);
  }

  /**
   * Starts rendering each changed Markdown file of this collection from its
   * text alone. A body that names `frontmatter` waits for the fields: Astro's
   * heading ids read them (as `frontmatter.title`).
   */
  #renderAhead(texts: ReadonlyMap<string, string>): Ahead {
    const stored = new Map<string, string | number | undefined>();
    for (const [, entry] of this.#context.store.entries()) if (entry.filePath) stored.set(entry.filePath, entry.digest);
    const digests = new Map<string, string>();
    const rendered = new Map<string, { body: string; rendered: Promise<Rendered> }>();
    for (const [file, text] of texts) {
      if (kindOf(file) !== this.#kind) continue;
      const digest = this.#context.generateDigest(text);
      digests.set(file, digest);
      if (!file.endsWith('.md') || stored.get(file) === digest) continue;
      const body = frontMatterBody(text);
      if (body === undefined || body.includes('frontmatter')) continue;
      const early = this.#render(body.trim(), join(this.#root, file), {});
      // Awaited when the entry is stored; not an unhandled rejection if the check stops the build first.
      early.catch(() => undefined);
      rendered.set(file, { body, rendered: early });
    }
    return { digests, rendered };
  }

  /** Brings the store in line with the check: new and changed files stored, removed ones deleted. */
  async load(check: ProjectCheck, ahead?: Ahead): Promise<void> {
    const { store } = this.#context;
    const seen = new Set<string>();
    const broken: Problem[] = [];
    const files = new EntryFiles();
    await files.batch(async () => {
      for (const file of check.checked) {
        if (file.kind !== this.#kind) continue;
        seen.add(file.slug);
        const text = check.texts.get(file.file) ?? '';
        const digest = ahead?.digests.get(file.file) ?? this.#context.generateDigest(text);
        const existing = store.get(file.slug);
        // Unchanged (Astro gathers an entry's module and image imports from the stored entries themselves).
        if (existing?.digest === digest && existing.filePath === file.file) continue;
        if (!file.fields) {
          if (!isDevServer()) broken.push(...file.problems.filter((p) => p.severity === 'error'));
          else await this.#store(file, digest, brokenEntryData(this.#kind, this.#siteTimeZone), files);
          continue;
        }
        // Rendered ahead from the same body, or now.
        const early = ahead?.rendered.get(file.file);
        await this.#store(
          file,
          digest,
          { ...file.fields },
          files,
          early?.body === file.body ? early.rendered : undefined,
        );
      }
    });
    for (const id of [...store.keys()]) {
      if (seen.has(id)) continue;
      for (const file of filesOf(store.get(id)?.data)) files.remove(file);
      store.delete(id);
    }
    if (broken.length > 0) {
      // Only where no pre-check ran (astro sync, astro check): say what the check says.
      const error = new Error(broken.map(formatProblem).join('\n'));
      error.name = 'ContentError';
      throw error;
    }
  }

  async #store(
    file: CheckedFile,
    digest: string,
    fields: Record<string, unknown>,
    files: EntryFiles,
    renderedAhead?: Promise<Rendered>,
  ) {
    const { store } = this.#context;
    const filePath = join(this.#root, file.file);
    const data =
      parsedWithoutPictures(STORED_SHAPES[this.#kind], fields) ??
      (await this.#context.parseData({ id: file.slug, data: fields, filePath }));
    const body = file.body.trim();
    const mdx = file.file.endsWith('.mdx');
    // The check read the summary and text with the body's other facts (src/lib/validation/body-facts.ts).
    const { text, ...bodyText } = file.bodyText;
    const derived: DerivedFromBody = { ...bodyText, renderKey: this.#renderKey };
    const stored = store.get(file.slug)?.data;
    const previousText = fileOf(stored, 'textFile');
    if (text !== undefined) {
      derived.textFile = plainTextPath(this.#cacheDir, this.#context.collection, file.slug, digest);
      files.write(derived.textFile, text);
    }
    if (previousText && previousText !== derived.textFile) files.remove(previousText);
    const previous = fileOf(stored, 'htmlFile');
    if (mdx) {
      const related = relatedEventTags(file.facts);
      if (related.length > 0) derived.relatedTags = related;
      if (previous) files.remove(previous);
      store.set({ id: file.slug, data: { ...data, derived }, filePath: file.file, digest, deferredRender: true });
      return;
    }
    const rendered = await (renderedAhead ?? this.#render(body, filePath, fields));
    const html = rendered.code;
    const imagePaths = [...rendered.metadata.localImagePaths, ...rendered.metadata.remoteImagePaths];
    // Without the renderer's copy of the front matter (Astro's remarkPluginFrontmatter, which no page reads and
    // no plugin of ours writes): the fields are stored once, in `data` (29.7 -> 26.3 MB at 10,000 + 10,000).
    const { frontmatter: _frontmatter, ...rest } = rendered.metadata;
    const metadata = { ...rest, imagePaths };
    const images = rendered.metadata.localImagePaths.map((path) =>
      fileURLToPath(new URL(path, pathToFileURL(filePath))),
    );
    if (images.length > 0) derived.images = images;
    // Images in the body are resolved by Astro's render() from placeholders in the HTML: those entries keep it in the store.
    if (!html.includes('__ASTRO_IMAGE_')) {
      derived.htmlFile = renderedHtmlPath(this.#cacheDir, this.#context.collection, file.slug, digest);
      if (previous && previous !== derived.htmlFile) files.remove(previous);
      files.write(derived.htmlFile, html);
      store.set({
        id: file.slug,
        data: { ...data, derived },
        filePath: file.file,
        digest,
        rendered: { html: '', metadata },
        assetImports: imagePaths,
      });
      return;
    }
    if (previous) files.remove(previous);
    store.set({
      id: file.slug,
      data: { ...data, derived },
      filePath: file.file,
      digest,
      rendered: { html, metadata },
      assetImports: imagePaths,
    });
  }

  async #render(body: string, filePath: string, frontmatter: Record<string, unknown>): Promise<Rendered> {
    return (await this.#markdown()).render(body, { frontmatter, fileURL: pathToFileURL(filePath) });
  }

  /** The project's Markdown pipeline, as Astro's own loader makes it from the configuration. */
  #markdown(): Promise<MarkdownRenderer> {
    const { markdown, image } = this.#context.config;
    // The options Astro's own Markdown loader passes; its config types mark absent options `| undefined`,
    // which the processor's types (under exactOptionalPropertyTypes) do not, though they mean the same.
    const options = {
      image,
      syntaxHighlight: markdown.syntaxHighlight,
      shikiConfig: markdown.shikiConfig,
      gfm: markdown.gfm,
      smartypants: markdown.smartypants,
    } as RendererOptions;
    this.#renderer ??= markdown.processor.createRenderer(options);
    return this.#renderer;
  }
}
