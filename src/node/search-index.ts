/**
 * One Pagefind index being built through its Node API
 * (https://pagefind.app/docs/node-api/), and the key that says what it was
 * built from. Used both while pages are written (streamed-index.ts) and after
 * the build, from dist/ (src/integrations/pagefind.ts).
 */
import { createHash, type Hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleFileKind, type BundleFileKind } from './search-bytes.ts';
import { fileInMemory, fileOnDisk, filesUnder, type BundleFile } from './sync-folder.ts';
import type { PagefindIndex } from 'pagefind';
import { PAGEFIND_BODY } from '../lib/search-bundles.ts';

/** Pagefind's options: part of the bundle's key. */
const INDEX_OPTIONS = {} as const;

/**
 * The files /search/ loads: the search API, its worker and WebAssembly, and
 * the index. Pagefind's own UIs and the rest are not published.
 */
const PUBLISHED_KINDS: ReadonlySet<BundleFileKind> = new Set([
  'pagefind.js',
  'worker',
  'wasm',
  'entry',
  'meta',
  'index',
  'filter',
  'fragment',
]);

/** Pages Pagefind answers for at a time; more would only queue in its pipe, in memory. */
const WINDOW = 64;

/** Event and article pages mark what is indexed; list pages in the same folders do not. */
const BODY_MARK = Buffer.from(PAGEFIND_BODY);

export function isIndexed(page: Uint8Array): boolean {
  return Buffer.from(page.buffer, page.byteOffset, page.byteLength).includes(BODY_MARK);
}

function pagefindVersion(): string {
  return (
    JSON.parse(readFileSync(join(fileURLToPath(import.meta.resolve('pagefind')), '../../package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
}

/**
 * What a bundle is built from: Pagefind's version and options, then each
 * indexed page's URL and bytes in index order (`addPage`). (The code that
 * builds the bundle, which holds the options, voids a kept record when it
 * changes: keyedCaches in astro.config.mjs, CODE.pagefind in code-keys.ts.)
 */
export class BundleKey {
  readonly #hash: Hash = createHash('sha256').update(
    `pagefind ${pagefindVersion()}\0${JSON.stringify(INDEX_OPTIONS)}\0`,
  );

  addPage(url: string, bytes: Uint8Array): void {
    this.#hash.update(url).update('\0').update(bytes).update('\0');
  }

  digest(): string {
    return this.#hash.digest('hex');
  }
}

/**
 * Pagefind's allocator (jemalloc) hands freed memory back to the system at
 * once, not after ten seconds. When a cold build hands pages in while it
 * renders, Pagefind's process then peaks at 1,873-1,949 MiB instead of
 * 2,200-2,244 MiB at 10,000 + 10,000, when it writes its files (measured). It
 * writes them more slowly (10.8 against 8.5 s at 5,000 + 5,000), which a cold
 * build does beside its render but a rebuild would wait for: only the stream
 * asks for it. A setting made by whoever runs the build wins.
 */
const LEAN_ALLOCATOR = { _RJEM_MALLOC_CONF: 'dirty_decay_ms:0,muzzy_decay_ms:0' };

/** Runs `start` with `variables` added to the environment (where not set), then puts it back. */
function withEnvironment<T>(variables: Record<string, string>, start: () => T): T {
  const added = Object.keys(variables).filter((name) => process.env[name] === undefined);
  for (const name of added) process.env[name] = variables[name];
  try {
    return start();
  } finally {
    for (const name of added) delete process.env[name];
  }
}

type PagefindModule = typeof import('pagefind');
let loaded: Promise<PagefindModule> | undefined;

/** Loaded on first use: the dev server and `astro check` never start the binary. */
function pagefind(): Promise<PagefindModule> {
  return (loaded ??= import('pagefind'));
}

/** Stops Pagefind's process, if it was started. */
export async function closePagefind(): Promise<void> {
  if (loaded) await (await loaded).close();
  loaded = undefined;
}

/**
 * An index that takes pages one by one. Pagefind numbers pages in the order it
 * receives them, so callers add them sorted by URL (compareUrls): another order
 * would change the index's bytes. Requests are answered in order; a window of
 * them keeps Pagefind busy.
 */
export class PagefindBundle {
  readonly #index: PagefindIndex;
  readonly #pending: Promise<void>[] = [];
  readonly #failures: string[] = [];

  private constructor(index: PagefindIndex) {
    this.#index = index;
  }

  /** An index in Pagefind's process; `lean`: start that process, if this is the first index, with LEAN_ALLOCATOR. */
  static async open({ lean = false }: { lean?: boolean } = {}): Promise<PagefindBundle> {
    const { createIndex } = await pagefind();
    // The first index starts Pagefind's process, then and there: it takes the environment of that moment.
    const { index, errors } = await withEnvironment(lean ? LEAN_ALLOCATOR : {}, () => createIndex(INDEX_OPTIONS));
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    return new PagefindBundle(index);
  }

  /** Resolves when Pagefind has room for the next page. `source` names the page in errors. */
  async add(url: string, content: string, source: string): Promise<void> {
    this.#pending.push(
      this.#index
        .addHTMLFile({ url, content })
        .then((added) => void (added.errors.length > 0 && this.#failures.push(`${source}: ${added.errors.join('; ')}`)))
        .catch((error: unknown) => void this.#failures.push(`${source}: ${String(error)}`)),
    );
    if (this.#pending.length >= WINDOW) await this.#pending.shift();
  }

  /** The bundle's published files, sent by Pagefind; the index is gone from Pagefind's process after. */
  async files(): Promise<BundleFile[]> {
    await this.#indexed();
    const built = await this.#index.getFiles();
    if (built.errors.length > 0) throw new Error(`Pagefind could not write its files: ${built.errors.join('; ')}`);
    await this.#index.deleteIndex();
    return built.files.filter((file) => PUBLISHED_KINDS.has(bundleFileKind(file.path))).map(fileInMemory);
  }

  /**
   * The bundle written by Pagefind into `folder` (emptied first), its files to
   * be moved from there: at 10,000 + 10,000 entries they are 89 MB, which
   * files() receives base64-encoded in one message. A cold build makes them
   * while it renders, at its peak of memory; writing them to disk and reading
   * them back takes a rebuild, which waits for them, about 2 s more (8.5
   * against 6.7 s at 5,000 + 5,000, measured).
   */
  async write(folder: string): Promise<BundleFile[]> {
    await this.#indexed();
    await rm(folder, { recursive: true, force: true });
    const written = await this.#index.writeFiles({ outputPath: folder });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
    await this.#index.deleteIndex();
    const paths = (await filesUnder(folder)).filter((path) => PUBLISHED_KINDS.has(bundleFileKind(path)));
    return paths.map((path) => fileOnDisk(folder, path));
  }

  async #indexed(): Promise<void> {
    await Promise.all(this.#pending);
    if (this.#failures.length > 0)
      throw new Error(`Pagefind could not index ${this.#failures.length} page(s):\n${this.#failures.join('\n')}`);
  }

  async discard(): Promise<void> {
    await Promise.allSettled(this.#pending);
    await this.#index.deleteIndex().catch(() => undefined);
  }
}
