/**
 * Content errors in the dev server, shown in the browser with the CLI's words.
 *
 * Astro stops `astro dev` when a loader throws at start-up, and after a later
 * edit it only logs the error in the terminal, where a writer looking at the
 * browser does not see it. So in the dev server (and only there):
 * - the loader stores a harmless stand-in entry for a file with bad fields;
 * - before a page is rendered, the whole `npm run check` (src/node/check-project.ts)
 *   runs again if anything under content/ changed, and its errors are thrown:
 *   Astro shows them in the error overlay until they are fixed.
 * `astro build` never gets here: the content guard stops it first.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ProjectCheck } from '../node/check-project.ts';
import type { ContentKind } from '../lib/validation/check-file.ts';
import { DEFAULT_CATEGORY, type ArticleFields, type EventFields } from '../lib/validation/fields.ts';
import { formatProblem, type Problem } from '../lib/validation/problem.ts';

interface DevState {
  root: string;
  /** `npm run check` of the project (src/node/check-project.ts), given by the content guard. */
  check: () => Promise<ProjectCheck>;
  /** Names, sizes and times of the content files at the last check. */
  fingerprint?: string;
  /** The last check, once it is stored by the loaders. */
  checking?: Promise<ProjectCheck>;
  errors?: Problem[];
  reloaders: Map<string, (check: ProjectCheck) => Promise<void>>;
}

// Shared through globalThis: the integration (astro.config), the content loader
// and the pages are separate module instances in one process.
const KEY = Symbol.for('digital-health-calendar.dev-server');
const holder = globalThis as typeof globalThis & { [KEY]?: DevState };

/**
 * Called by the content guard when the command is `astro dev`. The check comes
 * from there, not from an import here: pages import this module, and a page's
 * incremental-build key covers all the code it imports, so an import of the
 * check (and of the Markdown repairs it reports) would render every page again
 * after any change to a content rule.
 */
export function markDevServer(options: { root: string; check: () => Promise<ProjectCheck> }): void {
  holder[KEY] = { ...options, reloaders: new Map() };
}

export function isDevServer(): boolean {
  return holder[KEY] !== undefined;
}

/** Changes whenever a file under content/ is added, removed or saved (a few ms for 1,000 files). */
export function contentFingerprint(root: string): string {
  const dir = join(root, 'content');
  let entries;
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return '';
  }
  return entries
    .filter((e) => e.isFile())
    .map((e) => {
      const path = join(e.parentPath, e.name);
      const stat = statSync(path, { throwIfNoEntry: false });
      return `${path}:${stat?.size}:${stat?.mtimeMs}`;
    })
    .sort()
    .join('\n');
}

/** The title of a stand-in entry; never shown, because the page throws the file's problems first. */
export const BROKEN_ENTRY_TITLE = '\u26a0 content error (see the error overlay)';

/** Data that passes the collection schema for a file whose own data does not. */
export function brokenEntryData(kind: ContentKind, siteTimeZone: string): EventFields | ArticleFields {
  const common = { title: BROKEN_ENTRY_TITLE, tags: [], draft: true };
  return kind === 'event'
    ? { ...common, start: '1970-01-01', end: '1970-01-01', timezone: siteTimeZone, status: 'scheduled', exclude: [] }
    : { ...common, date: '1970-01-01', authors: [], category: DEFAULT_CATEGORY };
}

/** The dev server's first check (made by the content guard at start-up), for the loaders' first load. */
export function rememberDevCheck(check: ProjectCheck): void {
  const state = holder[KEY];
  if (!state) return;
  state.fingerprint = contentFingerprint(state.root);
  state.checking = Promise.resolve(check);
  state.errors = errorsOf(check);
}

/** A collection's loader, to be brought up to date with each new check. */
export function onDevCheck(collection: string, reload: (check: ProjectCheck) => Promise<void>): void {
  holder[KEY]?.reloaders.set(collection, reload);
}

/**
 * What `npm run check` finds now, checked again only when content changed;
 * it resolves once the loaders have stored it, so a page never reads entries
 * older than the errors the overlay shows.
 */
export function devProjectCheck(): Promise<ProjectCheck> | undefined {
  const state = holder[KEY];
  if (!state) return undefined;
  const fingerprint = contentFingerprint(state.root);
  if (fingerprint !== state.fingerprint || !state.checking) {
    state.fingerprint = fingerprint;
    state.checking = (async () => {
      const check = await state.check();
      state.errors = errorsOf(check);
      await Promise.all([...state.reloaders.values()].map((reload) => reload(check)));
      return check;
    })();
  }
  return state.checking;
}

const errorsOf = (check: ProjectCheck) => check.problems.filter((p) => p.severity === 'error');

/** The errors `npm run check` would print now (checked again only when content changed). */
export async function devContentErrors(): Promise<Problem[]> {
  await devProjectCheck();
  return holder[KEY]?.errors ?? [];
}

/** In the dev server, throws every content error for Astro's error overlay. */
export async function throwDevContentErrors(): Promise<void> {
  const errors = await devContentErrors();
  if (errors.length === 0) return;
  const files = new Set(errors.map((p) => p.file)).size;
  const error = new Error(
    `${errors.map(formatProblem).join('\n')}\n\nFix ${files === 1 ? 'this file' : 'these files'} and save: the page reloads by itself.`,
  );
  error.name = 'Content error';
  // Shown where a stack trace would be; the code's own trace would not help a writer.
  error.stack = 'npm run check lists the same problems (and any warnings); docs/writing.md explains each message.';
  throw error;
}
