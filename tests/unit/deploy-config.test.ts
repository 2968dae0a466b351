/**
 * The CI workflow runs what .ci/run runs, on the Node of .nvmrc, and the daily
 * rebuild posts the Netlify build hook from its secret. (netlify.toml is tested
 * against the built site in tests/site/quality-headers.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PROJECT } from '../helpers/fixture-site.ts';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface Job {
  if?: string;
  container?: string;
  steps: Step[];
}
const workflow = parse(readFileSync(join(PROJECT, '.github/workflows/ci.yml'), 'utf8')) as {
  on: Record<string, unknown>;
  concurrency: { group: string };
  jobs: Record<string, Job>;
};
const ciRun = readFileSync(join(PROJECT, '.ci/run'), 'utf8');
const readme = readFileSync(join(PROJECT, 'README.md'), 'utf8');
/** The README's set-up command that runs the tests: the line after its "# run every test" comment. */
const readmeTestCommand = /^# run every test.*\n(.+)$/m.exec(readme)?.[1];
const runs = (job: Job) => job.steps.map((s) => s.run ?? '').join('\n');

describe('the CI workflow', () => {
  const test = workflow.jobs['test']!;

  it('runs on pull requests and main, one run per branch at a time, and daily', () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['pull_request', 'push', 'schedule']));
    expect(workflow.on['push']).toEqual({ branches: ['main'] });
    expect(workflow.concurrency.group).toBeTruthy();
  });

  it(".ci/run runs the README's test command on a git archive in a folder with no siblings", () => {
    expect(readmeTestCommand).toBe('npm ci && npm test');
    expect(ciRun.split('\n')).toContain(readmeTestCommand);
    expect(ciRun).toMatch(/^\s*git -C "\$repo" archive --format=tar HEAD \| tar -x -C "\$work\/site"$/m);
    expect(ciRun).toMatch(/^work="\$\(mktemp -d\)"$/m);
    expect(ciRun).toMatch(/^cd "\$work\/site"$/m);
  });

  it('runs the commands of .ci/run: Chromium from apt, npm ci, npm test; and the content check', () => {
    expect(ciRun).toMatch(/apt-get install -y -qq chromium/);
    expect(runs(test)).toMatch(/apt-get install .*chromium/);
    expect(runs(test)).toMatch(/^npm ci\b/m);
    expect(runs(test)).toMatch(/^npm test$/m);
    expect(runs(test)).toMatch(/^npm run check$/m);
    expect(JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')).scripts.check).toBeTruthy();
  });

  it("takes Node from .nvmrc with npm caching, and keeps Astro's cache", () => {
    const node = test.steps.find((s) => s.uses?.startsWith('actions/setup-node@'));
    expect(node?.with).toMatchObject({ 'node-version-file': '.nvmrc', cache: 'npm' });
    const cache = test.steps.find((s) => s.uses?.startsWith('actions/cache@'));
    expect(cache?.with?.['path']).toMatch(/node_modules\/\.astro/);
    // npm ci deletes node_modules: the cache must be restored after it.
    expect(test.steps.indexOf(cache!)).toBeGreaterThan(test.steps.findIndex((s) => /^npm ci/.test(s.run ?? '')));
  });

  it('pins every action to a full commit SHA', () => {
    for (const job of Object.values(workflow.jobs))
      for (const step of job.steps) if (step.uses) expect(step.uses).toMatch(/@[0-9a-f]{40}$/);
  });

  it('rebuilds daily by posting the Netlify build hook kept in a secret', () => {
    const rebuild = workflow.jobs['rebuild']!;
    expect(rebuild.if).toMatch(/schedule/);
    expect(rebuild.steps[0]?.env?.['NETLIFY_BUILD_HOOK']).toBe('${{ secrets.NETLIFY_BUILD_HOOK }}');
    expect(runs(rebuild)).toMatch(/curl .*-X POST/);
  });
});
