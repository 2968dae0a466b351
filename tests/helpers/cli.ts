/**
 * Runs a writers' command (scripts/*.ts) as a child process, as `npm run`
 * would: the project's pinned node, a chosen working folder, a pinned "now",
 * and GITHUB_ACTIONS unset unless a test sets it (CI itself sets it).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { onTestFinished } from 'vitest';

export const PROJECT = resolve(import.meta.dirname, '../..');
export const CLI_NOW = '2025-12-01T12:00:00Z';

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

export function runScript(script: string, args: string[], cwd: string, env: Record<string, string> = {}): CliResult {
  const { GITHUB_ACTIONS: _ci, ...inherited } = process.env;
  const result = spawnSync(process.execPath, [join(PROJECT, 'scripts', script), ...args], {
    cwd,
    encoding: 'utf8',
    // INIT_CWD: where npm was started; the commands read path arguments from there.
    env: { ...inherited, SITE_NOW: CLI_NOW, NO_COLOR: '1', INIT_CWD: cwd, ...env },
    timeout: 60_000,
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A scratch copy of tests/fixtures/writers/<name> (or an empty folder), for commands that write; removed after the test. */
export function scratchCopy(name?: string): string {
  const base = process.env['TEST_TMP'] ? resolve(process.env['TEST_TMP']) : tmpdir();
  mkdirSync(base, { recursive: true });
  const dir = mkdtempSync(join(base, 'writers-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  if (name) cpSync(join(PROJECT, 'tests/fixtures/writers', name), dir, { recursive: true });
  return dir;
}

export const fixtureDir = (name: string) => join(PROJECT, 'tests/fixtures/writers', name);
