/**
 * Measuring one build command: wall time, CPU time of the whole process tree,
 * peak memory of its largest process, and when Astro's log lines arrived (for
 * the build's phases). Linux only (reads /proc), no dependencies.
 *
 * - CPU: the command runs under `sh`, which prints its own /proc/<pid>/stat
 *   after the command exits; its cutime + cstime is the CPU of every
 *   descendant that was waited for (Node waits for Pagefind's binary).
 *   CPU time is less disturbed than wall time by other work on the machine.
 * - Memory: /proc is polled every `pollMs`; for each process of the tree the
 *   largest VmHWM (the kernel's own peak-RSS mark) seen is kept, so a peak
 *   between two polls still counts as long as the process is seen once after it.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface LogLine {
  /** Milliseconds after the command started. */
  t: number;
  text: string;
}

export interface CommandRun {
  command: string;
  status: number;
  wallMs: number;
  /** User + system CPU of the process tree. */
  cpuMs: number;
  /** Peak RSS of the largest single process of the tree. */
  peakRssBytes: number;
  /** Its name (`node`, `pagefind_extended`, ...). */
  peakProcess: string;
  /** Largest sum of RSS over the tree seen at one poll. */
  peakTreeRssBytes: number;
  lines: LogLine[];
}

const CLOCK_TICKS = 100; // getconf CLK_TCK on Linux
const STAT_MARK = '__BENCH_STAT__';

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** pid -> parent pid for every process, from /proc/<pid>/stat. */
function processParents(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readText(`/proc/${name}/stat`);
    if (!stat) continue;
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    parents.set(Number(name), Number(fields[1]));
  }
  return parents;
}

function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of processParents()) {
    const list = children.get(ppid);
    if (list) list.push(pid);
    else children.set(ppid, [pid]);
  }
  const out: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    out.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return out;
}

/** `node astro`, `pagefind_extended`, ...: the program and, for interpreters, the script (Node names its main thread "MainThread"). */
function processName(pid: number, status: string): string {
  const argv = (readText(`/proc/${pid}/cmdline`) ?? '').split('\0').filter(Boolean);
  const base = (p: string | undefined) => p?.split('/').pop() ?? '';
  const program = base(argv[0]) || (/^Name:\s+(.*)$/m.exec(status)?.[1] ?? '?');
  if (program === 'sh' || program === 'node') {
    const script = argv.slice(1).find((a) => !a.startsWith('-'));
    return script ? `${program} ${base(script)}` : program;
  }
  return program;
}

function statusKb(status: string, key: string): number {
  const m = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status);
  return m ? Number(m[1]) : 0;
}

/** Runs `command args` in `cwd` and measures it. Never rejects on a failing command: see `status`. */
export function runMeasured(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; pollMs?: number; timeoutMs?: number },
): Promise<CommandRun> {
  const script = `"$@"; s=$?; read -r l < /proc/$$/stat; printf '\\n${STAT_MARK} %s\\n' "$l" >&2; exit $s`;
  const started = performance.now();
  const child = spawn('/bin/sh', ['-c', script, 'sh', command, ...args], {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: LogLine[] = [];
  let statLine = '';
  const collect = (stream: NodeJS.ReadableStream) => {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const t = performance.now() - started;
      const parts = (rest + chunk).split('\n');
      rest = parts.pop() ?? '';
      for (const text of parts) {
        if (text.startsWith(STAT_MARK)) statLine = text.slice(STAT_MARK.length + 1);
        else lines.push({ t, text });
      }
    });
    stream.on('end', () => {
      if (rest) lines.push({ t: performance.now() - started, text: rest });
    });
  };
  collect(child.stdout);
  collect(child.stderr);

  const peaks = new Map<number, { name: string; hwm: number }>();
  const names = new Map<number, string>();
  let peakTree = 0;
  const poll = () => {
    if (child.pid === undefined) return;
    let tree = 0;
    for (const pid of descendants(child.pid)) {
      const status = readText(`/proc/${pid}/status`);
      if (!status) continue;
      const name = names.get(pid) ?? processName(pid, status);
      names.set(pid, name);
      const hwm = statusKb(status, 'VmHWM') * 1024;
      tree += statusKb(status, 'VmRSS') * 1024;
      const seen = peaks.get(pid);
      if (!seen || hwm > seen.hwm) peaks.set(pid, { name, hwm });
    }
    peakTree = Math.max(peakTree, tree);
  };
  const timer = setInterval(poll, options.pollMs ?? 150);
  const timeout = options.timeoutMs ? setTimeout(() => child.kill('SIGTERM'), options.timeoutMs) : undefined;

  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      clearInterval(timer);
      if (timeout) clearTimeout(timeout);
      const wallMs = performance.now() - started;
      // Fields after "(comm) ": state ppid ... utime(14) stime(15) cutime(16) cstime(17), 1-based from pid.
      const fields = statLine.slice(statLine.lastIndexOf(')') + 2).split(' ');
      const cpuTicks = Number(fields[13] ?? 0) + Number(fields[14] ?? 0);
      let top = { name: '?', hwm: 0 };
      for (const p of peaks.values()) if (p.hwm > top.hwm) top = p;
      resolve({
        command: [command, ...args].join(' '),
        status: code ?? (signal ? 128 : -1),
        wallMs,
        cpuMs: (cpuTicks * 1000) / CLOCK_TICKS,
        peakRssBytes: top.hwm,
        peakProcess: top.name,
        peakTreeRssBytes: peakTree,
        lines,
      });
    });
  });
}

// --- build phases ----------------------------------------------------------------------

/**
 * The phases of a build, named the same for both sites so that each can be
 * compared, in the order they run in `astro build`; they add up to `total`.
 */
export const PHASES = ['startup', 'contentSync', 'bundle', 'render', 'pagefind', 'sitemapOther', 'total'] as const;
export type Phase = (typeof PHASES)[number];

/**
 * The phases of one build, from when the log lines of `astro build` arrived:
 *  - startup: Node and Astro start, config and integrations' setup (the
 *    project's content check starts here, in a thread of its own), until
 *    `[content] Syncing content`;
 *  - contentSync: the content layer loads the collections (the project's
 *    loaders wait for the rest of its check), until `[content] Synced content`;
 *  - bundle: types, build info and Vite's build of the entrypoints, until
 *    `generating static routes`;
 *  - render: every page rendered and written, until Astro's `✓ Completed in`;
 *  - pagefind: when Pagefind runs inside the build (the project), from the end
 *    of the render to its integration's last line (`[pagefind...]`), which
 *    holds whatever the astro:build:done hooks do meanwhile (the project's
 *    sitemap is written while Pagefind indexes); when it runs as its own
 *    command after the build (the baseline), that command's wall time,
 *    `pagefindMs`;
 *  - sitemapOther: the rest of the build after the render and Pagefind:
 *    the other astro:build:done hooks (the baseline's sitemap), Astro's
 *    closing lines and the process's exit;
 *  - total: the wall time of the build, `astro build` and any Pagefind
 *    command after it.
 * A missing marker merges its phase into the one before, so the phases
 * always add up to `total`.
 */
export function astroPhases(lines: readonly LogLine[], totalMs: number, pagefindMs?: number): Record<string, number> {
  const at = (re: RegExp, after = -1) => lines.find((l) => l.t >= after && re.test(l.text))?.t;
  const routesStart = at(/generating static routes/);
  const routesEnd = routesStart === undefined ? undefined : at(/✓ Completed in/, routesStart);
  const pagefindEnd =
    routesEnd === undefined
      ? undefined
      : lines.findLast((l) => l.t >= routesEnd && /\[pagefind[^\]]*\]/.test(l.text))?.t;
  const starts: [Phase, number | undefined][] = [
    ['startup', 0],
    ['contentSync', at(/\[content\] Syncing content/)],
    ['bundle', at(/\[content\] Synced content/)],
    ['render', routesStart],
    ['pagefind', pagefindEnd === undefined ? undefined : routesEnd],
    ['sitemapOther', pagefindEnd ?? routesEnd],
  ];
  const known = starts.filter((s): s is [Phase, number] => s[1] !== undefined);
  const phases: Record<string, number> = {};
  known.forEach(([name, from], i) => {
    const to = known[i + 1]?.[1] ?? totalMs;
    phases[name] = Math.max(0, Math.round(to - from));
  });
  if (pagefindMs !== undefined) phases['pagefind'] = (phases['pagefind'] ?? 0) + Math.round(pagefindMs);
  phases['total'] = Math.round(totalMs + (pagefindMs ?? 0));
  return Object.fromEntries(PHASES.filter((p) => p in phases).map((p) => [p, phases[p]!]));
}

/** The route a built file belongs to, for adding up render time by kind of page. */
export function routeOf(path: string): string {
  const p = path.replace(/index\.html$/, '');
  const rules: [RegExp, string][] = [
    [/^\/$/, '/'],
    [/^\/events\/$/, '/events/'],
    [/^\/events\/past\/(\d+\/)?$/, '/events/past/[page]/'],
    [/^\/events\/[^/]+\/$/, '/events/[slug]/'],
    [/^\/calendar\/$/, '/calendar/'],
    [/^\/calendar\/\d{4}\/\d{2}\/$/, '/calendar/[year]/[month]/'],
    [/^\/calendar\/\d{4}\/\d{2}\/\d{2}\/$/, '/calendar/[year]/[month]/[day]/'],
    [/^\/news\/(\d+\/)?$/, '/news/[page]/'],
    [/^\/news\/[^/]+\/$/, '/news/[slug]/'],
    [/^\/tags\/[^/]+\/$/, '/tags/[tag]/'],
    [/^\/search\/$/, '/search/'],
    [/^\/404\.html$/, '/404'],
  ];
  for (const [re, name] of rules) if (re.test(p)) return name;
  return 'other files (feeds, .ics, ...)';
}

/**
 * Render time by route, from Astro's per-file lines (`├─ /news/x/index.html (+12ms)`).
 * Pages rendered side by side can print their names on one line before the
 * first time: each name counts as a file, and the time goes to the one it follows.
 */
export function routeTimes(lines: readonly LogLine[]): Record<string, { files: number; ms: number }> {
  const out: Record<string, { files: number; ms: number }> = {};
  for (const { text } of lines) {
    for (const m of text.matchAll(/[├└]─\s+(\/[^\s├└]*?)(?=\s|[0-9:]{8}\s+[├└]|$)(?:\s+\(\+([\d.]+)(ms|s)\))?/g)) {
      const route = routeOf(m[1]!);
      const ms = m[2] === undefined ? 0 : Number(m[2]) * (m[3] === 's' ? 1000 : 1);
      const r = (out[route] ??= { files: 0, ms: 0 });
      r.files++;
      r.ms += ms;
    }
  }
  return out;
}

// --- output ----------------------------------------------------------------------------

export interface TreeStats {
  files: number;
  bytes: number;
}

export function walk(dir: string): string[] {
  const out: string[] = [];
  const visit = (d: string) => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const full = join(d, e.name);
      if (e.isDirectory()) visit(full);
      else if (e.isFile()) out.push(full);
    }
  };
  visit(dir);
  return out.sort();
}

export function treeStats(dir: string): TreeStats {
  let bytes = 0;
  const files = walk(dir);
  for (const f of files) bytes += statSync(f).size;
  return { files: files.length, bytes };
}

/** URL paths of the HTML pages in a built site: `/events/x/` for events/x/index.html, `/404.html`. */
export function htmlPages(dist: string): string[] {
  return walk(dist)
    .map((f) => `/${relative(dist, f).split('\\').join('/')}`)
    .filter((p) => p.endsWith('.html') && !p.startsWith('/pagefind/'))
    .map((p) => (p.endsWith('/index.html') ? p.slice(0, -'index.html'.length) : p))
    .sort();
}

/**
 * The JavaScript a page ships: its `<script src>` files (from dist) and inline
 * scripts, in bytes and gzip bytes. Data blocks (`type="application/ld+json"`,
 * `text/pagefind-template`) are not scripts and do not count.
 */
export function pageScriptBytes(dist: string, urlPath: string): { bytes: number; gzip: number } {
  const file = urlPath.endsWith('/') ? join(dist, urlPath, 'index.html') : join(dist, urlPath);
  const html = readText(file) ?? '';
  let bytes = 0;
  let gzip = 0;
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1] ?? '';
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
    if (type && type !== 'module' && type !== 'text/javascript' && type !== 'application/javascript') continue;
    const src = /\bsrc\s*=\s*["']([^"']+)["']/i.exec(attrs)?.[1];
    const body = src ? (src.startsWith('/') ? (readText(join(dist, src.split(/[?#]/)[0]!)) ?? '') : '') : (m[2] ?? '');
    bytes += Buffer.byteLength(body);
    gzip += body ? gzipSync(body).length : 0;
  }
  return { bytes, gzip };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
