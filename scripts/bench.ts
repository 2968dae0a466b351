/**
 * `npm run bench -- --n 1000,5000,10000 [--runs 3] [--seed 1] [--out bench-results/bench.json]`
 *
 * Builds the project and the plain baseline (scripts/bench/baseline) on the same
 * generated content, side by side, and prints and writes the figures, with a
 * table of each kind of build's phases (startup, content sync, bundle, render,
 * Pagefind, sitemap and the rest; scripts/bench/measure.ts) for both sites and
 * their ratio; see scripts/bench/run.ts for what is measured and
 * docs/performance.md for results.
 *
 * Other options: --dir <folder> (default .bench/, gitignored), --sites project,baseline,
 * --no-browser (skip the first-query measurement), --query <word> (default "health"),
 * --keep (keep the built sites in <dir>/<n>/ for a look afterwards).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatTable, PROJECT, runBench, type SiteName } from './bench/run.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string', default: 'bench-results/bench.json' },
    dir: { type: 'string', default: join(PROJECT, '.bench') },
    sites: { type: 'string', default: 'project,baseline' },
    query: { type: 'string', default: 'health' },
    'no-browser': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    /** `touch,edit` (default), one of them, or `none` for cold builds only (quicker at large N). */
    rebuilds: { type: 'string', default: 'touch,edit' },
  },
});

const ns = values.n.split(',').map((s) => Number(s.trim()));
const runs = Number(values.runs);
const seed = Number(values.seed);
const siteNames = values.sites.split(',').map((s) => s.trim());
const rebuildNames = values.rebuilds === 'none' ? [] : values.rebuilds.split(',').map((s) => s.trim());
const problems = [
  ...ns.filter((n) => !Number.isInteger(n) || n < 1).map((n) => `--n: "${n}" is not a positive whole number`),
  ...(Number.isInteger(runs) && runs >= 1 ? [] : [`--runs: "${String(values.runs)}" is not a positive whole number`]),
  ...(Number.isInteger(seed) ? [] : [`--seed: "${String(values.seed)}" is not a whole number`]),
  ...siteNames
    .filter((s) => s !== 'project' && s !== 'baseline')
    .map((s) => `--sites: "${s}" is not project or baseline`),
  ...rebuildNames
    .filter((s) => s !== 'touch' && s !== 'edit')
    .map((s) => `--rebuilds: "${s}" is not touch, edit or none`),
];
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(2);
}
const sites = siteNames as SiteName[];
const rebuilds = rebuildNames as ('touch' | 'edit')[];

const result = await runBench({
  ns,
  runs,
  seed,
  sites,
  dir: resolve(values.dir),
  browser: !values['no-browser'],
  query: values.query,
  keep: values.keep,
  rebuilds,
});
const out = resolve(PROJECT, values.out);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
console.log(`\n${formatTable(result)}\nWritten to ${out}`);
const bad = result.results.filter(
  (r) => (r.pageSet && !r.pageSet.match) || Object.values(r.sites).some((s) => !s.editVisible),
);
if (bad.length > 0) {
  console.error(`Check the results: page sets differ or an edit did not show for N=${bad.map((r) => r.n).join(', ')}`);
  process.exitCode = 1;
}
