/**
 * Builds the Pagefind search bundles as the last step of `astro build`, through
 * Pagefind's Node API over the output folder (as Starlight does), so every
 * build that publishes pages also publishes their index: no second command to
 * forget. Only pages with `data-pagefind-body` (event and article pages) are
 * indexed; drafts and scheduled articles are never in a production build, so
 * never in the index. The dev server has no index; /search/ says so.
 *
 * Each page names its bundle (`data-search-bundle`, src/lib/search-bundles.ts):
 * recent pages go to /pagefind/, older ones to one bundle per year under
 * /pagefind-archive/, which holds only index files (a merged index uses the
 * first bundle's scripts and WebAssembly) and a list of the years.
 *
 * dist/ is kept between builds (kept-output.ts), and so are the bundles: one
 * whose pages did not change is left as it is (Pagefind has no incremental
 * index); one that changed is built again and only its changed files are
 * written. What each bundle was built from is recorded in Astro's cache folder.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { syncFolder } from '../node/sync-folder.ts';
import { bundleFileKind } from '../node/search-bytes.ts';
import {
  ARCHIVE_DIR,
  ARCHIVE_LIST,
  bundleFolder,
  bundlePath,
  isSearchBundle,
  PAGEFIND_DIR,
  RECENT_BUNDLE,
  type ArchiveList,
  type SearchBundle,
} from '../lib/search-bundles.ts';

export { ARCHIVE_DIR, PAGEFIND_DIR };

/** Folders of dist/ whose <slug>/index.html pages are indexed (list pages there have no indexed body). */
const INDEXED_FOLDERS = ['events', 'news'];

type Page = { url: string; file: string };

/** `events/<slug>/index.html` and `news/<slug>/index.html`, sorted by path. */
async function indexedPages(site: string): Promise<Page[]> {
  const pages: Page[] = [];
  for (const folder of INDEXED_FOLDERS) {
    const entries = await readdir(join(site, folder), { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const file = join(site, folder, entry.name, 'index.html');
      if (entry.isDirectory() && existsSync(file)) pages.push({ url: `/${folder}/${entry.name}/`, file });
    }
  }
  return pages.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

const BUNDLE_MARK = /\sdata-search-bundle="([^"]*)"/;

/**
 * The bundle a built page names; undefined for a page Pagefind would not index
 * (a list page such as /events/past/). An indexed page without one is a
 * template bug, not something to skip.
 */
function bundleOf(page: Page, html: string): SearchBundle | undefined {
  if (!html.includes('data-pagefind-body')) return undefined;
  const bundle = BUNDLE_MARK.exec(html)?.[1];
  if (bundle === undefined || !isSearchBundle(bundle)) {
    throw new Error(
      `${page.file} has data-pagefind-body but no valid data-search-bundle attribute (found ${JSON.stringify(bundle ?? null)}); it is rendered by src/components/SearchMeta.astro`,
    );
  }
  return bundle;
}

/** What one bundle in dist/ was built from: its pages' URLs and bytes, and Pagefind's version. */
interface BundleRecord {
  key: string;
  files: string[];
  pages: number;
}

interface BundlesRecord {
  bundles: { [bundle: string]: BundleRecord };
}

function pagefindVersion(): string {
  return (
    JSON.parse(readFileSync(join(fileURLToPath(import.meta.resolve('pagefind')), '../../package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
}

/** A bundle's key, fed page by page in URL order. */
function bundleKeyHash(version: string) {
  const hash = createHash('sha256').update(`pagefind ${version}\0`);
  return {
    add: (page: Page, content: Buffer) => void hash.update(page.url).update('\0').update(content).update('\0'),
    digest: () => hash.digest('hex'),
  };
}

function readRecord(file: string): BundlesRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as BundlesRecord;
    return typeof record.bundles === 'object' ? record : undefined;
  } catch {
    return undefined;
  }
}

/** An archive bundle keeps only what a merged index loads: entry, page list, index, filters, fragments. */
const ARCHIVE_KINDS = new Set(['entry', 'meta', 'index', 'filter', 'fragment']);

type PagefindModule = typeof import('pagefind');

/**
 * Pagefind's Node API runs one service process per module instance, and a
 * service handles one request at a time. Node keeps one instance per module
 * URL, so a query string starts another instance with its own process: bundles
 * are then indexed side by side, one process per core (at most 4).
 */
const SERVICES = Math.max(1, Math.min(4, availableParallelism()));

function pagefindService(n: number): Promise<PagefindModule> {
  // Loaded only here: the dev server and `astro check` never start the binary.
  return n === 0
    ? import('pagefind')
    : (import(`${import.meta.resolve('pagefind')}?service=${n}`) as Promise<PagefindModule>);
}

/**
 * Indexes one bundle's pages and returns its files. Pages go in sorted by
 * URL: Pagefind numbers pages in the order it receives them, and a folder's
 * order on disk depends on when each file was written, so that order would
 * change the index's bytes. Requests are answered in order; a window of them
 * keeps Pagefind busy.
 */
async function indexBundle(
  pagefind: PagefindModule,
  bundle: SearchBundle,
  pages: readonly Page[],
): Promise<{ path: string; content: Uint8Array }[]> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const pending: Promise<void>[] = [];
  const failures: string[] = [];
  for (const page of pages) {
    const content = await readFile(page.file, 'utf8');
    pending.push(
      index
        .addHTMLFile({ url: page.url, content })
        .then((added) => void (added.errors.length > 0 && failures.push(`${page.file}: ${added.errors.join('; ')}`)))
        .catch((error: unknown) => void failures.push(`${page.file}: ${String(error)}`)),
    );
    if (pending.length >= 64) await pending.shift();
  }
  await Promise.all(pending);
  if (failures.length > 0)
    throw new Error(`Pagefind could not index ${failures.length} page(s):\n${failures.join('\n')}`);
  const built = await index.getFiles();
  if (built.errors.length > 0)
    throw new Error(`Pagefind could not write the files of /${bundleFolder(bundle)}/: ${built.errors.join('; ')}`);
  await index.deleteIndex();
  return built.files;
}

/** Bundles split over `lanes` lanes, largest first onto the lightest lane, so the lanes finish close together. */
function balance<T>(items: readonly T[], size: (item: T) => number, lanes: number): T[][] {
  const out = Array.from({ length: Math.min(lanes, items.length) }, () => ({ load: 0, items: [] as T[] }));
  for (const item of [...items].sort((a, b) => size(b) - size(a))) {
    const lane = out.reduce((min, l) => (l.load < min.load ? l : min));
    lane.items.push(item);
    lane.load += size(item);
  }
  return out.map((lane) => lane.items);
}

/** Removes year folders of the archive that no bundle of this build owns. */
function sweepArchive(site: string, bundles: ReadonlySet<SearchBundle>): void {
  const archive = join(site, ARCHIVE_DIR);
  for (const entry of existsSync(archive) ? readdirSync(archive, { withFileTypes: true }) : []) {
    if (entry.isDirectory() && !bundles.has(entry.name))
      rmSync(join(archive, entry.name), { recursive: true, force: true });
  }
}

/** Brings the bundles in dist/ up to date with the indexed pages of dist/ (see the top of this file). */
async function updateBundles(site: string, recordFile: string, logger: AstroIntegrationLogger): Promise<void> {
  const version = pagefindVersion();
  const pages = await indexedPages(site);
  const last = readRecord(recordFile)?.bundles ?? {};
  const usable = (bundle: SearchBundle): BundleRecord | undefined => {
    const record = last[bundle];
    return record && record.files.every((path) => existsSync(join(site, bundleFolder(bundle), path)))
      ? record
      : undefined;
  };
  const groups = new Map<SearchBundle, { pages: Page[]; key: ReturnType<typeof bundleKeyHash> }>();
  // Each bundle's pages and key. Pages are read again to be indexed: the OS
  // has them cached, and knowing every bundle's size first lets the bundles be
  // shared out evenly between Pagefind's processes.
  for (const page of pages) {
    const bytes = await readFile(page.file);
    const bundle = bundleOf(page, bytes.toString('utf8'));
    if (bundle === undefined) continue;
    let group = groups.get(bundle);
    if (!group) groups.set(bundle, (group = { pages: [], key: bundleKeyHash(version) }));
    group.pages.push(page);
    group.key.add(page, bytes);
  }
  // /search/ loads /pagefind/ first, so it exists even with nothing recent.
  if (!groups.has(RECENT_BUNDLE)) groups.set(RECENT_BUNDLE, { pages: [], key: bundleKeyHash(version) });

  const record: BundlesRecord = { bundles: {} };
  const kept: SearchBundle[] = [];
  const changed: SearchBundle[] = [];
  for (const [bundle, group] of groups) {
    const key = group.key.digest();
    const previous = usable(bundle);
    record.bundles[bundle] = { key, files: previous?.files ?? [], pages: group.pages.length };
    (previous?.key === key ? kept : changed).push(bundle);
  }
  if (changed.length > 0) {
    // Gone until the bundles are whole again: a build that fails half way must not be taken for current.
    rmSync(recordFile, { force: true });
    const lanes = balance(changed, (bundle) => groups.get(bundle)!.pages.length + 1, SERVICES);
    const services: PagefindModule[] = [];
    const built: string[] = [];
    try {
      await Promise.all(
        lanes.map(async (bundles, n) => {
          const pagefind = (services[n] = await pagefindService(n));
          for (const bundle of bundles) {
            const archived = bundle !== RECENT_BUNDLE;
            const files = (await indexBundle(pagefind, bundle, groups.get(bundle)!.pages)).filter(
              (file) => !archived || ARCHIVE_KINDS.has(bundleFileKind(file.path)),
            );
            const synced = await syncFolder(join(site, bundleFolder(bundle)), files);
            record.bundles[bundle]!.files = files.map((file) => file.path);
            built.push(
              `${bundlePath(bundle)} ${groups.get(bundle)!.pages.length} pages, ${synced.written} files written, ${synced.removed} removed`,
            );
          }
        }),
      );
    } finally {
      await Promise.allSettled(services.map((pagefind) => pagefind.close()));
    }
    logger.info(
      `search: indexed ${built.sort().join('; ')} (${lanes.length} Pagefind ${lanes.length === 1 ? 'process' : 'processes'})`,
    );
  }
  sweepArchive(site, new Set(groups.keys()));
  const years = [...groups.keys()]
    .filter((bundle) => bundle !== RECENT_BUNDLE)
    .sort()
    .reverse();
  const list: ArchiveList = {
    bundles: years.map((year) => ({ year, path: bundlePath(year), pages: groups.get(year)!.pages.length })),
  };
  mkdirSync(join(site, ARCHIVE_DIR), { recursive: true });
  writeFileSync(join(site, ARCHIVE_DIR, ARCHIVE_LIST), `${JSON.stringify(list)}\n`);
  mkdirSync(join(recordFile, '..'), { recursive: true });
  writeFileSync(recordFile, JSON.stringify(record));
  const indexed = [...groups.values()].reduce((n, group) => n + group.pages.length, 0);
  logger.info(
    `search: ${indexed} event and article pages in ${groups.size} ${groups.size === 1 ? 'bundle' : 'bundles'}; ${kept.length} kept as they were${kept.length > 0 ? ` (${kept.sort().map(bundlePath).join(', ')})` : ''}`,
  );
}

/**
 * Two integrations: `start` begins the bundles in its astro:build:done hook and
 * `finish` waits for them in its own. Hooks run one after another, so what sits
 * between them (the sitemap) runs while Pagefind's process works.
 */
export function pagefindSearch(): { start: AstroIntegration; finish: AstroIntegration } {
  let recordFile = '';
  let updating: Promise<void> = Promise.resolve();
  return {
    start: {
      name: 'pagefind-search',
      hooks: {
        'astro:config:done': ({ config }) => {
          recordFile = join(fileURLToPath(config.cacheDir), 'pagefind-bundles.json');
        },
        'astro:build:done': ({ dir, logger }) => {
          updating = updateBundles(fileURLToPath(dir), recordFile, logger);
          // Reported by `finish`; not an unhandled rejection in the meantime.
          updating.catch(() => undefined);
        },
      },
    },
    finish: {
      name: 'pagefind-search-finish',
      hooks: {
        'astro:build:done': async () => {
          await updating;
        },
      },
    },
  };
}
