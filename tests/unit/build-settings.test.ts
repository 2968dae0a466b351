/**
 * `npm run build` starts Node with scripts/build.env, the allocator setting
 * that keeps the build's memory down (docs/performance.md), and the benchmark
 * measures the build the same way.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { PROJECT } from '../helpers/fixture-site.ts';
import { BUILD_ENV_FILE, BUILD_NODE_OPTIONS } from '../../scripts/bench/run.ts';

const buildScript = (JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')) as { scripts: { build: string } })
  .scripts.build;

describe('npm run build', () => {
  it("is Astro's build, with Node reading the build's settings and starting the content check first", () => {
    expect(buildScript).toBe(`node ${BUILD_NODE_OPTIONS.join(' ')} node_modules/astro/bin/astro.mjs build`);
  });

  it('hands freed memory back at once in mimalloc (Rolldown, the Astro compiler)', () => {
    expect(parseEnv(readFileSync(join(PROJECT, BUILD_ENV_FILE), 'utf8'))).toEqual({ MIMALLOC_PURGE_DELAY: '0' });
  });

  it('gives them to the build and to the processes it starts, unless they are set already', () => {
    const seen = (env: NodeJS.ProcessEnv) =>
      execFileSync(
        process.execPath,
        [
          `--env-file=${BUILD_ENV_FILE}`,
          '-e',
          `process.stdout.write(require('node:child_process').execSync('printenv MIMALLOC_PURGE_DELAY'))`,
        ],
        { cwd: PROJECT, env, encoding: 'utf8' },
      );
    const { MIMALLOC_PURGE_DELAY: _m, ...rest } = process.env;
    expect(seen(rest)).toBe('0\n');
    expect(seen({ ...rest, MIMALLOC_PURGE_DELAY: '250' })).toBe('250\n');
  });
});
