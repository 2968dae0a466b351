/**
 * Starts the build's content check before Astro loads: `npm run build` runs
 * Node with `--import` of this file. Astro takes about a second to start up
 * and load astro.config.mjs, on one core; content-guard, whose
 * astro:config:setup would start the check otherwise, finds it running
 * (shared-check.ts) and takes it if it checks the same folder with the
 * options the configuration gives, or stops it and starts its own. Begun a
 * second earlier, the check is done about when the loaders have rendered the
 * Markdown, instead of a second after (docs/performance.md, fifth round).
 */
import { join, resolve } from 'node:path';
import { site } from '../site.config.ts';
import { checkProjectInThread } from './project-check-thread.ts';
import { buildCheckOptions, shareEarlyCheck } from './shared-check.ts';

/** `astro build [--root <folder>]`, as Astro's command line reads it; anything else is left alone. */
export function buildRoot(args: readonly string[]): string | undefined {
  if (args[0] !== 'build') return undefined;
  const at = args.indexOf('--root');
  const root = at >= 0 ? args[at + 1] : args.find((a) => a.startsWith('--root='))?.slice('--root='.length);
  return resolve(root ?? process.cwd());
}

const root = buildRoot(process.argv.slice(2));
if (root !== undefined) {
  // What content-guard gives the check with this project's astro.config.mjs (Astro's default cache folder).
  const options = buildCheckOptions(site, join(root, 'node_modules/.astro'));
  shareEarlyCheck(root, options, checkProjectInThread(root, options));
}
