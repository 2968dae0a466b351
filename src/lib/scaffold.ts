/**
 * New event and article files for `npm run new`: the slug from the title
 * (diacritics folded), required fields filled in, every optional field as a
 * commented line with an example. Pure: the command does the disk work.
 */
import { isSlug, slugify } from './slug.ts';
import { paths } from './paths.ts';
import type { IsoDate } from './calendar-date.ts';
import { isValidTimeZone, resolveWallClock } from './zoned-time.ts';
import { readDateTime, readText, readUrl, type DateTimeValue } from './validation/field-values.ts';
import { closest } from './validation/closest.ts';
import type { ContentKind } from './validation/check-file.ts';
import { CONTENT_DIRS } from './validation/content-dirs.ts';
import { yamlLine, type YamlLineOptions } from './yaml-lines.ts';
import { readCommandArgs, type OptionTypes } from './command-args.ts';
import { PLACEHOLDER_MARK } from './placeholder.ts';

/** The body a new file starts with; `npm run check` warns while it is still there. */
const EVENT_BODY = `${PLACEHOLDER_MARK} with the event's description: what it is, who it is for and how to take part.`;
const ARTICLE_BODY = `${PLACEHOLDER_MARK} with the article. The first paragraph is shown in lists, so make it a good opening.`;

export const PREVIEW_ORIGIN = 'http://localhost:4321';

export class ScaffoldError extends Error {
  override name = 'ScaffoldError';
}

export interface NewRequest {
  kind: ContentKind;
  title: string;
  slug?: string;
  /** Event: `start`, `end`, `location`, `timezone`, `url`; article: `date`, `author`. */
  options: Record<string, string>;
}

const OPTIONS: Record<ContentKind, readonly string[]> = {
  event: ['start', 'end', 'location', 'timezone', 'url', 'slug'],
  article: ['date', 'author', 'slug'],
};

export const NEW_USAGE = `Makes a new event or article file with the fields filled in.

  npm run new -- event "Title" [--start 2026-03-01T09:00] [--end 2026-03-02] [--location "Hanoi"] [--timezone Asia/Ho_Chi_Minh] [--url https://...]
  npm run new -- article "Title" [--date 2026-03-01] [--author "Name"]

Both take --slug my-slug to choose the file name; by default it is made from the title.`;

/** Reads `event "Title" --start ...` (after `npm run new --`). */
export function parseNewArgs(argv: readonly string[]): NewRequest {
  const [kindWord, ...rest] = argv;
  const kinds = ['event', 'article'];
  const kind = kindWord === 'events' ? 'event' : kindWord === 'articles' || kindWord === 'news' ? 'article' : kindWord;
  if (kind === undefined || !kinds.includes(kind)) {
    const guess = kindWord ? closest(kindWord, kinds) : undefined;
    throw new ScaffoldError(
      `say what to make first: "event" or "article"${kindWord ? ` (not "${kindWord}"${guess ? `; did you mean "${guess}"?` : ''})` : ''}, e.g. npm run new -- event "Telehealth Summit 2026"`,
    );
  }
  const k: ContentKind = kind === 'event' ? 'event' : 'article';
  const types: OptionTypes = { help: { type: 'boolean' } };
  for (const name of OPTIONS[k]) types[name] = { type: 'string' };
  const { values, positionals: words, problems } = readCommandArgs(rest, types);
  if (values['help']) throw new ScaffoldError(NEW_USAGE);
  const [problem] = problems;
  if (problem?.kind === 'unknown') {
    // An event's start is an article's date and the other way round.
    const swapped: Record<string, string> = k === 'event' ? { date: 'start' } : { start: 'date' };
    const guess = swapped[problem.name] ?? closest(problem.name, OPTIONS[k]);
    throw new ScaffoldError(
      `an ${k} has no option --${problem.name}${guess ? `; did you mean --${guess}?` : `; the options are ${OPTIONS[k].map((o) => `--${o}`).join(', ')}`}`,
    );
  }
  if (problem?.kind === 'missing value')
    throw new ScaffoldError(`--${problem.name} needs a value, e.g. --${problem.name} ${example(problem.name)}`);
  const options: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) if (typeof value === 'string') options[name] = value;
  const title = words.join(' ').trim();
  if (!title)
    throw new ScaffoldError(
      `give the ${k}'s title in quotes, e.g. npm run new -- ${k} "${k === 'event' ? 'Telehealth Summit 2026' : 'What the new telehealth rules change'}"`,
    );
  const { slug, ...others } = options;
  return { kind: k, title, options: others, ...(slug !== undefined && { slug }) };
}

function example(option: string): string {
  return (
    (
      {
        start: '2026-03-01T09:00',
        end: '2026-03-01T17:00',
        date: '2026-03-01',
        location: '"Hanoi"',
        timezone: 'Asia/Ho_Chi_Minh',
        url: 'https://example.org',
        author: '"Lan Nguyen"',
        slug: 'my-event',
      } as Record<string, string>
    )[option] ?? '...'
  );
}

export interface ScaffoldContext {
  /** Today in the site's zone: the default date, and the year folder. */
  today: IsoDate;
  siteTimeZone: string;
  /** Tags already in use, most used first, offered in the tags comment. */
  knownTags?: readonly string[];
}

export interface Scaffold {
  kind: ContentKind;
  slug: string;
  /** From the project root: `content/events/2026/telehealth-summit.md`. */
  path: string;
  text: string;
  previewUrl: string;
  /** Things the writer should know, e.g. that start was set to today. */
  notes: string[];
}

/** Text quoted in a message. */
const q = (text: string) => JSON.stringify(text);
/** A field line, and an optional field's commented example. */
const field = (key: string, value: unknown, options?: YamlLineOptions) => yamlLine(key, value, options);
const commented = (key: string, value: unknown, options?: YamlLineOptions) => `# ${yamlLine(key, value, options)}`;
const plain = { strings: 'plain' } as const;
const shown = (v: DateTimeValue) => (v.time ? `${v.date}T${v.time}` : v.date);

function readOptionDate(name: string, raw: string, zone: string): DateTimeValue {
  const read = readDateTime(raw);
  if (!read.ok) throw new ScaffoldError(`--${name} ${q(raw)} ${read.expected}`);
  if (read.value.time && resolveWallClock(read.value.date, read.value.time, zone).kind === 'gap') {
    throw new ScaffoldError(
      `--${name} ${q(raw)} does not exist in ${zone}: the clocks skip that hour when summer time starts; pick a time outside the skipped hour`,
    );
  }
  return read.value;
}

function slugFor(request: NewRequest): string {
  if (request.slug !== undefined) {
    if (!isSlug(request.slug))
      throw new ScaffoldError(
        `--slug ${q(request.slug)} is not a valid slug; expected lower-case letters, digits and single hyphens, e.g. "${slugify(request.slug) || 'my-event'}"`,
      );
    return request.slug;
  }
  const slug = slugify(request.title);
  if (!slug)
    throw new ScaffoldError(
      `the title ${q(request.title)} has no letters or digits to make a file name from; add --slug my-${request.kind}`,
    );
  return slug;
}

/** Comment lines line up their `#` notes, so the block reads like a form. */
function block(lines: Array<[string, string?]>): string {
  const width = Math.min(44, Math.max(...lines.filter(([, note]) => note).map(([line]) => line.length)));
  return lines.map(([line, note]) => (note ? `${line.padEnd(width)}  # ${note}` : line)).join('\n');
}

function tagsLine(knownTags: readonly string[] | undefined, tags: string[]): [string, string] {
  const known = (knownTags ?? []).slice(0, 8);
  return [
    commented('tags', tags, plain),
    known.length ? `tags already in use: ${known.join(', ')}` : 'a list; each tag gets a page /tags/<tag>/',
  ];
}

export function scaffoldEvent(request: NewRequest, ctx: ScaffoldContext): Scaffold {
  const { options } = request;
  const title = readText(request.title, 200);
  if (!title.ok) throw new ScaffoldError(`the title ${title.expected}`);
  const zone = options['timezone'];
  if (zone !== undefined && !isValidTimeZone(zone)) {
    throw new ScaffoldError(
      `--timezone ${q(zone)} is not a known IANA time zone; expected a name such as "America/New_York" or "Asia/Ho_Chi_Minh"`,
    );
  }
  const wallZone = zone ?? ctx.siteTimeZone;
  const notes: string[] = [];
  const start =
    options['start'] !== undefined ? readOptionDate('start', options['start'], wallZone) : { date: ctx.today };
  if (options['start'] === undefined) notes.push(`start is set to today (${ctx.today}): change it to the event's date`);
  const end = options['end'] !== undefined ? readOptionDate('end', options['end'], wallZone) : undefined;
  if (end) {
    if (!start.time && end.time)
      throw new ScaffoldError(
        `--end ${q(shown(end))} has a time but --start ${q(shown(start))} does not; give both a time or neither`,
      );
    if (
      end.date < start.date ||
      (end.date === start.date && end.time !== undefined && start.time !== undefined && end.time < start.time)
    )
      throw new ScaffoldError(`--end ${q(shown(end))} is before --start ${q(shown(start))}`);
  }
  let url: string | undefined;
  if (options['url'] !== undefined) {
    const read = readUrl(options['url']);
    if (!read.ok) throw new ScaffoldError(`--url ${q(options['url'])} ${read.expected}`);
    url = read.value;
  }
  const location = options['location']?.trim();
  const slug = slugFor(request);
  const year = start.date.slice(0, 4);
  const exampleDay = start.date;
  const front = block([
    [field('title', title.value)],
    [field('start', shown(start)), 'YYYY-MM-DD for all day, or YYYY-MM-DDTHH:mm, the time where the event happens'],
    end
      ? [field('end', shown(end)), 'the last day, or day and time']
      : [
          commented('end', start.time ? `${exampleDay}T17:00` : exampleDay),
          'the last day, or day and time; leave out for one day',
        ],
    zone
      ? [field('timezone', zone), `the place's time zone (the site's is ${ctx.siteTimeZone})`]
      : [commented('timezone', 'Europe/Berlin'), `the place's time zone; leave out for ${ctx.siteTimeZone}`],
    location
      ? [field('location', location), 'venue or city, as readers should see it']
      : [commented('location', 'Hanoi'), 'venue or city, as readers should see it'],
    [commented('address', '1 Example Street, Hanoi, Vietnam'), 'full street address, for the map link'],
    [commented('online', 'https://example.org/live'), 'link to join an online or hybrid event'],
    url
      ? [field('url', url), 'official page or registration']
      : [commented('url', 'https://example.org/register'), 'official page or registration'],
    [commented('organizer', 'Example Health Association')],
    [
      commented('summary', 'One or two sentences for lists and search.'),
      'at most 300 characters; default: the first paragraph',
    ],
    tagsLine(ctx.knownTags, ['digital-health', 'telehealth']),
    [commented('image', `./${slug}.jpg`), 'a JPEG, PNG or WebP next to this file, 1200 px wide or more'],
    [commented('imageAlt', "Speakers on stage at last year's summit"), 'required with image: what the picture shows'],
    [commented('status', 'cancelled', plain), 'or postponed; leave out while the event goes ahead'],
    [commented('recurrence', 'FREQ=WEEKLY;BYDAY=TU;COUNT=10'), 'for a repeating event: here every Tuesday, 10 times'],
    [commented('exclude', ['2026-03-10']), 'dates the repeating event skips'],
    [commented('updated', ctx.today), 'when you change it after publishing: calendars update from it'],
    [commented('draft', true), 'only the dev server shows a draft; it is never published'],
  ]);
  return {
    kind: 'event',
    slug,
    path: `${CONTENT_DIRS.event}${year}/${slug}.md`,
    text: `---\n${front}\n---\n\n${EVENT_BODY}\n`,
    previewUrl: PREVIEW_ORIGIN + paths.event(slug),
    notes,
  };
}

export function scaffoldArticle(request: NewRequest, ctx: ScaffoldContext): Scaffold {
  const { options } = request;
  const title = readText(request.title, 200);
  if (!title.ok) throw new ScaffoldError(`the title ${title.expected}`);
  const notes: string[] = [];
  const date =
    options['date'] !== undefined ? readOptionDate('date', options['date'], ctx.siteTimeZone) : { date: ctx.today };
  if (options['date'] === undefined)
    notes.push(`date is set to today (${ctx.today}); a later date publishes the article on that day`);
  const author = options['author']?.trim();
  const slug = slugFor(request);
  const front = block([
    [field('title', title.value)],
    [field('date', shown(date)), `publish date (YYYY-MM-DD); a future date waits until that day`],
    author
      ? [field('author', author), 'or a list: ["Lan Nguyen", "Sam Lee"]']
      : [commented('author', 'Lan Nguyen'), 'or a list: ["Lan Nguyen", "Sam Lee"]'],
    [commented('category', 'Analysis'), 'default: News'],
    tagsLine(ctx.knownTags, ['ehr', 'telehealth']),
    [
      commented('summary', 'One or two sentences for lists and search.'),
      'at most 300 characters; default: the first paragraph',
    ],
    [commented('image', `./${slug}.jpg`), 'a JPEG, PNG or WebP next to this file, 1200 px wide or more'],
    [
      commented('imageAlt', "A nurse using a tablet at a patient's bedside"),
      'required with image: what the picture shows',
    ],
    [commented('updated', date.date), 'when you change the article after it was published'],
    [commented('draft', true), 'only the dev server shows a draft; it is never published'],
  ]);
  return {
    kind: 'article',
    slug,
    path: `${CONTENT_DIRS.article}${date.date.slice(0, 4)}/${slug}.md`,
    text: `---\n${front}\n---\n\n${ARTICLE_BODY}\n`,
    previewUrl: PREVIEW_ORIGIN + paths.article(slug),
    notes,
  };
}

export function scaffold(request: NewRequest, ctx: ScaffoldContext): Scaffold {
  return request.kind === 'event' ? scaffoldEvent(request, ctx) : scaffoldArticle(request, ctx);
}
