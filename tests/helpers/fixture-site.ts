/**
 * Builds a fixture site: a copy of the project's code with a fixture's
 * content/, built in a child process as `npm run build` builds it (as CI and
 * Netlify run it), or by plain `astro build`, with "now" pinned so the output
 * does not depend on the day.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, existsSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const PROJECT = resolve(import.meta.dirname, '../..');
/** Where fixture sites are laid out; `TEST_TMP` lets parallel runs keep apart. */
export const TMP = process.env['TEST_TMP'] ? resolve(process.env['TEST_TMP']) : join(PROJECT, 'tests/.tmp');
export const FIXTURE_NOW = '2025-12-01T12:00:00Z';

export interface BuiltSite {
  root: string;
  dist: string;
  status: number;
  output: string;
}

const CODE = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'scripts/build.env'];

/** Lays out `name` (a folder under tests/fixtures) as a site root in tests/.tmp/<as>. */
export function layoutFixture(name: string, as = name): string {
  const root = join(TMP, as);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const item of CODE) cpSync(join(PROJECT, item), join(root, item), { recursive: true });
  cpSync(join(PROJECT, 'tests/fixtures', name, 'content'), join(root, 'content'), { recursive: true });
  // Outside the project, packages are found through links to each package in its
  // node_modules. The folder itself is the fixture's own, so Astro's and Vite's
  // caches (node_modules/.astro, .vite) are not shared by parallel fixture builds.
  if (!root.startsWith(PROJECT)) {
    mkdirSync(join(root, 'node_modules'));
    for (const entry of readdirSync(join(PROJECT, 'node_modules'))) {
      if (entry === '.astro' || entry === '.vite') continue;
      symlinkSync(join(PROJECT, 'node_modules', entry), join(root, 'node_modules', entry));
    }
  }
  return root;
}

/**
 * The environment of a fixture build: as CI builds it. Vitest's NODE_ENV=test,
 * and in test workers its import.meta.env mirror (MODE=test, DEV, PROD, SSR,
 * BASE_URL), must not leak into the site build: with them `astro build` renders
 * as the dev server (import.meta.env.DEV is true).
 */
export function buildEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
  const parentEnv = { ...process.env };
  for (const name of ['NODE_ENV', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL']) delete parentEnv[name];
  return {
    ...parentEnv,
    PATH: `${join(PROJECT, 'node_modules/.bin')}:${process.env['PATH']}`,
    SITE_NOW: FIXTURE_NOW,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    ...env,
  };
}

/**
 * `npm run build` (the project's script, whose paths are relative to the
 * root) or plain `astro build`, where Astro's own start is all there is
 * (content-guard then starts the content check itself).
 */
export type BuildCommand = 'npm run build' | 'astro build';

/** The program and its arguments for a build of `root`, run in `root`; node is the project's pinned one. */
export function buildCommand(root: string, how: BuildCommand = 'npm run build'): [string, string[]] {
  if (how === 'astro build') return [join(PROJECT, 'node_modules/.bin/astro'), ['build', '--root', root]];
  const script = (JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')) as { scripts: { build: string } })
    .scripts.build;
  const [node, ...args] = script.split(' ');
  if (node !== 'node') throw new Error(`npm run build is not a node command: ${script}`);
  // Packages from the project's node_modules (a fixture inside the project has none of its own).
  const resolved = args.map((arg) => (arg.startsWith('node_modules/') ? join(PROJECT, arg) : arg));
  return [join(PROJECT, 'node_modules/.bin/node'), [...resolved, '--root', root]];
}

/** Builds `root` as `how` says. */
export function buildSite(root: string, env: Record<string, string> = {}, how?: BuildCommand): BuiltSite {
  const [program, args] = buildCommand(root, how);
  const result = spawnSync(program, args, {
    cwd: root,
    encoding: 'utf8',
    env: buildEnv(env),
    timeout: 300_000,
  });
  return { root, dist: join(root, 'dist'), status: result.status ?? -1, output: `${result.stdout}\n${result.stderr}` };
}

export function hasDist(root: string): boolean {
  return existsSync(join(root, 'dist'));
}
