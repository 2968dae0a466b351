/**
 * `npm run lighthouse [-- --runs 3] [--pages home,search] [--json out.json] [--reports <folder>] [--no-build] [--now <ISO>] [--query fhir]`
 *
 * Builds the site (`astro build` with SITE_NOW pinned, default a moment at which
 * the sample content has upcoming events), serves dist/ on loopback with the
 * headers netlify.toml gives each path and gzipped as Netlify sends text
 * (src/node/static-server.ts, src/node/netlify-headers.ts), and runs Lighthouse's default mobile audit
 * (simulated throttling) in Debian's Chromium on one page of each type
 * (scripts/lighthouse/pages.ts). Prints the four category scores per page, the
 * median of --runs with its range, and the audits under 1 of every category
 * under 100 (scripts/lighthouse/report.ts); `--json` writes that summary,
 * `--reports` each run's whole Lighthouse result (for its details, or to open
 * in Lighthouse's report viewer). Slow (about 8 s a page a run), so
 * not part of `npm test`. Figures: docs/performance.md.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROMIUM, CHROMIUM_FLAGS, hasChromium } from '../src/node/chromium.ts';
import { headersFor, readNetlifyHeaders } from '../src/node/netlify-headers.ts';
import { serveDist } from '../src/node/static-server.ts';
import { buildEnv, PROJECT } from '../tests/helpers/fixture-site.ts';
import { choosePages, DEFAULT_PAGE_CHOICE, PAGE_NAMES, type AuditedPage } from './lighthouse/pages.ts';
import { CATEGORIES, formatFailures, formatTable, medianIndex, summarisePage } from './lighthouse/report.ts';

/** Early December 2026: events later that month and in 2027 are upcoming in the sample content. */
const DEFAULT_NOW = '2026-12-01T12:00:00Z';

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: PAGE_NAMES.join(',') },
    runs: { type: 'string', default: '3' },
    json: { type: 'string' },
    reports: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    now: { type: 'string', default: DEFAULT_NOW },
    query: { type: 'string', default: DEFAULT_PAGE_CHOICE.query },
  },
});

const runs = Number(values.runs);
const wanted = values.pages.split(',').map((s) => s.trim());
const problems = [
  ...(Number.isInteger(runs) && runs >= 1 ? [] : [`--runs: "${values.runs}" is not a positive whole number`]),
  ...wanted
    .filter((name) => !(PAGE_NAMES as readonly string[]).includes(name))
    .map((name) => `--pages: "${name}" is not one of ${PAGE_NAMES.join(', ')}`),
  ...(Number.isNaN(new Date(values.now).getTime()) ? [`--now: "${values.now}" is not a date`] : []),
  ...(hasChromium() ? [] : [`no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`]),
];
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(2);
}

const dist = join(PROJECT, 'dist');
if (!values['no-build']) {
  console.log(`Building with SITE_NOW=${values.now} ...`);
  const build = spawnSync(join(PROJECT, 'node_modules/.bin/astro'), ['build'], {
    cwd: PROJECT,
    env: buildEnv({ SITE_NOW: values.now }),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (build.status !== 0) {
    console.error(`${build.stdout}\n${build.stderr}\nastro build failed (exit ${build.status ?? 'none'})`);
    process.exit(1);
  }
} else if (!existsSync(join(dist, 'index.html'))) {
  console.error('--no-build: dist/ has no built site; run without --no-build first');
  process.exit(2);
}

const builtHtml = (urlPath: string) => {
  const file = join(dist, urlPath, 'index.html');
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
};
const chosen = choosePages(builtHtml, { ...DEFAULT_PAGE_CHOICE, query: values.query });
for (const problem of chosen.problems) console.warn(`warning: ${problem}`);
const pages: AuditedPage[] = chosen.pages.filter((p) => wanted.includes(p.name));

const rules = readNetlifyHeaders(join(PROJECT, 'netlify.toml'));
// Compressed, as Netlify serves text: uncompressed HTML and CSS would cost the
// simulated mobile network time that readers never wait for.
const server = await serveDist(dist, { headers: (path) => headersFor(rules, path), compress: true });
// A fresh profile (chrome-launcher makes and removes a temporary --user-data-dir).
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM,
  chromeFlags: ['--headless', ...CHROMIUM_FLAGS],
});
/**
 * One Lighthouse run, tried again up to twice when Lighthouse reports a runtime
 * error (it sometimes fails to record the trace of a load, NO_NAVSTART).
 */
async function auditWithRetries(url: string, label: string): Promise<Result | undefined> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    const error = result ? result.lhr.runtimeError : { code: 'NO_RESULT', message: 'Lighthouse returned nothing' };
    if (result && !error) return result.lhr;
    console.error(`${label}: ${error?.code ?? ''} ${error?.message ?? ''}${attempt < 3 ? ', trying again' : ''}`);
  }
  return undefined;
}

const results = new Map<string, Result[]>(pages.map((p) => [p.path, []]));
let failed = 0;
try {
  // Run after run over all pages, so that a passing burst of load elsewhere on
  // the machine falls on one run of several pages rather than on all runs of one.
  for (let run = 1; run <= runs; run++) {
    for (const page of pages) {
      const started = Date.now();
      const lhr = await auditWithRetries(`${server.url}${page.path}`, `run ${run} ${page.path}`);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (!lhr) {
        failed++;
        continue;
      }
      results.get(page.path)!.push(lhr);
      if (values.reports) {
        mkdirSync(resolve(values.reports), { recursive: true });
        writeFileSync(join(resolve(values.reports), `${page.name}-run${run}.json`), JSON.stringify(lhr));
      }
      const scores = CATEGORIES.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100)).join(' ');
      console.log(`run ${run}/${runs} ${page.path}: ${scores} (${seconds} s)`);
    }
  }
} finally {
  chrome.kill();
  await server.close();
}

const summaries = pages.map((page) => summarisePage(page, results.get(page.path) ?? []));
console.log(`\nLighthouse, mobile (simulated throttling), median of ${runs} run(s), SITE_NOW=${values.now}\n`);
console.log(formatTable(summaries));
console.log(`\n${formatFailures(summaries)}`);
// Lighthouse's CPU benchmark, taken at each run: lower when other work shares the
// machine, and then the simulated Total Blocking Time grows (4x the tasks seen).
const benchmarks = [...results.values()].flat().map((lhr) => Math.round(lhr.environment.benchmarkIndex));
if (benchmarks.length > 0) {
  const middle = benchmarks[medianIndex(benchmarks)];
  console.log(
    `\nCPU benchmark index over the runs: ${Math.min(...benchmarks)} to ${Math.max(...benchmarks)}, median ${middle}`,
  );
}
const warnings = [...new Set(summaries.flatMap((s) => s.warnings))];
if (warnings.length > 0) console.log(`\nLighthouse's warnings:\n${warnings.map((w) => `- ${w}`).join('\n')}`);

if (values.json) {
  const out = resolve(values.json);
  mkdirSync(dirname(out), { recursive: true });
  const first = [...results.values()].flat()[0];
  const report = {
    now: values.now,
    runs,
    lighthouseVersion: first?.lighthouseVersion,
    userAgent: first?.environment.hostUserAgent,
    benchmarkIndex: benchmarks,
    pages: summaries,
  };
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nWritten to ${out}`);
}
if (failed > 0) process.exitCode = 1;
