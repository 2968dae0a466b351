/**
 * A problem found in a content file. Errors stop the build; warnings are
 * printed by `npm run check` and the build but publish nothing different.
 * The wording is user interface: tests snapshot it.
 */
export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  /** Path from the project root, e.g. `content/events/summit.md`. */
  file: string;
  /** The front-matter field, when the problem is in one. */
  field?: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** `end "2025-12-01" is before start "2025-12-02"`: field, value, then what is expected. */
  message: string;
}

/** One line per problem, in the contract's form: `content/events/summit.md: end "..." is before start "..."`. */
export function formatProblem(p: Problem): string {
  const where = p.line ? ` (line ${p.line})` : '';
  const prefix = p.severity === 'warning' ? 'warning: ' : '';
  return `${p.file}: ${prefix}${p.message}${where}`;
}

/** A value as a writer would recognise it in their file: strings quoted, lists as written. */
export function showValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null) return 'empty';
  return JSON.stringify(value) ?? typeof value;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.message.localeCompare(b.message),
  );
}
