/**
 * The whole content check of a project folder, as `npm run check` and the
 * build's pre-check both run it: read every file, check each, then the
 * cross-file rules (duplicate slugs, tags, links, images, stale "upcoming").
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent, summaryLine } from '../lib/validation/check-content.ts';
import { siteNow } from '../lib/site-now.ts';
import { sortProblems, type Problem } from '../lib/validation/problem.ts';
import { contentWarnings } from '../lib/validation/warnings.ts';
import { readContentFiles } from './read-content.ts';
import { CheckCache } from './check-cache.ts';
import { sourceHash } from './source-hash.ts';

export interface ProjectCheckOptions {
  siteTimeZone: string;
  siteUrl?: string;
  /** "Now" for rules that depend on the date; default: `SITE_NOW` or the clock. */
  now?: Date;
  /** Remember each file's result here between runs (the build passes Astro's cache folder). */
  cacheFile?: string;
}

/** The code a remembered result came from: a change to it, or to the zone, checks every file again. */
const CHECK_CODE = ['src/lib', 'src/node', 'src/site.config.ts'];

export interface ProjectCheck {
  /** Every problem, errors and warnings, sorted by file and line. */
  problems: Problem[];
  errorCount: number;
  warningCount: number;
  fileCount: number;
  /** Every file looked at, from the project root. */
  files: string[];
  /** `2 errors and 1 warning in 14 files`. */
  summary: string;
}

export async function checkProject(root: string, options: ProjectCheckOptions): Promise<ProjectCheck> {
  const { sources, strays } = await readContentFiles(root);
  const cache = options.cacheFile
    ? CheckCache.load(options.cacheFile, `${sourceHash(root, CHECK_CODE)}|${options.siteTimeZone}`)
    : undefined;
  const check = checkContent(sources, options.siteTimeZone, cache ? (...args) => cache.check(...args) : undefined);
  cache?.save();
  const crossFile = contentWarnings(check.files, {
    now: options.now ?? siteNow(process.env['SITE_NOW'], new Date()),
    siteTimeZone: options.siteTimeZone,
    ...(options.siteUrl && { siteUrl: options.siteUrl }),
    exists: (path) => existsSync(join(root, path)),
  });
  const problems = sortProblems([...strays, ...check.problems, ...crossFile]);
  const errorCount = problems.filter((p) => p.severity === 'error').length;
  const warningCount = problems.length - errorCount;
  const fileCount = sources.length + strays.length;
  const files = [...sources.map((s) => s.path), ...strays.map((p) => p.file)].sort();
  return {
    problems,
    errorCount,
    warningCount,
    fileCount,
    files,
    summary: summaryLine({ errorCount, warningCount }, fileCount),
  };
}
