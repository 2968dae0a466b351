/**
 * The build's content check, as it runs in its thread (project-check-thread.ts),
 * handed from the build's pre-check (src/integrations/content-guard.ts) to the
 * content loaders. A module of its own, importing only types of the check: the
 * main thread of a build never loads the check's code (yaml, unified and the
 * rest), once for the configuration and once more for the content config.
 */
import { join } from 'node:path';
import type { ContentKind } from '../lib/validation/check-file.ts';
import type { ProjectCheckOptions } from './check-project.ts';
import type { ProjectCheckInThread } from './project-check-thread.ts';

// Shared through globalThis: the integration (astro.config) and the content
// loader are separate module instances in one process.
const SHARED = Symbol.for('digital-health-calendar.project-check');
interface Shared {
  check: ProjectCheckInThread;
  /** The kinds whose loader has not taken the check yet. */
  waiting: Set<ContentKind>;
}
const holder = globalThis as typeof globalThis & { [SHARED]?: Map<string, Shared> };

/** Keeps a build's check, as it runs, for the content loaders, which then neither read nor parse a file again. */
export function shareProjectCheck(root: string, check: ProjectCheckInThread): void {
  (holder[SHARED] ??= new Map()).set(root, { check, waiting: new Set(['event', 'article']) });
}

/**
 * The check the build's pre-check is making of `root`, if it runs in this
 * process, for the loader of one kind. Once each kind's loader has it, it is
 * let go: it holds every file's text and parse, which the pages never need
 * (about a tenth of the heap the build renders with at 10,000 + 10,000).
 */
export function takeProjectCheck(root: string, kind: ContentKind): ProjectCheckInThread | undefined {
  const shared = holder[SHARED]?.get(root);
  if (!shared) return undefined;
  shared.waiting.delete(kind);
  if (shared.waiting.size === 0) holder[SHARED]?.delete(root);
  return shared.check;
}

/** The options a build's check runs with; the same in early-check.ts and content-guard. */
export type BuildCheckOptions = Required<Pick<ProjectCheckOptions, 'siteTimeZone' | 'cacheFile'>> &
  Pick<ProjectCheckOptions, 'siteUrl'>;

/** A build's check options, its results kept in Astro's cache folder between builds (src/node/check-cache.ts). */
export function buildCheckOptions(
  site: { timeZone: string; url?: string | undefined },
  cacheDir: string,
): BuildCheckOptions {
  return {
    siteTimeZone: site.timeZone,
    ...(site.url && { siteUrl: site.url }),
    cacheFile: join(cacheDir, 'content-check.json'),
  };
}

const EARLY = Symbol.for('digital-health-calendar.early-check');
interface Early {
  root: string;
  options: string;
  check: ProjectCheckInThread;
}
const early = globalThis as typeof globalThis & { [EARLY]?: Early };

const sameOptions = (options: BuildCheckOptions) =>
  JSON.stringify([options.siteTimeZone, options.siteUrl ?? null, options.cacheFile]);

/** Keeps the check `npm run build` starts before Astro (early-check.ts), for content-guard to take. */
export function shareEarlyCheck(root: string, options: BuildCheckOptions, check: ProjectCheckInThread): void {
  early[EARLY] = { root, options: sameOptions(options), check };
}

/**
 * The check started before Astro loaded, if it checks `root` with the options
 * the build's configuration gives; one started with others is stopped, and
 * the caller starts its own.
 */
export function takeEarlyCheck(root: string, options: BuildCheckOptions): ProjectCheckInThread | undefined {
  const started = early[EARLY];
  delete early[EARLY];
  if (!started) return undefined;
  if (started.root === root && started.options === sameOptions(options)) return started.check;
  started.check.stop();
  return undefined;
}
