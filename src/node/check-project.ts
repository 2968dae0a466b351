/**
 * The whole content check of a project folder, as `npm run check`, the
 * build's pre-check and the content loader run it: read every file, check
 * each, then the cross-file rules (duplicate slugs, tags, links, images, stale
 * "upcoming"). A build reads and parses each file here only, in a thread of
 * its own (project-check-thread.ts): the loader stores the checked fields
 * (shared-check.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent, summaryLine } from '../lib/validation/check-content.ts';
import { checkFile, type CheckedFile } from '../lib/validation/check-file.ts';
import { siteNow } from '../lib/site-now.ts';
import { sortProblems, type Problem } from '../lib/validation/problem.ts';
import { contentWarnings } from '../lib/validation/warnings.ts';
import { readContentFiles } from './read-content.ts';
import { CheckCache } from './check-cache.ts';
import { checkKey } from './code-keys.ts';
import { site } from '../site.config.ts';

export interface ProjectCheckOptions {
  siteTimeZone: string;
  siteUrl?: string;
  /** "Now" for rules that depend on the date; default: `SITE_NOW` or the clock. */
  now?: Date;
  /** Remember each file's result here between runs (the build passes Astro's cache folder). */
  cacheFile?: string;
  /** How far open-ended series are listed; default the site config's. */
  recurrenceHorizonMonths?: number;
  /** Called with the files' texts once they are read, before any is checked. */
  onRead?: (texts: Map<string, string>) => void;
  /** Given the cache's save, to call once the check is handed on, instead of saving before it returns. */
  saveCacheLater?: (save: () => void) => void;
}

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
  /** Each event and article file as checked: fields when it has no errors, body, lines. */
  checked: CheckedFile[];
  /** The text of each checked file, by path. */
  texts: Map<string, string>;
  /** How many files were checked, not remembered from the last build. */
  freshCount: number;
}

export async function checkProject(root: string, options: ProjectCheckOptions): Promise<ProjectCheck> {
  const { sources, strays } = await readContentFiles(root);
  const texts = new Map(sources.map((s) => [s.path, s.text]));
  options.onRead?.(texts);
  const cache = options.cacheFile
    ? CheckCache.load(options.cacheFile, checkKey(root, options.siteTimeZone))
    : undefined;
  let freshCount = 0;
  const check = checkContent(sources, options.siteTimeZone, (file, text, kind, siteTimeZone) => {
    const remembered = cache?.lookup(file, text, kind);
    if (remembered) return remembered;
    freshCount++;
    const checked = checkFile(file, text, kind, siteTimeZone);
    cache?.remember(checked, text);
    return checked;
  });
  if (cache) {
    const save = () => cache.save();
    if (options.saveCacheLater) options.saveCacheLater(save);
    else save();
  }
  const crossFile = contentWarnings(check.files, {
    now: options.now ?? siteNow(process.env['SITE_NOW'], new Date()),
    siteTimeZone: options.siteTimeZone,
    ...(options.siteUrl && { siteUrl: options.siteUrl }),
    exists: (path) => existsSync(join(root, path)),
    recurrenceHorizonMonths: options.recurrenceHorizonMonths ?? site.recurrenceHorizonMonths,
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
    checked: check.files,
    texts,
    freshCount,
  };
}
