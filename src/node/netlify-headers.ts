/**
 * netlify.toml's `[[headers]]` rules, read the way Netlify applies them: which
 * rules match a URL path and the headers that path is served with. netlify.toml
 * is the one source of truth for the site's headers; the header gate
 * (tests/helpers/gates/headers.ts) checks them, and the test server and
 * `npm run lighthouse` serve a built site with them (src/node/static-server.ts).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'smol-toml';

export interface HeaderRule {
  for: string;
  values: Record<string, string>;
}

/** Netlify's default Cache-Control for files no rule gives one. */
export const HOST_DEFAULT_CACHE_CONTROL = 'public, max-age=0, must-revalidate';

export function parseNetlifyHeaders(toml: string): HeaderRule[] {
  const config = parse(toml) as { headers?: { for?: unknown; values?: Record<string, unknown> }[] };
  return (config.headers ?? []).map((rule) => ({
    for: typeof rule.for === 'string' ? rule.for : '',
    // Netlify joins a multi-line or list value into one comma-separated value.
    values: Object.fromEntries(
      Object.entries(rule.values ?? {}).map(([k, v]) => [
        k.trim(),
        (Array.isArray(v) ? v.join(', ') : String(v))
          .trim()
          .split(/\s*,\s*/)
          .join(', '),
      ]),
    ),
  }));
}

export function readNetlifyHeaders(file: string): HeaderRule[] {
  return parseNetlifyHeaders(readFileSync(file, 'utf8'));
}

/** A `for` path as Netlify matches it: `:name` is one segment, `*` alone is the rest (or nothing), `*` in a segment is any text. */
export function forRegExp(forPath: string): RegExp {
  const pattern = forPath
    .split('/')
    .map((part) => part.trimEnd())
    .filter(Boolean)
    .map((part) => {
      if (part.startsWith(':')) return '/([^/]+)';
      // The rest of the path below this folder, or nothing: "/pagefind/*" is not "/pagefind-archive/".
      if (part === '*') return '(?:/(.*))?';
      return `/${part.split('*').map(escapeRegExp).join('(.*)')}`;
    })
    .join('');
  return new RegExp(`^${pattern || '/'}/?$`, 'i');
}

/** Every rule matching a URL path, in file order. */
export function rulesFor(rules: readonly HeaderRule[], urlPath: string): HeaderRule[] {
  return rules.filter((rule) => forRegExp(rule.for).test(urlPath));
}

/** The headers a URL path gets (names lower-cased), with the host's default Cache-Control. */
export function headersFor(rules: readonly HeaderRule[], urlPath: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rulesFor(rules, urlPath))
    for (const [k, v] of Object.entries(rule.values)) out[k.toLowerCase()] = v;
  out['cache-control'] ??= HOST_DEFAULT_CACHE_CONTROL;
  return out;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
