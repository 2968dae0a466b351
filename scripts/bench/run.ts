/**
 * The benchmark machinery behind `npm run bench` (scripts/bench.ts): for each N,
 * generate content once, lay out a copy of the project and of the plain
 * baseline (scripts/bench/baseline) side by side with that content, and
 * measure both in the same run, alternating which goes first:
 *
 *  - cold build (no dist/, .astro/, node_modules/.astro or .vite),
 *  - rebuild after touching one article (mtime only),
 *  - rebuild after editing one article's body (the edit must show in its page),
 *
 * each with wall time, CPU time of the process tree and the peak RSS of its
 * largest process; then output files and bytes, the Pagefind index, the
 * JavaScript pages ship, and what a browser fetches for a first query.
 * Builds run with SITE_NOW pinned, so both sites and every run agree on "now".
 * With several N, every run builds every N (smallest first in odd runs, largest
 * first in even ones), so the growth from one N to the next (`scaling`) compares
 * builds made minutes apart on a machine whose speed drifts.
 */
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { cpus, freemem, totalmem, release } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import {
  addMonths,
  compareYearMonth,
  daysInMonth,
  eachDate,
  eachMonth,
  yearMonthKey,
  yearMonthOf,
  type IsoDate,
} from '../../src/lib/calendar-date.ts';
import { lastListedDay } from '../../src/lib/event-days.ts';
import { articlePublishedAt } from '../../src/lib/article-dates.ts';
import { occurrenceEnd, occurrenceTimes } from '../../src/lib/occurrences.ts';
import { tagKey } from '../../src/lib/tags.ts';
import { instantOf, todayIn } from '../../src/lib/zoned-time.ts';
import { bundleFolders } from '../../src/node/search-bytes.ts';
import { BENCH_QUERIES, firstQueryLines, measureFirstQuery, type FirstQuery } from './first-query.ts';
import { generateContent, type GeneratedContent } from './generate.ts';
import {
  astroPhases,
  htmlPages,
  median,
  pageScriptBytes,
  PHASES,
  type Phase,
  routeTimes,
  runMeasured,
  treeStats,
  type CommandRun,
  type TreeStats,
} from './measure.ts';

export const PROJECT = resolve(import.meta.dirname, '../..');
export const BASELINE_SOURCE = join(PROJECT, 'scripts/bench/baseline');
export const BENCH_NOW = '2025-12-01T12:00:00Z';
const SITE_ZONE = 'America/New_York';
const PAGE_SIZE = 20;
const DAY_CUTOFF = '06:00';
const HORIZON_MONTHS = 18;
const EDIT_MARK = 'Edited for the benchmark';

export type SiteName = 'project' | 'baseline';
export type BuildKind = 'cold' | 'touch' | 'edit';
const BUILD_KINDS: BuildKind[] = ['cold', 'touch', 'edit'];

export interface BenchOptions {
  ns: number[];
  runs: number;
  seed: number;
  /** Where sites are laid out: <dir>/<n>/{source,project,baseline}. */
  dir: string;
  sites: SiteName[];
  browser: boolean;
  query: string;
  keep: boolean;
  /** Which rebuilds to measure after each cold build (default both). */
  rebuilds?: ('touch' | 'edit')[];
  log?: (line: string) => void;
}

export interface BuildSample {
  wallMs: number;
  cpuMs: number;
  peakRssBytes: number;
  peakProcess: string;
  peakTreeRssBytes: number;
  /** Wall time by phase, named alike for both sites (PHASES, measure.ts); they add up to `total`, wallMs. */
  phases: Record<string, number>;
  /** Astro's render time by route (sum of its per-file times). */
  routes: Record<string, { files: number; ms: number }>;
}

export interface SiteResult {
  cold: BuildSample[];
  touch: BuildSample[];
  edit: BuildSample[];
  median: {
    coldMs: number;
    touchMs: number;
    editMs: number;
    coldCpuMs: number;
    touchCpuMs: number;
    editCpuMs: number;
    /** Peak RSS of the largest process over all of this site's builds. */
    peakRssBytes: number;
    peakProcess: string;
    /** Median of each phase over the builds of each kind (so they need not add up to the median total). */
    coldPhases: Record<string, number>;
    touchPhases: Record<string, number>;
    editPhases: Record<string, number>;
    coldRoutes: Record<string, { files: number; ms: number }>;
  };
  /** Every edit showed up in the rebuilt page. */
  editVisible: boolean;
  output: TreeStats & { htmlPages: number };
  pagefind: TreeStats & { pages: number };
  /** JavaScript shipped by a few non-search pages (static count of their scripts). */
  pageScripts: Record<string, { bytes: number; gzip: number }>;
  firstQuery?: FirstQuery;
}

export interface Expected {
  eventPages: number;
  articlePages: number;
  newsPages: number;
  tagPages: number;
  /** One per year that has month pages. */
  yearPages: number;
  monthPages: number;
  dayPages: number;
  /** Events of the past list (for /events/past/ pages). */
  pastEvents: number;
  pastPages: number;
  /** Every HTML page of the contract's page set, /search/ excepted. */
  pages: number;
}

export interface NResult {
  n: number;
  content: { events: number; articles: number; files: number; bytes: number };
  expected: Expected;
  touchedFile: string;
  editedFile: string;
  sites: Partial<Record<SiteName, SiteResult>>;
  /** HTML pages of the contract's page set that only one site has (/search/ excepted). */
  pageSet?: { match: boolean; onlyProject: string[]; onlyBaseline: string[] };
  /** project / baseline. */
  ratios?: {
    cold: number;
    touch: number;
    edit: number;
    coldCpu: number;
    peakRss: number;
    outputBytes: number;
    pagefindBytes: number;
    /** Each phase's median, project / baseline, by kind of build (the kinds measured). */
    phases: Partial<Record<BuildKind, Record<string, number>>>;
  };
}

export interface BenchResult {
  date: string;
  siteNow: string;
  seed: number;
  runs: number;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGiB: number;
    freeMemoryGiB: number;
    node: string;
    os: string;
    astro: string;
    pagefind: string;
  };
  results: NResult[];
  /** How each site's cold build grows from one N to the next (when more than one N was measured). */
  scaling: Scaling[];
}

/** A site's cold build at one N against the next larger N measured. */
export interface Scaling {
  site: SiteName;
  from: number;
  to: number;
  /** Median cold wall time at `to` / at `from`. */
  cold: number;
  /** The same for CPU time. */
  coldCpu: number;
  /** Each run's own ratio: its build at `to` / its build at `from`, made one after the other. */
  pairs: number[];
}

// --- layout -------------------------------------------------------------------------

/**
 * The allocator settings `npm run build` reads (node --env-file): the project is
 * measured as it is built, the baseline as a plain Astro site.
 */
export const BUILD_ENV_FILE = 'scripts/build.env';
/** What `npm run build` has Node load before Astro: the content check's early start. */
export const EARLY_CHECK = './src/node/early-check.ts';
/** Node's options in `npm run build`, relative to the site's root. */
export const BUILD_NODE_OPTIONS = [`--env-file=${BUILD_ENV_FILE}`, `--import=${EARLY_CHECK}`];
const PROJECT_CODE = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json', BUILD_ENV_FILE];
const CACHES = ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'];

function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith('/');
}

/** A site folder: its code, the generated content, and packages reachable from it. */
export function layoutSite(root: string, site: SiteName, content: string): void {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  if (site === 'project') {
    for (const item of PROJECT_CODE)
      if (existsSync(join(PROJECT, item))) cpSync(join(PROJECT, item), join(root, item), { recursive: true });
  } else {
    cpSync(BASELINE_SOURCE, root, {
      recursive: true,
      filter: (src) =>
        !/\/(dist|\.astro|node_modules)(\/|$)/.test(
          relative(BASELINE_SOURCE, src) ? `/${relative(BASELINE_SOURCE, src)}` : '',
        ),
    });
  }
  cpSync(content, join(root, 'content'), { recursive: true });
  // Inside the project, Node finds packages by walking up; elsewhere each package is linked
  // (the folder stays the site's own, so Astro's and Vite's caches are not shared).
  if (!isInside(root, PROJECT)) {
    mkdirSync(join(root, 'node_modules'));
    for (const entry of readdirSync(join(PROJECT, 'node_modules'))) {
      if (entry === '.astro' || entry === '.vite') continue;
      symlinkSync(join(PROJECT, 'node_modules', entry), join(root, 'node_modules', entry));
    }
  }
}

function clearCaches(root: string): void {
  for (const item of CACHES) rmSync(join(root, item), { recursive: true, force: true });
}

// --- expectations -------------------------------------------------------------------

/** What the contract's page set holds for the generated content (src/lib's rules for days and horizon). */
export function expectedPages(gen: GeneratedContent, nowIso = BENCH_NOW): Expected {
  const now = new Date(nowIso);
  const today = todayIn(SITE_ZONE, now);
  const horizonMonth = addMonths(yearMonthOf(today), HORIZON_MONTHS);
  const horizon = `${yearMonthKey(horizonMonth)}-${String(daysInMonth(horizonMonth.year, horizonMonth.month)).padStart(2, '0')}`;
  const events = gen.events.filter((e) => !e.draft);
  const articles = gen.articles.filter((a) => !a.draft && articlePublishedAt(a, SITE_ZONE).getTime() <= now.getTime());
  const days = new Set<IsoDate>();
  let pastEvents = 0;
  for (const e of events) {
    let upcoming = false;
    for (const o of occurrenceTimes({ ...e, exclude: e.exclude ?? [] }, horizon)) {
      for (const d of eachDate(o.start, lastListedDay(o.start, o.end, o.endTime, DAY_CUTOFF))) days.add(d);
      const end = occurrenceEnd(o);
      if (instantOf(end.date, end.time, e.timezone).getTime() > now.getTime()) upcoming = true;
    }
    if (!upcoming) pastEvents++;
  }
  const sortedDays = [...days].sort();
  const todayMonth = yearMonthOf(today);
  const firstDay = sortedDays[0];
  const lastDay = sortedDays.at(-1);
  const first =
    firstDay && compareYearMonth(yearMonthOf(firstDay), todayMonth) < 0 ? yearMonthOf(firstDay) : todayMonth;
  const last = lastDay && compareYearMonth(yearMonthOf(lastDay), todayMonth) > 0 ? yearMonthOf(lastDay) : todayMonth;
  const tags = new Set([...events.flatMap((e) => e.tags), ...articles.flatMap((a) => a.tags)].map(tagKey));
  const pages = (count: number) => Math.max(1, Math.ceil(count / PAGE_SIZE));
  const months = eachMonth(first, last);
  const expected = {
    eventPages: events.length,
    articlePages: articles.length,
    newsPages: pages(articles.length),
    tagPages: tags.size,
    yearPages: new Set(months.map((m) => m.year)).size,
    monthPages: months.length,
    dayPages: days.size,
    pastEvents,
    pastPages: pages(pastEvents),
  };
  // /, /events/, /calendar/, /tags/ and /404.html, then the lists and one page per item.
  const total =
    5 +
    expected.pastPages +
    expected.eventPages +
    expected.yearPages +
    expected.monthPages +
    expected.dayPages +
    expected.newsPages +
    expected.articlePages +
    expected.tagPages;
  return { ...expected, pages: total };
}

// --- builds -------------------------------------------------------------------------

function buildEnv(): NodeJS.ProcessEnv {
  const { NODE_ENV: _ignored, ...env } = process.env;
  return {
    ...env,
    PATH: `${join(PROJECT, 'node_modules/.bin')}:${env['PATH'] ?? ''}`,
    SITE_NOW: BENCH_NOW,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  };
}

class BuildError extends Error {}

function failure(site: SiteName, what: string, run: CommandRun): BuildError {
  const tail = run.lines
    .slice(-40)
    .map((l) => l.text)
    .join('\n');
  return new BuildError(`${site}: ${what} failed (exit ${run.status}): ${run.command}\n${tail}`);
}

/** One build of a site: `astro build` (the project runs Pagefind inside it), then Pagefind for the baseline. */
async function build(site: SiteName, root: string, what: string, logFile: string): Promise<BuildSample> {
  const astro = join(PROJECT, 'node_modules/astro/bin/astro.mjs');
  const env = buildEnv();
  // Relative to the root, which is the build's working folder.
  const settings = site === 'project' ? BUILD_NODE_OPTIONS : [];
  const run = await runMeasured(process.execPath, [...settings, astro, 'build', '--root', root], {
    cwd: root,
    env,
    timeoutMs: 3_600_000,
  });
  saveLog(logFile, run);
  if (run.status !== 0) throw failure(site, what, run);
  const phases = astroPhases(run.lines, run.wallMs);
  const routes = routeTimes(run.lines);
  let sample: BuildSample = {
    wallMs: run.wallMs,
    cpuMs: run.cpuMs,
    peakRssBytes: run.peakRssBytes,
    peakProcess: run.peakProcess,
    peakTreeRssBytes: run.peakTreeRssBytes,
    phases,
    routes,
  };
  if (site === 'baseline') {
    const pf = await runMeasured(join(PROJECT, 'node_modules/.bin/pagefind'), ['--site', 'dist'], {
      cwd: root,
      env,
      timeoutMs: 3_600_000,
    });
    saveLog(logFile, pf, true);
    if (pf.status !== 0) throw failure(site, `${what} (pagefind)`, pf);
    const bigger = pf.peakRssBytes > run.peakRssBytes ? pf : run;
    sample = {
      wallMs: run.wallMs + pf.wallMs,
      cpuMs: run.cpuMs + pf.cpuMs,
      peakRssBytes: bigger.peakRssBytes,
      peakProcess: bigger.peakProcess,
      peakTreeRssBytes: Math.max(run.peakTreeRssBytes, pf.peakTreeRssBytes),
      phases: astroPhases(run.lines, run.wallMs, pf.wallMs),
      routes,
    };
  }
  return sample;
}

/** Each build's output with the arrival time of each line, in <dir>/<n>/logs/, to look at phases afterwards. */
function saveLog(file: string, run: CommandRun, append = false): void {
  mkdirSync(dirname(file), { recursive: true });
  const text = `$ ${run.command}\n${run.lines.map((l) => `${(l.t / 1000).toFixed(2).padStart(8)} ${l.text}`).join('\n')}\n# exit ${run.status}, wall ${(run.wallMs / 1000).toFixed(2)} s, cpu ${(run.cpuMs / 1000).toFixed(2)} s, peak ${(run.peakRssBytes / 2 ** 20).toFixed(0)} MiB (${run.peakProcess})\n`;
  (append ? appendFileSync : writeFileSync)(file, text);
}

function pagefindPages(dist: string): number {
  let pages = 0;
  for (const bundle of bundleFolders(dist)) {
    try {
      const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
        languages?: Record<string, { page_count?: number }>;
      };
      pages += Object.values(entry.languages ?? {}).reduce((sum, l) => sum + (l.page_count ?? 0), 0);
    } catch {
      // no bundle: nothing indexed there
    }
  }
  return pages;
}

function pagefindStats(dist: string): TreeStats {
  const stats = [join(dist, 'pagefind'), join(dist, 'pagefind-archive')]
    .filter((dir) => existsSync(dir))
    .map(treeStats);
  return { files: stats.reduce((n, s) => n + s.files, 0), bytes: stats.reduce((n, s) => n + s.bytes, 0) };
}

function outputOf(dist: string, samplePages: string[]): Pick<SiteResult, 'output' | 'pagefind' | 'pageScripts'> {
  const pageScripts: SiteResult['pageScripts'] = {};
  for (const p of samplePages) pageScripts[p] = pageScriptBytes(dist, p);
  return {
    output: { ...treeStats(dist), htmlPages: htmlPages(dist).length },
    pagefind: { ...pagefindStats(dist), pages: pagefindPages(dist) },
    pageScripts,
  };
}

const ms = (values: BuildSample[], key: 'wallMs' | 'cpuMs') => median(values.map((v) => v[key]));

function medianRoutes(samples: BuildSample[]): Record<string, { files: number; ms: number }> {
  const names = new Set(samples.flatMap((s) => Object.keys(s.routes)));
  const out: Record<string, { files: number; ms: number }> = {};
  for (const name of [...names].sort()) {
    out[name] = {
      files: Math.round(median(samples.map((s) => s.routes[name]?.files ?? 0))),
      ms: Math.round(median(samples.map((s) => s.routes[name]?.ms ?? 0))),
    };
  }
  return out;
}

function medianPhases(samples: BuildSample[]): Record<string, number> {
  const names = new Set(samples.flatMap((s) => Object.keys(s.phases)));
  const out: Record<string, number> = {};
  for (const name of names) out[name] = Math.round(median(samples.map((s) => s.phases[name] ?? NaN)));
  return out;
}

/** Contract pages only: what both sites must have (/search/ is the project's). */
function contractPages(pages: string[]): string[] {
  return pages.filter((p) => p !== '/search/');
}

// --- the run ----------------------------------------------------------------------------

/** One N's generated content and sites, and what its builds measured so far. */
interface Prepared {
  n: number;
  nDir: string;
  gen: GeneratedContent;
  expected: Expected;
  touchedFile: string;
  editedFile: string;
  editedSlug: string;
  samplePages: string[];
  samples: Record<SiteName, { cold: BuildSample[]; touch: BuildSample[]; edit: BuildSample[]; editVisible: boolean }>;
  stats: Partial<Record<SiteName, Pick<SiteResult, 'output' | 'pagefind' | 'pageScripts'> & { pages: string[] }>>;
}

export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const prepared = options.ns.map((n) => prepare(n, options, log));
  // Every N is measured in every run, smallest first in odd runs and largest first in even ones,
  // so a ratio between sizes compares builds made minutes apart, not a whole bench apart.
  for (let r = 1; r <= options.runs; r++) {
    for (const p of r % 2 === 1 ? prepared : [...prepared].reverse()) await measureRun(p, r, options, log);
  }
  const results: NResult[] = [];
  for (const p of prepared) {
    results.push(await summarise(p, options, log));
    if (!options.keep) rmSync(p.nDir, { recursive: true, force: true });
  }
  const cpu = cpus();
  return {
    date: new Date().toISOString(),
    siteNow: BENCH_NOW,
    seed: options.seed,
    runs: options.runs,
    machine: {
      cpus: cpu.length,
      cpuModel: cpu[0]?.model ?? '?',
      memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
      freeMemoryGiB: Math.round((freemem() / 2 ** 30) * 10) / 10,
      node: process.version,
      os: `${process.platform} ${release()}`,
      astro: packageVersion('astro'),
      pagefind: packageVersion('pagefind'),
    },
    results,
    scaling: scalingOf(results),
  };
}

/** Cold-build growth between each pair of consecutive sizes, per site measured at both. */
export function scalingOf(results: readonly Pick<NResult, 'n' | 'sites'>[]): Scaling[] {
  const sorted = [...results].sort((a, b) => a.n - b.n);
  const out: Scaling[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const small = sorted[i - 1]!;
    const large = sorted[i]!;
    for (const site of ['project', 'baseline'] as const) {
      const a = small.sites[site]?.cold ?? [];
      const b = large.sites[site]?.cold ?? [];
      if (a.length === 0 || b.length === 0) continue;
      const pairs = a.slice(0, b.length).map((x, k) => round2(b[k]!.wallMs / x.wallMs));
      out.push({
        site,
        from: small.n,
        to: large.n,
        cold: round2(ms(b, 'wallMs') / ms(a, 'wallMs')),
        coldCpu: round2(ms(b, 'cpuMs') / ms(a, 'cpuMs')),
        pairs,
      });
    }
  }
  return out;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Generates N's content and lays out each site beside it. */
function prepare(n: number, options: BenchOptions, log: (line: string) => void): Prepared {
  const nDir = join(options.dir, String(n));
  rmSync(nDir, { recursive: true, force: true });
  const source = join(nDir, 'source');
  log(`N=${n}: generating ${n} events and ${n} articles (seed ${options.seed})`);
  const gen = generateContent(source, { n, seed: options.seed });
  const published = gen.articles
    .filter(
      (a) => !a.draft && instantOf(a.date, a.time ?? '00:00', SITE_ZONE).getTime() <= new Date(BENCH_NOW).getTime(),
    )
    .map((a) => a.file)
    .sort();
  const editedFile = published[Math.floor(published.length / 3)]!;
  const editedSlug = gen.articles.find((a) => a.file === editedFile)!.slug;
  const firstEvent = gen.events.find((e) => !e.draft)!.slug;
  for (const site of options.sites) layoutSite(join(nDir, site), site, join(source, 'content'));
  const none = () => ({ cold: [], touch: [], edit: [], editVisible: true });
  return {
    n,
    nDir,
    gen,
    expected: expectedPages(gen),
    touchedFile: published[Math.floor(published.length / 2)]!,
    editedFile,
    editedSlug,
    samplePages: ['/', '/events/', `/events/${firstEvent}/`, '/news/', `/news/${editedSlug}/`, '/calendar/'],
    samples: { project: none(), baseline: none() },
    stats: {},
  };
}

/** Run r at one N: each site's cold build (alternating which goes first), then the rebuilds asked for. */
async function measureRun(p: Prepared, r: number, options: BenchOptions, log: (line: string) => void): Promise<void> {
  const { n, nDir } = p;
  const order = r % 2 === 1 ? options.sites : [...options.sites].reverse();
  for (const site of order) {
    const root = join(nDir, site);
    const s = p.samples[site];
    clearCaches(root);
    const logs = join(nDir, 'logs');
    const cold = await build(site, root, `cold build, run ${r}`, join(logs, `${site}-${r}-cold.log`));
    s.cold.push(cold);
    const dist = join(root, 'dist');
    p.stats[site] = { ...outputOf(dist, p.samplePages), pages: contractPages(htmlPages(dist)) };
    log(
      `N=${n} ${site} run ${r}: cold ${(cold.wallMs / 1000).toFixed(1)} s (cpu ${(cold.cpuMs / 1000).toFixed(1)} s, peak ${(cold.peakRssBytes / 2 ** 20).toFixed(0)} MiB ${cold.peakProcess})`,
    );

    const rebuilds = options.rebuilds ?? ['touch', 'edit'];
    if (rebuilds.includes('touch')) {
      const t = new Date(Date.now() + 2000);
      utimesSync(join(root, p.touchedFile), t, t);
      const touch = await build(site, root, `rebuild after touch, run ${r}`, join(logs, `${site}-${r}-touch.log`));
      s.touch.push(touch);
      log(`N=${n} ${site} run ${r}: touch ${(touch.wallMs / 1000).toFixed(1)} s`);
    }
    if (rebuilds.includes('edit')) {
      const edited = join(root, p.editedFile);
      const original = readFileSync(edited, 'utf8');
      const mark = `${EDIT_MARK}, run ${r}.`;
      writeFileSync(edited, `${original.trimEnd()}\n\n${mark}\n`);
      const edit = await build(site, root, `rebuild after edit, run ${r}`, join(logs, `${site}-${r}-edit.log`));
      s.edit.push(edit);
      if (!readFileSync(join(dist, 'news', p.editedSlug, 'index.html'), 'utf8').includes(mark)) s.editVisible = false;
      writeFileSync(edited, original);
      log(
        `N=${n} ${site} run ${r}: edit ${(edit.wallMs / 1000).toFixed(1)} s${s.editVisible ? '' : ' (EDIT NOT VISIBLE)'}`,
      );
    }
  }
}

/** One N's medians, outputs, page sets and project / baseline ratios (and the first query, if asked for). */
async function summarise(prep: Prepared, options: BenchOptions, log: (line: string) => void): Promise<NResult> {
  const { n, nDir, gen, stats, expected } = prep;
  const sites: NResult['sites'] = {};
  for (const site of options.sites) {
    const s = prep.samples[site];
    const all = [...s.cold, ...s.touch, ...s.edit];
    const top = all.reduce((a, b) => (b.peakRssBytes > a.peakRssBytes ? b : a));
    const { pages: _pages, ...out } = stats[site]!;
    sites[site] = {
      cold: s.cold,
      touch: s.touch,
      edit: s.edit,
      median: {
        coldMs: Math.round(ms(s.cold, 'wallMs')),
        touchMs: Math.round(ms(s.touch, 'wallMs')),
        editMs: Math.round(ms(s.edit, 'wallMs')),
        coldCpuMs: Math.round(ms(s.cold, 'cpuMs')),
        touchCpuMs: Math.round(ms(s.touch, 'cpuMs')),
        editCpuMs: Math.round(ms(s.edit, 'cpuMs')),
        peakRssBytes: top.peakRssBytes,
        peakProcess: top.peakProcess,
        coldPhases: medianPhases(s.cold),
        touchPhases: medianPhases(s.touch),
        editPhases: medianPhases(s.edit),
        coldRoutes: medianRoutes(s.cold),
      },
      editVisible: s.editVisible,
      ...out,
    };
    if (options.browser) {
      log(`N=${n} ${site}: first query "${options.query}" in Chromium`);
      const fq = await measureFirstQuery(join(nDir, site, 'dist'), options.query);
      if (fq) sites[site].firstQuery = fq;
    }
  }

  const result: NResult = {
    n,
    content: { events: gen.events.length, articles: gen.articles.length, files: gen.files, bytes: gen.bytes },
    expected,
    touchedFile: prep.touchedFile,
    editedFile: prep.editedFile,
    sites,
  };
  const p = sites.project;
  const b = sites.baseline;
  if (stats.project && stats.baseline) {
    const proj = new Set(stats.project.pages);
    const base = new Set(stats.baseline.pages);
    const onlyProject = [...proj].filter((x) => !base.has(x));
    const onlyBaseline = [...base].filter((x) => !proj.has(x));
    result.pageSet = {
      match: onlyProject.length === 0 && onlyBaseline.length === 0,
      onlyProject: onlyProject.slice(0, 20),
      onlyBaseline: onlyBaseline.slice(0, 20),
    };
  }
  if (p && b) {
    const ratio = (x: number, y: number) => round2(x / y);
    const phases: NonNullable<NResult['ratios']>['phases'] = {};
    for (const kind of BUILD_KINDS) {
      const pp = p.median[`${kind}Phases`];
      const bp = b.median[`${kind}Phases`];
      const both = PHASES.filter((name) => pp[name] !== undefined && (bp[name] ?? 0) > 0);
      if (both.length > 0) phases[kind] = Object.fromEntries(both.map((name) => [name, ratio(pp[name]!, bp[name]!)]));
    }
    result.ratios = {
      cold: ratio(p.median.coldMs, b.median.coldMs),
      touch: ratio(p.median.touchMs, b.median.touchMs),
      edit: ratio(p.median.editMs, b.median.editMs),
      coldCpu: ratio(p.median.coldCpuMs, b.median.coldCpuMs),
      peakRss: ratio(p.median.peakRssBytes, b.median.peakRssBytes),
      outputBytes: ratio(p.output.bytes, b.output.bytes),
      pagefindBytes: ratio(p.pagefind.bytes, b.pagefind.bytes),
      phases,
    };
  }
  return result;
}

function packageVersion(name: string): string {
  try {
    return (
      JSON.parse(readFileSync(join(PROJECT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }
    ).version;
  } catch {
    return '?';
  }
}

// --- the table ---------------------------------------------------------------------------

const sec = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? '-' : `${(v / 1000).toFixed(1)} s`);
const mib = (v: number | undefined) =>
  v === undefined || !Number.isFinite(v) ? '-' : `${(v / 2 ** 20).toFixed(0)} MiB`;
const kib = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? '-' : `${(v / 1024).toFixed(1)} KiB`);
const count = (v: number | undefined) => (v === undefined ? '-' : String(v));

const PHASE_LABELS: Record<Phase, string> = {
  startup: 'startup (project: its content check starts)',
  contentSync: 'content sync (project: with the rest of the check)',
  bundle: 'bundle (types, Vite)',
  render: 'render (pages written)',
  pagefind: 'Pagefind (project: with the sitemap)',
  sitemapOther: 'sitemap, other, exit',
  total: 'total',
};

/** Wall time by phase: a column per site and kind of build measured, and project / baseline. */
function phaseTable(r: NResult): string[] {
  const sites = (['project', 'baseline'] as const).filter((name) => r.sites[name]);
  const kinds = BUILD_KINDS.filter((kind) => sites.some((name) => r.sites[name]![kind].length > 0));
  const withRatio = sites.length === 2;
  const head = kinds.flatMap((kind) => [...sites.map((name) => `${kind}: ${name}`), ...(withRatio ? ['ratio'] : [])]);
  const lines = [`| phase | ${head.join(' | ')} |`, `|---|${head.map(() => '---:|').join('')}`];
  for (const phase of PHASES) {
    const cells = kinds.flatMap((kind) => {
      const times = sites.map((name) => sec(r.sites[name]!.median[`${kind}Phases`][phase]));
      const ratio = r.ratios?.phases[kind]?.[phase];
      return [...times, ...(withRatio ? [ratio === undefined ? '-' : `${ratio.toFixed(2)}x`] : [])];
    });
    lines.push(`| ${PHASE_LABELS[phase]} | ${cells.join(' | ')} |`);
  }
  return lines;
}

/** The results as a Markdown table per N: metric, project, baseline, project/baseline. */
export function formatTable(result: BenchResult): string {
  const out: string[] = [];
  for (const r of result.results) {
    const p = r.sites.project;
    const b = r.sites.baseline;
    const rows: [string, string, string, string][] = [];
    const row = (name: string, get: (s: SiteResult) => number | undefined, fmt: (v: number | undefined) => string) => {
      const pv = p ? get(p) : undefined;
      const bv = b ? get(b) : undefined;
      const ratio = pv !== undefined && bv !== undefined && bv > 0 ? `${(pv / bv).toFixed(2)}x` : '-';
      rows.push([name, fmt(pv), fmt(bv), ratio]);
    };
    row('cold build', (s) => s.median.coldMs, sec);
    row('cold build, CPU', (s) => s.median.coldCpuMs, sec);
    row('rebuild after touch', (s) => s.median.touchMs, sec);
    row('rebuild after edit', (s) => s.median.editMs, sec);
    row('peak RSS (largest process)', (s) => s.median.peakRssBytes, mib);
    row('output files', (s) => s.output.files, count);
    row('output bytes', (s) => s.output.bytes, mib);
    row('HTML pages', (s) => s.output.htmlPages, count);
    row('Pagefind index', (s) => s.pagefind.bytes, mib);
    row('Pagefind pages indexed', (s) => s.pagefind.pages, count);
    row('first query (API), gzip', (s) => s.firstQuery?.api?.gzipBytes, kib);
    row('first query (/search/), gzip', (s) => s.firstQuery?.searchPage?.gzipBytes, kib);
    row(`median of ${BENCH_QUERIES.length} queries (/search/), gzip`, (s) => s.firstQuery?.medianGzipBytes, kib);
    row('largest page JS, gzip', (s) => Math.max(...Object.values(s.pageScripts).map((x) => x.gzip)), kib);
    out.push(
      `N = ${r.n} events + ${r.n} articles (${r.expected.pages} contract pages expected; page sets ${r.pageSet ? (r.pageSet.match ? 'match' : 'DIFFER') : 'not compared'}), medians of ${result.runs} run(s)`,
    );
    out.push('');
    out.push('| metric | project | baseline | project/baseline |');
    out.push('|---|---:|---:|---:|');
    for (const [a, bb, c, d] of rows) out.push(`| ${a} | ${bb} | ${c} | ${d} |`);
    out.push('');
    out.push(...phaseTable(r));
    out.push('');
    for (const [name, s] of Object.entries(r.sites)) {
      out.push(`${name} largest process: ${s.median.peakProcess}`);
      const routes = Object.entries(s.median.coldRoutes)
        .sort((a, b) => b[1].ms - a[1].ms)
        .map(([k, v]) => `${k} ${v.files} × ${(v.ms / Math.max(1, v.files)).toFixed(1)} ms = ${sec(v.ms)}`)
        .join('; ');
      out.push(`${name} render time by route: ${routes}`);
    }
    for (const [name, s] of Object.entries(r.sites)) out.push(...firstQueryLines(name, s.firstQuery));
    out.push('');
  }
  out.push(...scalingTable(result.scaling, result.runs));
  return out.join('\n');
}

/** How cold builds grow with N: the ratio of medians, and each run's pair of builds made one after the other. */
function scalingTable(scaling: readonly Scaling[], runs: number): string[] {
  if (scaling.length === 0) return [];
  return [
    `Cold builds as N grows (every N measured in each of ${runs} run(s), sizes alternating)`,
    '',
    '| site | N | wall time, ratio of medians | CPU time | each run |',
    '|---|---|---:|---:|---|',
    ...scaling.map(
      (s) =>
        `| ${s.site} | ${s.from} → ${s.to} | ${s.cold.toFixed(2)}x | ${s.coldCpu.toFixed(2)}x | ${s.pairs.map((x) => `${x.toFixed(2)}x`).join(', ')} |`,
    ),
    '',
  ];
}
