/**
 * Checks one content file from its text: front matter syntax (with line
 * numbers), then the fields. The build's pre-check, the content loader and
 * `npm run check` all call this, so a writer gets one message everywhere.
 */
import matter from 'gray-matter';
import { LineCounter, parseDocument, isMap, isScalar, YAMLParseError } from 'yaml';
import { slugFromPath, isSlug, slugify } from '../slug.ts';
import { validateArticleFields } from './article-fields.ts';
import { validateEventFields } from './event-fields.ts';
import type { ArticleFields, EventFields } from './fields.ts';
import { sortProblems, type Problem } from './problem.ts';
import type { ValidationContext, Validated } from './reporter.ts';
import { readEntryBody, type BodyFacts, type BodyText } from './body-facts.ts';
import { bodyHtmlWarnings } from './body-html-warnings.ts';
import { FRONT_MATTER_START } from './front-matter-body.ts';

export type ContentKind = 'event' | 'article';

export interface FileCheck<K extends ContentKind, T> {
  file: string;
  kind: K;
  /** Normalised fields when the file has no errors. */
  fields?: T;
  slug: string;
  /** Where each front-matter key stands in the file, for messages and annotations. */
  lineOf: (field: string) => number | undefined;
  body: string;
  /** The file line the body starts on, so problems found in the body can name their line. */
  bodyLine: number;
  /** Links, images and components in the body, with their lines (body-facts.ts). */
  facts: BodyFacts;
  /** The summary lists show and an event's plain text, from the same parse (stored by the loader). */
  bodyText: BodyText;
  problems: Problem[];
}

export type CheckedFile = FileCheck<'event', EventFields> | FileCheck<'article', ArticleFields>;

export const CONTENT_EXTENSIONS = ['.md', '.mdx'] as const;

interface FrontMatter {
  data?: Record<string, unknown>;
  body: string;
  lineOf: (field: string) => number | undefined;
  problem?: string;
  line?: number;
}

/**
 * Splits and parses front matter with the YAML core schema, which keeps
 * `2025-12-02` as the text written rather than a UTC Date.
 */
export function readFrontMatter(text: string): FrontMatter {
  const noLines = () => undefined;
  if (!FRONT_MATTER_START.test(text)) {
    return {
      body: text,
      lineOf: noLines,
      problem:
        'has no front matter; the file must start with a line "---", then fields such as title:, then another "---"',
      line: 1,
    };
  }
  const lineCounter = new LineCounter();
  let doc: ReturnType<typeof parseDocument> | undefined;
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, {
      engines: {
        yaml: (source: string) => {
          doc = parseDocument(source, { lineCounter, schema: 'core', uniqueKeys: true, prettyErrors: true });
          const [first] = doc.errors;
          if (first) throw first;
          return (doc.toJS() ?? {}) as object;
        },
      },
    });
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const line = error.linePos?.[0]?.line ?? 1;
      const reason = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+.*$/, '') ?? 'could not be read';
      return {
        body: '',
        lineOf: noLines,
        problem: `front matter is not valid YAML: ${reason}; check the quotes, colons and indentation on that line`,
        line,
      };
    }
    return {
      body: '',
      lineOf: noLines,
      problem: `front matter could not be read (${(error as Error).message}); check that it ends with a line "---"`,
      line: 1,
    };
  }
  const lineOf = (field: string) => {
    if (!doc || !isMap(doc.contents)) return undefined;
    const pair = doc.contents.items.find((item) => isScalar(item.key) && item.key.value === field);
    const offset = pair && isScalar(pair.key) ? pair.key.range?.[0] : undefined;
    // gray-matter keeps the newline after the opening ---, so YAML lines are file lines.
    return offset === undefined ? undefined : lineCounter.linePos(offset).line;
  };
  if (doc && doc.contents !== null && !isMap(doc.contents)) {
    return { body: parsed.content, lineOf, problem: 'front matter is not a list of "field: value" lines', line: 2 };
  }
  return { data: parsed.data, body: parsed.content, lineOf };
}

/** Checks one file; `file` is its path from the project root, e.g. `content/events/summit.md`. */
export function checkFile(file: string, text: string, kind: ContentKind, siteTimeZone: string): CheckedFile {
  return kind === 'event'
    ? checkKind('event', validateEventFields, file, text, siteTimeZone)
    : checkKind('article', validateArticleFields, file, text, siteTimeZone);
}

function checkKind<K extends ContentKind, T extends { slug?: string }>(
  kind: K,
  validate: (data: Record<string, unknown>, ctx: ValidationContext) => Validated<T>,
  file: string,
  text: string,
  siteTimeZone: string,
): FileCheck<K, T> {
  const front = readFrontMatter(text);
  // The body is the end of the text (gray-matter cuts the front matter off the front).
  const bodyLine = text.endsWith(front.body) ? text.slice(0, text.length - front.body.length).split('\n').length : 1;
  const summary = front.data?.['summary'];
  const { facts, text: bodyText } = readEntryBody(front.body, {
    kind,
    mdx: file.endsWith('.mdx'),
    bodyLine,
    summary: typeof summary === 'string' ? summary : undefined,
  });
  const base = { file, kind, lineOf: front.lineOf, body: front.body, bodyLine, facts, bodyText };
  if (!front.data) {
    const problem: Problem = {
      severity: 'error',
      file,
      message: front.problem ?? 'front matter could not be read',
      ...(front.line && { line: front.line }),
    };
    return { ...base, slug: slugFromPath(file), problems: [problem] };
  }
  const result = validate(front.data, { file, siteTimeZone, lineOf: front.lineOf });
  const problems = [...result.problems, ...bodyHtmlWarnings({ file, body: front.body, bodyLine })];
  if (facts.unreadable) {
    problems.push({
      severity: 'error',
      file,
      line: facts.unreadable.line,
      message: `is not valid MDX (${facts.unreadable.reason}); MDX reads < as the start of a component and { as the start of an expression: check them on that line, or write them as &lt; and \\{`,
    });
  }
  const fileSlug = slugFromPath(file);
  const given = front.data['slug'];
  if ((given === undefined || given === null) && !isSlug(fileSlug)) {
    problems.push({
      severity: 'error',
      file,
      field: 'slug',
      message: `file name "${fileSlug}" does not make a valid slug; expected lower-case letters, digits and single hyphens: rename the file to "${slugify(fileSlug) || 'my-page'}${file.slice(file.lastIndexOf('.'))}" or add slug: ${slugify(fileSlug) || 'my-page'}`,
    });
  }
  const checked = { ...base, slug: result.value?.slug ?? fileSlug, problems: sortProblems(problems) };
  return result.value && !problems.some((p) => p.severity === 'error') ? { ...checked, fields: result.value } : checked;
}

/** Duplicate slugs across one collection: every file after the first that claims a slug. */
export function duplicateSlugProblems(files: readonly CheckedFile[]): Problem[] {
  const firstBySlug = new Map<string, string>();
  const problems: Problem[] = [];
  for (const f of [...files].sort((a, b) => a.file.localeCompare(b.file))) {
    const first = firstBySlug.get(f.slug);
    if (first === undefined) {
      firstBySlug.set(f.slug, f.file);
      continue;
    }
    const line = f.lineOf('slug');
    problems.push({
      severity: 'error',
      file: f.file,
      field: 'slug',
      message: `slug "${f.slug}" is already used by ${first}; two ${f.kind}s cannot share a page: rename one file or add a different slug:`,
      ...(line !== undefined && { line }),
    });
  }
  return problems;
}
