/**
 * Problems that need every checked file at once (or the disk): tags spelt two
 * ways, body links to pages that do not exist, missing images, past events
 * still tagged "upcoming". Pure: the caller passes `now` and an `exists` check,
 * so `npm run check` and the build's pre-check report exactly the same lines.
 *
 * Also: the placeholder paragraph of `npm run new` still in a body, and the
 * site's MDX components (src/lib/mdx-components.ts) used wrongly.
 *
 * All are warnings except what would stop the build anyway with a message that
 * does not name the content file (a missing image, an unknown MDX component, a
 * bad Callout type, a Figure without caption): those are errors here, in the
 * writers' form, before Astro gets that far.
 */
import { articlePublishedAt } from '../article-dates.ts';
import { addDays, type IsoDate } from '../calendar-date.ts';
import { occurrenceEnd, occurrenceTimes } from '../occurrences.ts';
import { CALLOUT_TYPES, calloutType, MDX_COMPONENTS } from '../mdx-components.ts';
import { PLACEHOLDER_MARK } from '../placeholder.ts';
import { preferredSpelling, tagKey } from '../tags.ts';
import { instantOf, todayIn } from '../zoned-time.ts';
import type { ArticleFields, EventFields } from './fields.ts';
import type { CheckedFile } from './check-file.ts';
import { closest } from './closest.ts';
import type { Problem, Severity } from './problem.ts';
import { openEndedRecurrenceWarnings } from './recurrence-warnings.ts';

export interface WarningOptions {
  now: Date;
  siteTimeZone: string;
  /** The site's own address (`https://example.org`), so absolute links to it are checked too. */
  siteUrl?: string;
  /** Whether a file exists, given its path from the project root (`content/events/2025/panel.jpg`). */
  exists?: (path: string) => boolean;
  /** The site config's `recurrenceHorizonMonths`: open-ended series are then told where their listed dates stop. */
  recurrenceHorizonMonths?: number;
}

/** An event that ended more than this many days ago should not say "upcoming". */
export const UPCOMING_GRACE_DAYS = 30;

export function contentWarnings(files: readonly CheckedFile[], options: WarningOptions): Problem[] {
  return [
    ...tagSpellingWarnings(files),
    ...linkWarnings(files, options),
    ...(options.exists ? imageProblems(files, options.exists) : []),
    ...staleUpcomingWarnings(files, options),
    ...(options.recurrenceHorizonMonths !== undefined
      ? openEndedRecurrenceWarnings(files, { ...options, recurrenceHorizonMonths: options.recurrenceHorizonMonths })
      : []),
    ...placeholderWarnings(files),
    ...componentProblems(files),
  ];
}

function problem(file: CheckedFile, severity: Severity, message: string, field?: string, line?: number): Problem {
  const at = line ?? (field ? file.lineOf(field) : undefined);
  return { severity, file: file.file, message, ...(field && { field }), ...(at !== undefined && { line: at }) };
}

const eventFields = (f: CheckedFile) => (f.kind === 'event' ? f.fields : undefined);
const articleFields = (f: CheckedFile) => (f.kind === 'article' ? f.fields : undefined);

// --- tags ---------------------------------------------------------------

export function tagSpellingWarnings(files: readonly CheckedFile[]): Problem[] {
  // For each tag key, how many files use each spelling.
  const spellings = new Map<string, Map<string, number>>();
  const sorted = [...files].sort((a, b) => a.file.localeCompare(b.file));
  for (const f of sorted) {
    for (const tag of new Set(f.fields?.tags ?? [])) {
      const key = tagKey(tag);
      const counts = spellings.get(key) ?? new Map<string, number>();
      counts.set(tag, (counts.get(tag) ?? 0) + 1);
      spellings.set(key, counts);
    }
  }
  const preferred = new Map<string, { tag: string; count: number }>();
  for (const [key, counts] of spellings) {
    const tag = preferredSpelling(counts);
    preferred.set(key, { tag, count: counts.get(tag) ?? 0 });
  }
  const problems: Problem[] = [];
  for (const f of sorted) {
    for (const tag of new Set(f.fields?.tags ?? [])) {
      const best = preferred.get(tagKey(tag));
      if (!best || best.tag === tag) continue;
      const others = best.count === 1 ? 'another file writes' : `${best.count} other files write`;
      problems.push(
        problem(
          f,
          'warning',
          `tags has ${JSON.stringify(tag)}, but ${others} this tag ${JSON.stringify(best.tag)}; write it the same way here, so readers find them together`,
          'tags',
        ),
      );
    }
  }
  return problems;
}

// --- links --------------------------------------------------------------

/** A link to one of the site's event or article pages: `/events/x/`, or the same on the site's own address. */
const PAGE_LINK = /^(?:https?:\/\/([^/]+))?\/(events|news)\/([^#?]*)/;

interface Target {
  file: CheckedFile;
  draft: boolean;
  /** Publish date of a scheduled article. */
  scheduled?: IsoDate;
}

export function linkWarnings(files: readonly CheckedFile[], { now, siteTimeZone, siteUrl }: WarningOptions): Problem[] {
  const siteHost = siteUrl ? new URL(siteUrl).host : undefined;
  const isScheduled = (a: ArticleFields) => articlePublishedAt(a, siteTimeZone).getTime() > now.getTime();
  const targets = { event: new Map<string, Target>(), article: new Map<string, Target>() };
  for (const f of files) {
    const article = articleFields(f);
    const target: Target = {
      file: f,
      draft: f.fields?.draft ?? false,
      ...(article && isScheduled(article) && { scheduled: article.date }),
    };
    if (!targets[f.kind].has(f.slug)) targets[f.kind].set(f.slug, target);
  }
  const problems: Problem[] = [];
  for (const f of files) {
    const article = articleFields(f);
    const unpublished = (f.fields?.draft ?? false) || (article !== undefined && isScheduled(article));
    for (const link of f.facts.links) {
      const m = PAGE_LINK.exec(link.href);
      if (!m) continue;
      const [, host, section = '', rest = ''] = m;
      if (host !== undefined && host !== siteHost) continue; // another site's /events/ page
      const segment = rest.split('/')[0] ?? '';
      const kind = section === 'events' ? 'event' : 'article';
      if (segment === '' || (kind === 'event' && segment === 'past') || (kind === 'article' && /^\d+$/.test(segment)))
        continue;
      const slug = kind === 'event' && segment.endsWith('.ics') ? segment.slice(0, -4) : segment;
      if (slug.includes('.')) continue; // a feed or other file, not a page
      const line = link.line;
      const path = `/${section}/${rest}`;
      const target = targets[kind].get(slug);
      if (!target) {
        const guess = closest(slug, [...targets[kind].keys()]);
        const hint = guess
          ? `did you mean "/${section}/${guess}/"?`
          : `check the link against the file names in content/${section === 'events' ? 'events' : 'articles'}/`;
        problems.push(
          problem(
            f,
            'warning',
            `links to ${path}, but there is no ${kind} with the slug "${slug}"; ${hint}`,
            undefined,
            line,
          ),
        );
      } else if (!unpublished && target.draft) {
        problems.push(
          problem(
            f,
            'warning',
            `links to ${path}, which is a draft (${target.file.file}); the link is broken until that ${kind} is published`,
            undefined,
            line,
          ),
        );
      } else if (!unpublished && target.scheduled !== undefined) {
        problems.push(
          problem(
            f,
            'warning',
            `links to ${path}, which is scheduled for ${target.scheduled} (${target.file.file}); the link is broken until then`,
            undefined,
            line,
          ),
        );
      }
    }
  }
  return problems;
}

// --- images -------------------------------------------------------------

/** The file an image path points at, from the project root; undefined for web addresses. */
export function imagePath(contentFile: string, src: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//') || src.startsWith('#')) return undefined;
  const clean = decodeURI(src.replace(/[?#].*$/, ''));
  const parts = clean.startsWith('/') ? ['public'] : contentFile.split('/').slice(0, -1);
  for (const part of clean.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

export function imageProblems(files: readonly CheckedFile[], exists: (path: string) => boolean): Problem[] {
  const problems: Problem[] = [];
  for (const f of files) {
    const image = f.fields?.image;
    if (image !== undefined) {
      const path = imagePath(f.file, image);
      if (path !== undefined && !exists(path)) {
        problems.push(
          problem(
            f,
            'error',
            `image ${JSON.stringify(image)} is not there (looked for ${path}); add the picture there or fix the path, which is relative to this file`,
            'image',
          ),
        );
      }
    }
    for (const { src, line } of f.facts.images) {
      const path = imagePath(f.file, src);
      if (path === undefined || exists(path)) continue;
      problems.push(
        problem(
          f,
          'error',
          `shows the image ${JSON.stringify(src)}, which is not there (looked for ${path}); add the picture there or fix the path, which is relative to this file`,
          undefined,
          line,
        ),
      );
    }
  }
  return problems;
}

// --- "upcoming" on past events ------------------------------------------

export function staleUpcomingWarnings(files: readonly CheckedFile[], { now, siteTimeZone }: WarningOptions): Problem[] {
  const today = todayIn(siteTimeZone, now);
  const longAgo = now.getTime() - UPCOMING_GRACE_DAYS * 86_400_000;
  const problems: Problem[] = [];
  for (const f of files) {
    const event = eventFields(f);
    const tag = event?.tags.find((t) => tagKey(t) === tagKey('upcoming'));
    if (!event || tag === undefined) continue;
    const last = lastOccurrence(event, addDays(today, 1));
    if (last === undefined) continue; // still repeating
    const end = occurrenceEnd(last);
    if (instantOf(end.date, end.time, event.timezone).getTime() >= longAgo) continue;
    problems.push(
      problem(
        f,
        'warning',
        `tags has ${JSON.stringify(tag)}, but this event ended on ${last.end}; remove that tag (past events move to /events/past/ by themselves)`,
        'tags',
      ),
    );
  }
  return problems;
}

/** The event's last occurrence, or undefined when it still has one starting on or after `after`. */
function lastOccurrence(event: EventFields, after: IsoDate) {
  const last = occurrenceTimes(event, addDays(after, 1)).at(-1);
  if (last === undefined) return event; // every date excluded: the event's own dates
  return last.start >= after ? undefined : last;
}

// --- left-over placeholder text -------------------------------------------

export function placeholderWarnings(files: readonly CheckedFile[]): Problem[] {
  const problems: Problem[] = [];
  for (const f of files) {
    if (f.facts.placeholderLine === undefined) continue;
    problems.push(
      problem(
        f,
        'warning',
        `still has the placeholder paragraph from npm run new ("${PLACEHOLDER_MARK} ..."); write the ${f.kind}'s text there`,
        undefined,
        f.facts.placeholderLine,
      ),
    );
  }
  return problems;
}

// --- MDX components -----------------------------------------------------------

const COMPONENT_NAMES = Object.keys(MDX_COMPONENTS);

export function componentProblems(files: readonly CheckedFile[]): Problem[] {
  const eventTags = new Set(files.flatMap((f) => (f.kind === 'event' ? (f.fields?.tags ?? []) : [])).map(tagKey));
  const allTags = [...new Set(files.flatMap((f) => f.fields?.tags ?? []))];
  const problems: Problem[] = [];
  for (const f of files) {
    const isMdx = f.file.endsWith('.mdx');
    const imported = new Set(f.facts.imports);
    for (const { name, text, other, line } of f.facts.components) {
      const known = COMPONENT_NAMES.includes(name);
      const report = (severity: Severity, message: string) =>
        problems.push(problem(f, severity, message, undefined, line));
      if (!isMdx) {
        if (known) report('warning', `uses <${name}>, which works only in .mdx files; rename this file to end in .mdx`);
        continue;
      }
      if (!known) {
        if (imported.has(name)) continue;
        const guess = closest(name, COMPONENT_NAMES);
        report(
          'error',
          `uses <${name}>, which is not one of the site's components (${COMPONENT_NAMES.join(', ')})${guess ? `; did you mean <${guess}>?` : ''}`,
        );
        continue;
      }
      if (name === 'Callout') {
        const type = text['type'];
        if (type !== undefined && !calloutType(type))
          report('error', `<Callout type="${type}"> is not a Callout type; use one of ${CALLOUT_TYPES.join(', ')}`);
      } else if (name === 'Figure') {
        if (text['caption'] === undefined && !other.includes('caption'))
          report('error', `<Figure> has no caption; add caption="what readers should know about the picture"`);
      } else if (name === 'RelatedEvents') {
        const tag = text['tag'];
        if (!tag) report('error', `<RelatedEvents> needs a tag, e.g. <RelatedEvents tag="fhir" />`);
        else if (!eventTags.has(tagKey(tag))) {
          const guess = closest(tag, allTags);
          report(
            'warning',
            `<RelatedEvents tag="${tag}"> finds no event: no event has that tag${guess ? `; did you mean "${guess}"?` : ''}`,
          );
        }
      }
    }
  }
  return problems;
}
