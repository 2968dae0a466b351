/**
 * `buildSite` of fixture-site.ts without blocking: several fixture builds (other
 * time zones, broken fixtures) can run at once in one test file.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { buildCommand, buildEnv, PROJECT, TMP, type BuildCommand, type BuiltSite } from './fixture-site.ts';

export function buildSiteAsync(root: string, env: Record<string, string> = {}, how?: BuildCommand): Promise<BuiltSite> {
  const [program, args] = buildCommand(root, how);
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, {
      cwd: root,
      env: buildEnv(env),
      timeout: 300_000,
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ root, dist: join(root, 'dist'), status: status ?? -1, output }));
  });
}

/**
 * A copy of an already laid-out fixture root (its code and content, not its
 * output or caches) in TMP/<as>: the same sources built again, even while the
 * working tree changes under parallel work.
 */
export function copySiteRoot(root: string, as: string): string {
  const copy = join(TMP, as);
  rmSync(copy, { recursive: true, force: true });
  mkdirSync(copy, { recursive: true });
  for (const entry of readdirSync(root)) {
    if (entry === 'dist' || entry === '.astro' || entry === 'node_modules') continue;
    cpSync(join(root, entry), join(copy, entry), { recursive: true });
  }
  mkdirSync(join(copy, 'node_modules'));
  for (const entry of readdirSync(join(PROJECT, 'node_modules'))) {
    if (entry !== '.astro' && entry !== '.vite')
      symlinkSync(join(PROJECT, 'node_modules', entry), join(copy, 'node_modules', entry));
  }
  return copy;
}
