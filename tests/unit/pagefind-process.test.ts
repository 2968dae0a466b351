/**
 * The allocator setting Pagefind's process starts with: only a cold build's
 * stream asks for the lean one (src/node/search-index.ts says why).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { PagefindBundle, closePagefind } from '../../src/node/search-index.ts';

/** A file's text; '' for a process that has exited meanwhile. */
function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** The environment of this process's newest Pagefind child (one just closed may not have exited), from /proc. */
function pagefindEnvironment(): Record<string, string> {
  const children: { pid: string; started: number }[] = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    const stat = readText(`/proc/${pid}/stat`);
    // Fields after "(name) ": state, ppid, ... starttime is the 20th.
    const [, name, rest] = /^\d+ \((.*)\) (.*)$/s.exec(stat) ?? [];
    const fields = rest?.split(' ') ?? [];
    if (name?.startsWith('pagefind') && Number(fields[1]) === process.pid)
      children.push({ pid, started: Number(fields[19]) });
  }
  const newest = children.sort((a, b) => b.started - a.started)[0];
  if (!newest) throw new Error('no Pagefind process of this one');
  const pairs = readFileSync(`/proc/${newest.pid}/environ`, 'utf8').split('\0').filter(Boolean);
  return Object.fromEntries(pairs.map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]));
}

afterAll(closePagefind);

describe("Pagefind's process", () => {
  it.runIf(process.platform === 'linux')(
    'gives freed memory back at once when a stream starts it, and keeps the default otherwise',
    async () => {
      delete process.env['_RJEM_MALLOC_CONF'];
      await closePagefind();
      await (await PagefindBundle.open({ lean: true })).discard();
      expect(pagefindEnvironment()['_RJEM_MALLOC_CONF']).toBe('dirty_decay_ms:0,muzzy_decay_ms:0');
      expect(process.env['_RJEM_MALLOC_CONF']).toBeUndefined();
      await closePagefind();
      await (await PagefindBundle.open()).discard();
      expect(pagefindEnvironment()['_RJEM_MALLOC_CONF']).toBeUndefined();
    },
  );
});
