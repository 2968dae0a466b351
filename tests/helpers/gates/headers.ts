/**
 * Gate: HTTP headers. netlify.toml is their one source of truth; with the
 * headers each built file gets from it (src/node/netlify-headers.ts, which
 * matches `for` paths the way Netlify does), this module checks
 *  - the security headers every path needs (an A+ on Mozilla's HTTP Observatory);
 *  - caching: hashed /_astro/ assets a year and immutable, HTML, feeds,
 *    calendars and the Pagefind entry file revalidated; .ics served as text/calendar;
 *  - that no two rules set one header on the same file (hosts disagree on
 *    whether the later rule wins or the values are joined);
 *  - that the Content-Security-Policy allows what the built pages load: no inline
 *    script or style without a hash, no event-handler attributes, every script,
 *    style, image, font and frame from an allowed source.
 * All pure functions over the parsed rules and a dist/ folder.
 */
import { load } from 'cheerio';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { headersFor, rulesFor, type HeaderRule } from '../../../src/node/netlify-headers.ts';
import { listFiles } from '../dist.ts';
import { urlPathOf } from './links.ts';

// Parsing netlify.toml and matching its `for` paths is shared with the scripts
// that serve a built site (src/node/netlify-headers.ts); the gates use it from here.
export {
  forRegExp,
  headersFor,
  HOST_DEFAULT_CACHE_CONTROL,
  parseNetlifyHeaders,
  readNetlifyHeaders,
  rulesFor,
  type HeaderRule,
} from '../../../src/node/netlify-headers.ts';

export interface HeaderProblem {
  /** The URL path (or `netlify.toml` for the file itself). */
  where: string;
  problem: string;
}

/** A CSP as a map of directive -> source list. */
export function parseCsp(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !map.has(name.toLowerCase())) map.set(name.toLowerCase(), sources);
  }
  return map;
}

/** The sources that govern `directive`, following CSP's fallbacks to default-src. */
export function effectiveSources(csp: Map<string, string[]>, directive: string): string[] | undefined {
  const fallbacks: Record<string, string[]> = {
    'script-src-elem': ['script-src-elem', 'script-src', 'default-src'],
    'script-src-attr': ['script-src-attr', 'script-src', 'default-src'],
    'style-src-elem': ['style-src-elem', 'style-src', 'default-src'],
    'style-src-attr': ['style-src-attr', 'style-src', 'default-src'],
    'frame-src': ['frame-src', 'child-src', 'default-src'],
    'worker-src': ['worker-src', 'child-src', 'script-src', 'default-src'],
  };
  for (const name of fallbacks[directive] ?? [directive, 'default-src']) {
    const sources = csp.get(name);
    if (sources) return sources;
  }
  return undefined; // not restricted
}

/** Security headers every path must send, with what each must say. */
export function checkSecurityHeaders(
  rules: readonly HeaderRule[],
  urlPaths: readonly string[] = ['/'],
): HeaderProblem[] {
  const problems: HeaderProblem[] = [];
  for (const where of urlPaths) {
    const h = headersFor(rules, where);
    const need = (name: string, ok: (v: string) => boolean, expected: string) => {
      const value = h[name.toLowerCase()];
      if (value === undefined) problems.push({ where, problem: `missing ${name}` });
      else if (!ok(value)) problems.push({ where, problem: `${name} "${value}": expected ${expected}` });
    };
    need(
      'Content-Security-Policy',
      (v) => cspProblems(v).length === 0,
      `a strict policy (${cspProblems(h['content-security-policy'] ?? '').join('; ')})`,
    );
    need(
      'Strict-Transport-Security',
      (v) => Number(/max-age=(\d+)/i.exec(v)?.[1] ?? 0) >= 15_552_000 && /includesubdomains/i.test(v),
      'max-age of at least 6 months and includeSubDomains',
    );
    need('X-Content-Type-Options', (v) => v.toLowerCase() === 'nosniff', 'nosniff');
    need(
      'Referrer-Policy',
      (v) =>
        ['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'].includes(v.toLowerCase()),
      'a policy that sends no full URL to other sites',
    );
    need(
      'Permissions-Policy',
      (v) => /camera=\(\)/.test(v) && /microphone=\(\)/.test(v) && /geolocation=\(\)/.test(v),
      'camera, microphone and geolocation turned off',
    );
  }
  return problems;
}

/** What keeps a CSP from protecting against script injection. */
export function cspProblems(policy: string): string[] {
  const csp = parseCsp(policy);
  const problems: string[] = [];
  const scripts = effectiveSources(csp, 'script-src-elem');
  if (!scripts) problems.push('no script-src or default-src');
  else {
    if (
      scripts.includes("'unsafe-inline'") &&
      !scripts.some((s) => /^'(nonce|sha\d+)-/.test(s) || s === "'strict-dynamic'")
    )
      problems.push("script-src allows 'unsafe-inline'");
    if (scripts.includes("'unsafe-eval'")) problems.push("script-src allows 'unsafe-eval'");
    if (scripts.some((s) => s === '*' || /^(https?|data|blob):$/.test(s)))
      problems.push('script-src allows any host or scheme');
  }
  if (!csp.get('default-src')) problems.push('no default-src');
  if (!effectiveSources(csp, 'object-src')?.includes("'none'")) problems.push("object-src is not 'none'");
  if (csp.get('frame-ancestors')?.join(' ') !== "'none'") problems.push("frame-ancestors is not 'none'");
  const base = csp.get('base-uri');
  if (!base || !(base.includes("'none'") || base.join(' ') === "'self'"))
    problems.push("base-uri is not 'none' or 'self'");
  if (!csp.get('form-action')) problems.push('no form-action');
  return problems;
}

/**
 * Caching and content types of every file in dist/, and no header set twice on
 * one file by overlapping rules.
 */
export function checkCachingAndTypes(rules: readonly HeaderRule[], dist: string): HeaderProblem[] {
  const problems: HeaderProblem[] = [];
  for (const file of listFiles(dist)) {
    for (const where of new Set([`/${file}`, urlPathOf(file)])) {
      const matching = rulesFor(rules, where);
      const seen = new Map<string, string>();
      for (const rule of matching) {
        for (const name of Object.keys(rule.values)) {
          const key = name.toLowerCase();
          if (seen.has(key))
            problems.push({ where, problem: `${name} is set by both "${seen.get(key)}" and "${rule.for}"` });
          else seen.set(key, rule.for);
        }
      }
      const h = headersFor(rules, where);
      const cache = h['cache-control']!;
      const maxAge = Number(/max-age=(\d+)/.exec(cache)?.[1] ?? -1);
      if (file.startsWith('_astro/')) {
        if (!(maxAge >= 31_536_000 && /immutable/.test(cache)))
          problems.push({ where, problem: `hashed asset cached as "${cache}": expected a year and immutable` });
      } else {
        const revalidated = /no-cache/.test(cache) || (maxAge === 0 && /must-revalidate/.test(cache));
        if (!revalidated)
          problems.push({ where, problem: `"${cache}": files with fixed names must be revalidated on every request` });
      }
      if (
        file.endsWith('.ics') &&
        h['content-type']?.toLowerCase().replace(/\s+/g, '') !== 'text/calendar;charset=utf-8'
      ) {
        problems.push({
          where,
          problem: `Content-Type "${h['content-type'] ?? '(by extension)'}": expected text/calendar; charset=utf-8`,
        });
      }
    }
  }
  return problems;
}

/** What a source list allows for a URL found in a page served at `pageUrl`. */
export function sourceAllows(sources: readonly string[] | undefined, url: URL, pageUrl: URL): boolean {
  if (!sources) return true;
  if (sources.includes("'none'")) return false;
  for (const source of sources) {
    if (source === '*') {
      if (/^(https?|wss?):$/.test(url.protocol)) return true;
      continue;
    }
    if (source === "'self'" && url.origin === pageUrl.origin) return true;
    if (/^[a-z][a-z0-9+.-]*:$/i.test(source) && url.protocol === source.toLowerCase()) return true;
    if (!source.startsWith("'") && !source.endsWith(':')) {
      const m = /^(?:([a-z]+):\/\/)?(\*\.)?([^/:]+)(?::(\d+|\*))?(\/.*)?$/i.exec(source);
      if (!m) continue;
      const [, scheme, wildcard, host, , path] = m;
      if (scheme && `${scheme.toLowerCase()}:` !== url.protocol) continue;
      if (!scheme && !/^https?:$/.test(url.protocol)) continue;
      const hostOk = wildcard ? url.hostname.endsWith(`.${host}`) : url.hostname === host!.toLowerCase();
      if (hostOk && (!path || url.pathname.startsWith(path))) return true;
    }
  }
  return false;
}

const EXECUTABLE_SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript', 'text/ecmascript']);

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * Everything each built page would load or run, checked against the policy it is
 * served with (from the rules): the static half of "the CSP allows what the pages
 * load" (tests also load the pages in Chromium under the policy).
 */
export function checkCspAgainstPages(rules: readonly HeaderRule[], dist: string, siteUrl: string): HeaderProblem[] {
  const problems: HeaderProblem[] = [];
  for (const file of listFiles(dist).filter((f) => f.endsWith('.html'))) {
    const where = urlPathOf(file);
    const policy = headersFor(rules, where)['content-security-policy'];
    if (!policy) {
      problems.push({ where, problem: 'served without a Content-Security-Policy' });
      continue;
    }
    const csp = parseCsp(policy);
    const pageUrl = new URL(where, siteUrl);
    const $ = load(readFileSync(join(dist, file), 'utf8'));
    const report = (problem: string) => problems.push({ where, problem });
    const allowsHash = (directive: string, text: string) => {
      const sources = effectiveSources(csp, directive);
      return (
        !sources ||
        sources.includes(hashOf(text)) ||
        (sources.includes("'unsafe-inline'") && !sources.some((s) => /^'(nonce|sha\d+)-/.test(s)))
      );
    };
    const checkUrl = (directive: string, raw: string | undefined, what: string) => {
      if (!raw) return;
      let url: URL;
      try {
        url = new URL(raw, pageUrl);
      } catch {
        return;
      }
      if (!sourceAllows(effectiveSources(csp, directive), url, pageUrl))
        report(`${what} ${raw} is blocked by ${directive}`);
    };

    $('script').each((_, el) => {
      const type = ($(el).attr('type') ?? '').trim().toLowerCase();
      if (!EXECUTABLE_SCRIPT_TYPES.has(type)) return; // JSON-LD, import maps are data
      const src = $(el).attr('src');
      if (src !== undefined) {
        checkUrl('script-src-elem', src, 'script');
        const url = new URL(src, pageUrl);
        if (url.origin !== pageUrl.origin) report(`script ${src} is not same-origin`);
      } else if (!allowsHash('script-src-elem', $(el).html() ?? '')) {
        report(`inline <script> without a hash in the CSP: ${($(el).html() ?? '').trim().slice(0, 60)}`);
      }
    });
    $('*').each((_, el) => {
      for (const name of Object.keys((el as { attribs?: Record<string, string> }).attribs ?? {})) {
        if (/^on[a-z]+$/i.test(name))
          report(`event-handler attribute ${name} on <${(el as { name: string }).name}> (blocked by script-src)`);
      }
    });
    $('a[href^="javascript:" i], iframe[src^="javascript:" i]').each(
      (_, el) => void report(`javascript: URL ${$(el).attr('href') ?? $(el).attr('src')}`),
    );
    $('style').each((_, el) => {
      if (!allowsHash('style-src-elem', $(el).html() ?? ''))
        report(`inline <style> not allowed by style-src: ${($(el).html() ?? '').trim().slice(0, 60)}`);
    });
    $('[style]').each((_, el) => {
      const sources = effectiveSources(csp, 'style-src-attr');
      if (sources && !sources.includes("'unsafe-inline'"))
        report(`style attribute on <${(el as { name: string }).name}> is blocked by style-src: ${$(el).attr('style')}`);
    });
    $('link[rel~="stylesheet" i]').each((_, el) => checkUrl('style-src-elem', $(el).attr('href'), 'stylesheet'));
    $('link[rel~="icon" i], img, input[type="image" i]').each((_, el) =>
      checkUrl('img-src', $(el).attr('href') ?? $(el).attr('src'), 'image'),
    );
    $('img[srcset], source[srcset]').each((_, el) => {
      for (const candidate of ($(el).attr('srcset') ?? '').split(','))
        checkUrl('img-src', candidate.trim().split(/\s+/)[0], 'image');
    });
    $('link[rel~="manifest" i]').each((_, el) => checkUrl('manifest-src', $(el).attr('href'), 'manifest'));
    $('link[rel~="preload" i][as="font" i]').each((_, el) => checkUrl('font-src', $(el).attr('href'), 'font'));
    $('iframe[src], frame[src]').each((_, el) => checkUrl('frame-src', $(el).attr('src'), 'frame'));
    $('object[data], embed[src]').each((_, el) =>
      checkUrl('object-src', $(el).attr('data') ?? $(el).attr('src'), 'plugin content'),
    );
    $('audio[src], video[src], source[src], track[src]').each((_, el) =>
      checkUrl('media-src', $(el).attr('src'), 'media'),
    );
    $('form[action]').each((_, el) => checkUrl('form-action', $(el).attr('action'), 'form target'));
  }
  return problems;
}

/**
 * The headers netlify.toml gives each path, as a test server on loopback
 * sends them: loopback is http, and upgrade-insecure-requests would send
 * every request to https://127.0.0.1, where nothing listens. Everything else
 * is applied as it is.
 */
export function loopbackHeaders(rules: readonly HeaderRule[]): (path: string) => Record<string, string> {
  return (path) => {
    const h = headersFor(rules, path);
    if (h['content-security-policy'])
      h['content-security-policy'] = h['content-security-policy'].replace(/;\s*upgrade-insecure-requests/, '');
    return h;
  };
}
