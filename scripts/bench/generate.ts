/**
 * The benchmark's content: N events and N articles in the writers' contract
 * (docs/content.md), deterministic for a given N and seed.
 *
 * Events start from real conferences (confs.tech, scripts/bench/data/conferences.json.gz),
 * with the zone of their country or US city, some with times, some online;
 * they are padded with one-off health-tech events and weekly, fortnightly and
 * monthly series (RRULE with COUNT, a few with `exclude`) from a seeded PRNG.
 * A few are cancelled, postponed or drafts. Articles start from the 18F blog
 * (scripts/bench/data/18f-posts.json.gz, Eleventy quirks cleaned: Liquid shortcodes
 * become Markdown images and links to 18f.gsa.gov, raw <script>/<style> go),
 * padded with news items whose bodies mix templates and 18F paragraphs; a few
 * are drafts or scheduled after the build date. About 3% of files are MDX.
 *
 * Every file passes the project's own check (tests/unit/bench-generate.test.ts).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse as parseYaml, Scalar } from 'yaml';
import { yamlLines, type StringStyle } from '../../src/lib/yaml-lines.ts';
import { dayOfWeek, fromDayNumber, isIsoDate, toDayNumber, type IsoDate } from '../../src/lib/calendar-date.ts';
import { slugify } from '../../src/lib/slug.ts';
import { tagKey } from '../../src/lib/tags.ts';
import { resolveWallClock } from '../../src/lib/zoned-time.ts';
import * as T from './text.ts';

/** The real conferences and posts, with their sources and licences (scripts/bench/data/SOURCE.md). */
export const DATA_DIR = resolve(import.meta.dirname, 'data');

type RawConference = Record<string, unknown>;

/** Both real data sets, as copied: conferences by year and topic, and each 18F post's text by file name. */
export function readSourceData(dataDir = DATA_DIR): {
  conferences: Record<string, Record<string, RawConference[]>>;
  posts: Record<string, string>;
} {
  const read = (name: string): unknown => JSON.parse(gunzipSync(readFileSync(join(dataDir, name))).toString('utf8'));
  return {
    conferences: read('conferences.json.gz') as Record<string, Record<string, RawConference[]>>,
    posts: read('18f-posts.json.gz') as Record<string, string>,
  };
}
/** The site's zone (src/site.config.ts), which dates without `timezone` are read in. */
const SITE_ZONE = 'America/New_York';
/** Articles dated after this are scheduled in a build pinned to the benchmark's SITE_NOW (2025-12-01). */
const LAST_PAST_ARTICLE = '2025-11-28';
const MDX_SHARE = 0.03;

export interface GenerateOptions {
  n: number;
  seed: number;
  dataDir?: string;
}

export interface GeneratedEvent {
  file: string;
  slug: string;
  start: IsoDate;
  startTime?: string;
  end: IsoDate;
  endTime?: string;
  /** The zone its times are in (the site's when the file gives none). */
  timezone: string;
  recurrence?: string;
  exclude?: IsoDate[];
  draft: boolean;
  status: 'scheduled' | 'cancelled' | 'postponed';
  tags: string[];
}

export interface GeneratedArticle {
  file: string;
  slug: string;
  date: IsoDate;
  time?: string;
  draft: boolean;
  tags: string[];
}

export interface GeneratedContent {
  events: GeneratedEvent[];
  articles: GeneratedArticle[];
  /** Files and bytes written under content/. */
  files: number;
  bytes: number;
}

// --- deterministic randomness ---------------------------------------------

export type Rng = () => number;

/** mulberry32: small, fast, and the same sequence on every machine. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;
/** Skewed towards the start of the list, so some tags are common and many rare. */
const pickSkewed = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * rng() * items.length)] as T;
const chance = (rng: Rng, p: number) => rng() < p;

function shuffle<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function pickSome<T>(rng: Rng, items: readonly T[], count: number, skewed = false): T[] {
  const out: T[] = [];
  for (let tries = 0; out.length < count && tries < count * 10; tries++) {
    const item = skewed ? pickSkewed(rng, items) : pick(rng, items);
    if (!out.includes(item)) out.push(item);
  }
  return out;
}

// --- real data --------------------------------------------------------------

interface Conference {
  name: string;
  url: string;
  startDate: IsoDate;
  endDate: IsoDate;
  city?: string;
  country?: string;
  online: boolean;
  topic: string;
}

interface Post {
  file: string;
  title: string;
  date: IsoDate;
  time?: string;
  authors: string[];
  tags: string[];
  description?: string;
  body: string;
}

const isWebUrl = (text: string) => {
  try {
    return /^https?:$/.test(new URL(text).protocol);
  } catch {
    return false;
  }
};

const sourceCache = new Map<string, { conferences: Conference[]; posts: Post[]; paragraphs: string[] }>();

function loadSources(dataDir: string) {
  const cached = sourceCache.get(dataDir);
  if (cached) return cached;
  const data = readSourceData(dataDir);
  const posts = loadPosts(data.posts);
  const paragraphs = posts
    .flatMap((p) => p.body.split(/\n\s*\n/))
    .map((p) => p.trim().replace(/\s*\n\s*/g, ' '))
    .filter(isPlainParagraph);
  const sources = { conferences: loadConferences(data.conferences), posts, paragraphs };
  sourceCache.set(dataDir, sources);
  return sources;
}

function loadConferences(byYear: Record<string, Record<string, RawConference[]>>): Conference[] {
  const seen = new Set<string>();
  const out: Conference[] = [];
  for (const year of Object.keys(byYear).sort()) {
    const byTopic = byYear[year]!;
    // In the order of the upstream file names (`<topic>.json`), which decides the topic of a repeated conference.
    for (const topic of Object.keys(byTopic).sort((a, b) => (`${a}.json` < `${b}.json` ? -1 : 1))) {
      for (const c of byTopic[topic]!) {
        const name = typeof c['name'] === 'string' ? c['name'].trim() : '';
        const url = typeof c['url'] === 'string' ? c['url'].trim() : '';
        const startDate = typeof c['startDate'] === 'string' ? c['startDate'] : '';
        const endDate = typeof c['endDate'] === 'string' ? c['endDate'] : startDate;
        const key = `${name}|${startDate}|${url}`;
        if (seen.has(key)) continue;
        seen.add(key);
        if (
          !name ||
          name.length > 200 ||
          !isWebUrl(url) ||
          !isIsoDate(startDate) ||
          !isIsoDate(endDate) ||
          endDate < startDate
        )
          continue;
        const city = typeof c['city'] === 'string' && c['city'].trim() ? c['city'].trim() : undefined;
        const country = typeof c['country'] === 'string' && c['country'].trim() ? c['country'].trim() : undefined;
        out.push({
          name,
          url,
          startDate,
          endDate,
          online: c['online'] === true,
          topic,
          ...(city && { city }),
          ...(country && { country }),
        });
      }
    }
  }
  return out;
}

const SITE_18F = 'https://18f.gsa.gov';

/** Eleventy/Liquid and site-relative paths to plain Markdown that Astro and the content check accept. */
export function clean18fBody(body: string): string {
  const abs = (path: string) => `${SITE_18F}/${path.replace(/^\.?\//, '')}`;
  return (
    body
      .replace(/\{%-?\s*(?:end)?raw\s*-?%\}/g, '')
      .replace(
        /\{%\s*image(?:_with_class)?\s+"([^"]+)"(?:\s+"[^"]*")?\s+"([^"]*)"\s*%\}/g,
        (_, src: string, alt: string) => `![${alt.replace(/[[\]]/g, '')}](${abs(src)})`,
      )
      .replace(/\{%\s*include\s+"linked-figure\.html",([\s\S]*?)%\}/g, (_, args: string) => {
        const image = /image:\s*"([^"]+)"/.exec(args)?.[1];
        const alt = /alt:\s*"([^"]*)"/.exec(args)?.[1] ?? '';
        return image ? `![${alt.replace(/[[\]]/g, '')}](${abs(image)})` : '';
      })
      .replace(/\{%[\s\S]*?%\}/g, '')
      .replace(/\{\{\s*["']([^"']*)["']\s*\|\s*url\s*\}\}/g, (_, path: string) => abs(path))
      .replace(/\{\{\s*site\.baseurl\s*\}\}/g, SITE_18F)
      .replace(/\{\{[\s\S]*?\}\}/g, '')
      .replace(/<(script|style|iframe)\b[\s\S]*?<\/\1\s*>/gi, '')
      .replace(/<(script|iframe)\b[^>]*>/gi, '')
      // Site-relative links and images point at the 18F site, where the assets still are.
      .replace(/(\]\(\s*<?)(?![a-z][a-z0-9+.-]*:|\/\/|#)(?:\.\.\/)*\.?\//gi, `$1${SITE_18F}/`)
      .replace(/(!\[[^\]]*\]\(\s*<?)(?![a-z][a-z0-9+.-]*:|\/\/|#)/gi, `$1${SITE_18F}/`)
      .replace(/\b(src|href)(\s*=\s*["'])(?![a-z][a-z0-9+.-]*:|\/\/|#)(?:\.\.\/)*\.?\/?/gi, `$1$2${SITE_18F}/`)
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

function isPlainParagraph(p: string): boolean {
  return p.length >= 120 && p.length <= 900 && /^[A-Z“"]/.test(p) && !/[<>{}|]|!\[|^\s*[-*#>]|^\d+\./.test(p);
}

function loadPosts(texts: Record<string, string>): Post[] {
  const out: Post[] = [];
  for (const file of Object.keys(texts).sort()) {
    const text = texts[file]!;
    const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
    if (!m) continue;
    let data: Record<string, unknown>;
    try {
      data = (parseYaml(m[1] ?? '') ?? {}) as Record<string, unknown>;
    } catch {
      continue;
    }
    const title = typeof data['title'] === 'string' ? data['title'].trim() : '';
    if (!title || title.length > 200) continue;
    const when = postDate(data['date'], file);
    if (!when) continue;
    const authors = Array.isArray(data['authors'])
      ? data['authors'].filter((a): a is string => typeof a === 'string' && a.trim() !== '')
      : [];
    const tags = Array.isArray(data['tags'])
      ? data['tags'].filter((t): t is string => typeof t === 'string' && slugify(t) !== '')
      : [];
    const description =
      typeof data['description'] === 'string' ? data['description'].trim().replace(/\s+/g, ' ') : undefined;
    const body = clean18fBody(m[2] ?? '');
    if (body.length < 80) continue;
    out.push({ file, title, ...when, authors, tags, body, ...(description && { description }) });
  }
  return out;
}

/** The forms 18F used (`2014-03-19`, `'2014-03-19T10:14:29-04:00'`, `2015-06-02 10:00:00 -0400`, `...000Z`) or the file name. */
function postDate(raw: unknown, file: string): { date: IsoDate; time?: string } | undefined {
  const text = typeof raw === 'string' ? raw.trim() : '';
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2}))?/.exec(text);
  const f = /^(\d{4})-(\d{1,2})-(\d{1,2})-/.exec(file);
  const parts = m ?? f;
  if (!parts) return undefined;
  const date = `${parts[1]}-${parts[2]!.padStart(2, '0')}-${parts[3]!.padStart(2, '0')}`;
  if (!isIsoDate(date)) return undefined;
  // A UTC instant ("...Z") would be another wall-clock time here; keep its date only.
  if (!m || m[4] === undefined || /Z$/.test(text)) return { date };
  const time = `${m[4].padStart(2, '0')}:${m[5]}`;
  return resolveWallClock(date, time, SITE_ZONE).kind === 'gap' ? { date } : { date, time };
}

// --- writing files ----------------------------------------------------------

/** A date as writers write it: plain or quoted, both valid. */
class Plain {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
}

const PLAIN_SAFE = /^[A-Za-z][A-Za-z0-9 ,.'()&/-]*$/;
const YAML_WORDS = /^(true|false|null|yes|no|on|off|y|n)$/i;

/** Text plain where writers would leave it so (and every YAML reader reads it as text), quoted otherwise. */
const textStyle = (text: string): StringStyle =>
  PLAIN_SAFE.test(text) && !YAML_WORDS.test(text) && !text.endsWith(' ') ? 'plain' : 'double';

type FieldValue = string | boolean | string[] | Plain | undefined;

/** Front matter by the yaml library, in the styles writers use: flow or block lists, some dates unquoted. */
function frontMatter(fields: [string, FieldValue][], flowLists: boolean): string {
  const given = fields.flatMap(([key, value]): [string, unknown][] => {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) return [];
    if (!(value instanceof Plain)) return [[key, value]];
    const date = new Scalar(value.text);
    date.type = 'PLAIN';
    return [[key, date]];
  });
  // In flow lists every item is quoted, as writers copying JSON do.
  const strings = (text: string, inList: boolean): StringStyle => (inList && flowLists ? 'double' : textStyle(text));
  return `---\n${yamlLines(given, { lists: flowLists ? 'flow' : 'block', strings })}\n---\n`;
}

const dateValue = (rng: Rng, date: IsoDate, time?: string) =>
  time ? `${date}T${time}` : chance(rng, 0.5) ? new Plain(date) : date;

/** Unique, valid slugs within one collection. */
class Slugs {
  private used = new Set<string>();
  take(title: string, year: string): string {
    let base = slugify(title);
    if (base.length > 70) base = base.slice(0, 70).replace(/-[^-]*$/, '');
    if (!base) base = 'item';
    let slug = base;
    if (this.used.has(slug)) slug = `${base}-${year}`;
    for (let i = 2; this.used.has(slug); i++) slug = `${base}-${year}-${i}`;
    this.used.add(slug);
    return slug;
  }
}

/** One spelling per tag, as the content check asks (tags differing only in case or hyphens warn). */
class Tags {
  private spelling = new Map<string, string>();
  canon(tags: readonly string[]): string[] {
    const out: string[] = [];
    for (const tag of tags) {
      const key = tagKey(tag);
      if (!key) continue;
      if (!this.spelling.has(key)) this.spelling.set(key, tag);
      const canonical = this.spelling.get(key)!;
      if (!out.includes(canonical)) out.push(canonical);
    }
    return out;
  }
}

// --- events -------------------------------------------------------------------

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const day = (text: IsoDate) => toDayNumber(text);
const between = (rng: Rng, first: IsoDate, last: IsoDate) => fromDayNumber(int(rng, day(first), day(last)));
const addDaysTo = (date: IsoDate, days: number) => fromDayNumber(day(date) + days);
/** At most `max` characters, cut at a word boundary. */
const cut = (text: string, max: number) => (text.length <= max ? text : text.slice(0, max + 1).replace(/\s+\S*$/, ''));
const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

interface EventDraft {
  title: string;
  start: IsoDate;
  startTime?: string;
  end: IsoDate;
  endTime?: string;
  timezone?: string;
  location?: string;
  address?: string;
  online?: string;
  url?: string;
  organizer?: string;
  tags: string[];
  recurrence?: string;
  exclude?: IsoDate[];
  series: boolean;
}

function zoneOf(c: Conference): string | undefined {
  if (c.country === 'U.S.A.') return (c.city && T.US_CITY_ZONES[c.city]) || SITE_ZONE;
  return c.country ? T.COUNTRY_ZONES[c.country] : 'UTC';
}

function addTimes(rng: Rng, d: EventDraft, share: number): void {
  if (!chance(rng, share)) return;
  const evening = d.start === d.end && chance(rng, 0.2);
  d.startTime = evening
    ? pick(rng, ['17:30', '18:00', '18:30'])
    : pick(rng, ['08:30', '09:00', '09:30', '10:00', '13:00']);
  d.endTime = evening
    ? pick(rng, ['20:00', '21:00', '21:30'])
    : pick(rng, ['15:30', '16:00', '17:00', '17:30', '18:00']);
}

function fromConference(rng: Rng, c: Conference): EventDraft {
  const d: EventDraft = {
    title: c.name,
    start: c.startDate,
    end: c.endDate,
    tags: [T.TOPIC_TAGS[c.topic] ?? 'developers', ...pickSome(rng, T.HEALTH_TAGS, int(rng, 1, 3), true)],
    series: false,
    url: c.url,
  };
  addTimes(rng, d, 0.3);
  const zone = zoneOf(c);
  if (zone && (zone !== SITE_ZONE || chance(rng, 0.3))) d.timezone = zone;
  if (c.city) d.location = c.country ? `${c.city}, ${c.country}` : c.city;
  if (c.online || !c.city) d.online = c.url;
  if (chance(rng, 0.25)) d.organizer = pick(rng, T.ORGANIZERS);
  return d;
}

function oneOff(rng: Rng): EventDraft {
  const place = pick(rng, T.CITIES);
  const kind = pick(rng, T.EVENT_KINDS);
  const subject = pick(rng, T.SUBJECTS);
  const title = pick(rng, [
    `${place.city} Digital Health ${kind}`,
    `${subject} ${kind}`,
    `${subject} ${kind} ${place.city}`,
    `${place.city} Health Data ${kind}`,
  ]);
  const start = between(rng, '2016-01-01', '2027-03-31');
  const length = chance(rng, 0.7) ? 0 : chance(rng, 0.67) ? 1 : int(rng, 2, 3);
  const d: EventDraft = {
    title,
    start,
    end: addDaysTo(start, length),
    tags: pickSome(rng, T.HEALTH_TAGS, int(rng, 1, 4), true),
    series: false,
  };
  addTimes(rng, d, 0.55);
  if (place.zone !== SITE_ZONE || chance(rng, 0.3)) d.timezone = place.zone;
  d.location = chance(rng, 0.5) ? place.city : `${place.city}, ${place.country}`;
  if (chance(rng, 0.3))
    d.address = `${int(rng, 1, 250)} ${pick(rng, ['Harbour Road', 'Main Street', 'University Avenue', 'Hospital Lane', 'Market Square'])}, ${place.city}`;
  const slugHint = slugify(title);
  d.url = `https://example.org/events/${slugHint}`;
  if (chance(rng, 0.2)) d.online = `https://meet.example.org/${slugHint}`;
  if (chance(rng, 0.5)) d.organizer = pick(rng, T.ORGANIZERS);
  return d;
}

function series(rng: Rng): EventDraft {
  const place = pick(rng, T.CITIES);
  const title = `${pick(rng, T.SUBJECTS)} ${pick(rng, T.SERIES_KINDS)}`;
  let start = between(rng, '2018-01-01', '2026-05-31');
  const kind = rng();
  let recurrence: string;
  let step: number; // days to the second occurrence
  if (kind < 0.6) {
    recurrence = `FREQ=WEEKLY;BYDAY=${WEEKDAYS[dayOfWeek(start)]};COUNT=${int(rng, 4, 12)}`;
    step = 7;
  } else if (kind < 0.8) {
    recurrence = `FREQ=WEEKLY;INTERVAL=2;BYDAY=${WEEKDAYS[dayOfWeek(start)]};COUNT=${int(rng, 4, 8)}`;
    step = 14;
  } else {
    if (Number(start.slice(8)) > 28) start = `${start.slice(0, 8)}28`;
    recurrence = `FREQ=MONTHLY;COUNT=${int(rng, 3, 6)}`;
    step = 0;
  }
  const hour = pick(rng, ['12', '16', '17']);
  const d: EventDraft = {
    title,
    start,
    startTime: `${hour}:00`,
    end: start,
    endTime: `${hour}:${pick(rng, ['45', '50'])}`,
    recurrence,
    timezone: place.zone,
    online: `https://meet.example.org/${slugify(title)}`,
    tags: pickSome(rng, T.HEALTH_TAGS, int(rng, 1, 3), true),
    series: true,
  };
  if (chance(rng, 0.5)) d.organizer = pick(rng, T.ORGANIZERS);
  if (chance(rng, 0.2)) {
    const second = step > 0 ? addDaysTo(start, step) : nextMonth(start);
    d.exclude = [second];
  }
  return d;
}

function nextMonth(date: IsoDate): IsoDate {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  return `${m === 12 ? y + 1 : y}-${String(m === 12 ? 1 : m + 1).padStart(2, '0')}-${date.slice(8)}`;
}

function eventBody(rng: Rng, d: EventDraft): string {
  const parts: string[] = [];
  parts.push(
    d.series
      ? pick(rng, T.SERIES_INTRO)
      : `${pick(rng, T.EVENT_INTRO)}${d.location ? ` This year the ${d.title} meets in ${d.location}.` : ''}`,
  );
  for (let i = int(rng, 1, 3); i > 0; i--) parts.push(pickSome(rng, T.EVENT_DETAIL, int(rng, 2, 3)).join(' '));
  if (!d.series && chance(rng, 0.4)) {
    const hours = ['09:00', '09:30', '10:15', '11:00', '12:30', '14:00', '15:15', '16:30'];
    const items = pickSome(rng, T.AGENDA_ITEMS, int(rng, 3, 6));
    parts.push(`## Agenda\n\n${items.map((item, i) => `- ${hours[i] ?? '17:00'} ${item}`).join('\n')}`);
  }
  if (d.url && chance(rng, 0.5))
    parts.push(
      `## Registration\n\nRegister on the [event website](${d.url}). Places are **limited**, so register early.`,
    );
  if (chance(rng, 0.2))
    parts.push(
      'Questions about accessibility, childcare or travel support? Write to the organisers through the contact form on their site.',
    );
  return `${parts.join('\n\n')}\n`;
}

// --- articles -------------------------------------------------------------------

function personName(rng: Rng): string {
  return `${pick(rng, T.PERSON_FIRST)} ${pick(rng, T.PERSON_LAST)}`;
}

function authorName(slug: string): string {
  return slug
    .split(/[-_]/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

function newsBody(rng: Rng, lead: string, pool: readonly string[], mdx: boolean): string {
  const parts = [lead];
  const count = int(rng, 2, 7);
  for (let i = 0; i < count; i++) {
    if (i === 2 && chance(rng, 0.4)) parts.push(`## ${pick(rng, T.HEADINGS)}`);
    parts.push(!mdx && pool.length > 0 && chance(rng, 0.6) ? pick(rng, pool) : pick(rng, T.NEWS_PARAGRAPHS));
  }
  if (chance(rng, 0.25))
    parts.push(
      pickSome(rng, T.NEWS_OBJECTS, 3)
        .map((o) => `- ${sentence(o)}`)
        .join('\n'),
    );
  return `${parts.join('\n\n')}\n`;
}

// --- the generator ----------------------------------------------------------------

/**
 * Writes N events to `dir/content/events` and N articles to `dir/content/articles`
 * (replacing what was there) and describes what it wrote.
 */
export function generateContent(dir: string, { n, seed, dataDir = DATA_DIR }: GenerateOptions): GeneratedContent {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a positive integer, got ${n}`);
  const { conferences, posts, paragraphs } = loadSources(dataDir);
  const content = join(dir, 'content');
  rmSync(content, { recursive: true, force: true });
  let files = 0;
  let bytes = 0;
  const write = (path: string, text: string) => {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
    files++;
    bytes += Buffer.byteLength(text);
  };
  const tags = new Tags();

  // Events: one stream of random numbers, so articles do not shift when event rules change.
  const er = mulberry32(seed * 2 + 1);
  const pool = shuffle(er, conferences);
  let next = 0;
  const eventSlugs = new Slugs();
  const events: GeneratedEvent[] = [];
  for (let i = 0; i < n; i++) {
    const r = er();
    const d = r < 0.06 ? series(er) : r < 0.18 || next >= pool.length ? oneOff(er) : fromConference(er, pool[next++]!);
    d.tags = tags.canon(d.tags);
    const slug = eventSlugs.take(d.title, d.start.slice(0, 4));
    const mdx = chance(er, MDX_SHARE);
    const file = `content/events/${d.start.slice(0, 4)}/${slug}.${mdx ? 'mdx' : 'md'}`;
    const s = er();
    const status = s < 0.015 ? 'cancelled' : s < 0.02 ? 'postponed' : 'scheduled';
    const draft = chance(er, 0.005);
    const summary = chance(er, 0.15) ? cut(`${d.title}: ${pick(er, T.EVENT_INTRO)}`, 200) : undefined;
    const fm = frontMatter(
      [
        ['title', d.title],
        ['start', dateValue(er, d.start, d.startTime)],
        ['end', d.end !== d.start || d.endTime ? dateValue(er, d.end, d.endTime) : undefined],
        ['timezone', d.timezone],
        ['location', d.location],
        ['address', d.address],
        ['online', d.online],
        ['url', d.url],
        ['organizer', d.organizer],
        ['summary', summary],
        ['tags', d.tags],
        ['status', status === 'scheduled' ? undefined : status],
        ['recurrence', d.recurrence],
        ['exclude', d.exclude],
        ['draft', draft || undefined],
      ],
      chance(er, 0.5),
    );
    write(file, fm + eventBody(er, d));
    events.push({
      file,
      slug,
      start: d.start,
      end: d.end,
      timezone: d.timezone ?? SITE_ZONE,
      draft,
      status,
      tags: d.tags,
      ...(d.startTime && { startTime: d.startTime }),
      ...(d.endTime && { endTime: d.endTime }),
      ...(d.recurrence && { recurrence: d.recurrence }),
      ...(d.exclude && { exclude: d.exclude }),
    });
  }

  const ar = mulberry32(seed * 2 + 2);
  const realPosts = shuffle(ar, posts);
  const articleSlugs = new Slugs();
  const articles: GeneratedArticle[] = [];
  for (let i = 0; i < n; i++) {
    const post = i < realPosts.length && i < Math.ceil(n * 0.9) ? realPosts[i]! : undefined;
    let title: string;
    let date: IsoDate;
    let time: string | undefined;
    let authors: string[];
    let articleTags: string[];
    let summary: string | undefined;
    let draft = false;
    let body: string;
    let mdx = false;
    if (post) {
      ({ title, date } = post);
      time = post.time;
      authors = post.authors.map(authorName);
      articleTags = [...post.tags, ...(chance(ar, 0.3) ? [pickSkewed(ar, T.HEALTH_TAGS)] : [])];
      summary =
        post.description && post.description.length <= 200 && !/[<>]/.test(post.description) && chance(ar, 0.5)
          ? post.description
          : undefined;
      body = `${post.body}\n`;
    } else {
      const subject = pick(ar, T.NEWS_SUBJECTS);
      const place = pick(ar, T.CITIES);
      const verb = pick(ar, T.NEWS_VERBS);
      const object = pick(ar, T.NEWS_OBJECTS);
      title = `${chance(ar, 0.4) ? `${place.city}: ` : ''}${sentence(subject)} ${verb} ${object}`;
      const when = ar();
      date = when < 0.015 ? between(ar, '2025-12-05', '2026-06-30') : between(ar, '2014-01-01', LAST_PAST_ARTICLE);
      if (chance(ar, 0.3)) time = pick(ar, ['07:00', '08:30', '09:00', '12:15', '16:45']);
      draft = chance(ar, 0.01);
      authors = chance(ar, 0.1) ? [] : Array.from({ length: chance(ar, 0.8) ? 1 : 2 }, () => personName(ar));
      articleTags = pickSome(ar, T.HEALTH_TAGS, int(ar, 1, 4), true);
      const other = realPosts.length > 0 && chance(ar, 0.2) ? pick(ar, realPosts) : undefined;
      if (other && other.tags.length > 0) articleTags.push(pick(ar, other.tags));
      mdx = chance(ar, MDX_SHARE);
      const lead = `The ${subject} in ${place.city} ${verb} ${object}, ${pick(ar, ['officials said this week', 'according to a statement published on its website', 'in a move welcomed by clinicians', 'after a year of consultation'])}.`;
      body = newsBody(ar, lead, paragraphs, mdx);
      summary = chance(ar, 0.1) ? cut(lead, 200) : undefined;
    }
    articleTags = tags.canon(articleTags);
    const slug = articleSlugs.take(title, date.slice(0, 4));
    const file = `content/articles/${date.slice(0, 4)}/${slug}.${mdx ? 'mdx' : 'md'}`;
    const fm = frontMatter(
      [
        ['title', title],
        ['date', dateValue(ar, date, time)],
        ['author', authors.length === 1 ? authors[0] : authors.length > 1 ? authors : undefined],
        ['category', chance(ar, 0.6) ? pick(ar, T.CATEGORIES) : undefined],
        ['tags', articleTags],
        ['summary', summary],
        ['draft', draft || undefined],
      ],
      chance(ar, 0.5),
    );
    write(file, fm + body);
    articles.push({ file, slug, date, draft, tags: articleTags, ...(time && { time }) });
  }
  return { events, articles, files, bytes };
}
