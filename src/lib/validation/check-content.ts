/**
 * Checks a whole content folder's files at once, so every problem is listed
 * in one run: per-file problems, then cross-file ones (duplicate slugs).
 */
import { checkFile, duplicateSlugProblems, type CheckedFile, type ContentKind } from './check-file.ts';
import { kindOf } from './content-dirs.ts';
import { sortProblems, type Problem } from './problem.ts';

export interface SourceFile {
  /** From the project root, with `/` separators: `content/events/2025/summit.md`. */
  path: string;
  text: string;
}

export interface ContentCheck {
  files: CheckedFile[];
  problems: Problem[];
  errorCount: number;
  warningCount: number;
}

/** How one file is checked: checkFile, or a cached version of it (src/node/check-cache.ts). */
export type FileChecker = (file: string, text: string, kind: ContentKind, siteTimeZone: string) => CheckedFile;

export function checkContent(
  sources: readonly SourceFile[],
  siteTimeZone: string,
  check: FileChecker = checkFile,
): ContentCheck {
  const files: CheckedFile[] = [];
  for (const source of sources) {
    const kind = kindOf(source.path);
    if (kind) files.push(check(source.path, source.text, kind, siteTimeZone));
  }
  const problems = sortProblems([
    ...files.flatMap((f) => f.problems),
    ...duplicateSlugProblems(files.filter((f) => f.kind === 'event')),
    ...duplicateSlugProblems(files.filter((f) => f.kind === 'article')),
  ]);
  const errorCount = problems.filter((p) => p.severity === 'error').length;
  return { files, problems, errorCount, warningCount: problems.length - errorCount };
}

/** The closing line of a report: `2 errors and 1 warning in 14 files`. */
export function summaryLine(check: Pick<ContentCheck, 'errorCount' | 'warningCount'>, fileCount: number): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(check.errorCount, 'error')} and ${plural(check.warningCount, 'warning')} in ${plural(fileCount, 'file')}`;
}
