/**
 * Gate: no broken internal reference anywhere in a built site. Pure function over
 * a dist/ folder (no network, no server): every `href`, `src`, `srcset`, `poster`,
 * `action`, `data` in every HTML page, every `url()` in CSS, and every URL on the
 * site's own origin in feeds, calendars, sitemaps and text files (rss.xml,
 * *.ics URL fields, sitemap*.xml, robots.txt) must resolve to a file in dist/,
 * the way a static host resolves it (`/dir/` -> `dir/index.html`). Fragments
 * (`#id`, `/page/#id`) must name an element id on the target page.
 */
import { load } from 'cheerio';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, posix } from 'node:path';
import { listFiles } from '../dist.ts';

export interface LinkProblem {
  /** The file the reference is in, relative to dist/. */
  file: string;
  /** The reference as written. */
  ref: string;
  reason: string;
}

/** Attributes holding one URL, by element; `srcset` is handled apart. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src'],
  script: ['src'],
  source: ['src'],
  track: ['src'],
  audio: ['src'],
  video: ['src', 'poster'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  input: ['src'],
  form: ['action'],
  use: ['href', 'xlink:href'],
};

const TEXT_FEEDS = new Set(['.xml', '.ics', '.txt', '.json', '.webmanifest']);

/** Reads `<link>` and `<meta>` values that hold absolute URLs of the site (og:url, og:image...). */
const META_URL = /^(og:(url|image)|twitter:image)$/;

export interface LinkCheckOptions {
  /** The site's absolute URL (e.g. https://example.org): links to it are internal. */
  siteUrl: string;
}

export function checkLinks(dist: string, { siteUrl }: LinkCheckOptions): LinkProblem[] {
  const site = new URL(siteUrl);
  const files = listFiles(dist);
  const problems: LinkProblem[] = [];
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      const $ = load(readFileSync(join(dist, file), 'utf8'));
      set = new Set(
        $('[id]')
          .map((_, el) => $(el).attr('id') ?? '')
          .get(),
      );
      // `<a name>` is obsolete but still a fragment target in browsers.
      $('a[name]').each((_, el) => void set!.add($(el).attr('name') ?? ''));
      ids.set(file, set);
    }
    return set;
  };

  /** `ref` found in `file` (whose URL path is `base`): a problem, or nothing. */
  const check = (file: string, base: string, ref: string): void => {
    const trimmed = ref.trim();
    if (trimmed === '') {
      problems.push({ file, ref, reason: 'empty URL' });
      return;
    }
    let url: URL;
    try {
      url = new URL(trimmed.replace(/^webcal:/i, 'https:'), new URL(base, site));
    } catch {
      problems.push({ file, ref, reason: 'not a valid URL' });
      return;
    }
    if (!/^https?:$/.test(url.protocol)) return; // mailto:, tel:, data: ...
    if (url.host !== site.host) return; // external: not checked offline
    if (url.protocol !== site.protocol)
      problems.push({ file, ref, reason: `uses ${url.protocol} on the site's own host` });
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      problems.push({ file, ref, reason: 'bad percent-encoding' });
      return;
    }
    const target = resolveTarget(dist, path);
    if (!target.file) {
      problems.push({ file, ref, reason: target.reason });
      return;
    }
    const fragment = url.hash.slice(1);
    if (fragment && target.file.endsWith('.html')) {
      const id = decodeURIComponent(fragment);
      if (!idsOf(target.file).has(id))
        problems.push({ file, ref, reason: `no element with id "${id}" in ${target.file}` });
    }
  };

  for (const file of files) {
    const ext = extname(file);
    const base = urlPathOf(file);
    const text = () => readFileSync(join(dist, file), 'utf8');
    if (ext === '.html') {
      const $ = load(text());
      const baseHref = $('base[href]').attr('href');
      const pageBase = baseHref ? new URL(baseHref, new URL(base, site)).pathname : base;
      for (const [tag, attrs] of Object.entries(URL_ATTRIBUTES)) {
        for (const attr of attrs) {
          $(`${tag}[${attr.replace(':', '\\:')}]`).each((_, el) => {
            const value = $(el).attr(attr) ?? '';
            // `<link rel="preconnect|dns-prefetch">` names an origin, not a resource.
            if (tag === 'link' && /\b(preconnect|dns-prefetch)\b/.test($(el).attr('rel') ?? '')) return;
            check(file, pageBase, value);
          });
        }
      }
      $('img[srcset], source[srcset]').each((_, el) => {
        for (const candidate of parseSrcset($(el).attr('srcset') ?? '')) check(file, pageBase, candidate);
      });
      $('meta[property], meta[name]').each((_, el) => {
        const key = $(el).attr('property') ?? $(el).attr('name') ?? '';
        if (META_URL.test(key)) check(file, pageBase, $(el).attr('content') ?? '');
      });
      // A meta refresh redirect: `0; url=/new/`.
      $('meta[http-equiv="refresh" i]').each((_, el) => {
        const match = /url\s*=\s*['"]?([^'"]+)/i.exec($(el).attr('content') ?? '');
        if (match?.[1]) check(file, pageBase, match[1]);
      });
    } else if (ext === '.css') {
      for (const match of text().matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
        const ref = match[2]!;
        if (!ref.startsWith('data:') && !ref.startsWith('#')) check(file, base, ref);
      }
    } else if (TEXT_FEEDS.has(ext)) {
      // Feeds, calendars and sitemaps hold absolute URLs; calendars fold long
      // lines (RFC 5545 3.1), so unfold before looking.
      const body = decodeXmlEntities(text().replace(/\r?\n[ \t]/g, ''));
      const origin = escapeRegExp(`//${site.host}`);
      for (const match of body.matchAll(new RegExp(`(?:https?|webcal):${origin}[^\\s"'<>\\\\)\\]]*`, 'gi'))) {
        check(file, base, match[0].replace(/[.,;]+$/, ''));
      }
      // Relative links inside HTML carried by a feed (RSS descriptions).
      for (const match of body.matchAll(/\s(?:href|src)=["'](\/[^"']*)["']/g)) check(file, base, match[1]!);
    }
  }
  return problems;
}

/** The URL path a file in dist/ is served at (`a/index.html` -> `/a/`). */
export function urlPathOf(file: string): string {
  const path = `/${file}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** Resolves a URL path as a static host does; pages without the trailing slash are a problem (contract: every page ends in `/`). */
export function resolveTarget(dist: string, path: string): { file?: string; reason: string } {
  const clean = posix.normalize(path);
  if (clean.startsWith('/..')) return { reason: 'leaves the site' };
  const full = join(dist, clean);
  if (clean.endsWith('/')) {
    return existsSync(join(full, 'index.html'))
      ? { file: `${clean.slice(1)}index.html`, reason: '' }
      : { reason: `no page at ${clean}` };
  }
  if (existsSync(full)) {
    if (statSync(full).isFile()) return { file: clean.slice(1), reason: '' };
    if (existsSync(join(full, 'index.html'))) return { reason: `page link without its trailing slash (use ${clean}/)` };
  }
  return { reason: `no file at ${clean}` };
}

/** The URLs of a `srcset` (candidates are "url [descriptor]", comma-separated; built URLs hold no commas). */
export function parseSrcset(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

const decodeXmlEntities = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|apos|#(\d+)|#x([0-9a-f]+));/gi, (_, name: string, dec?: string, hex?: string) =>
    dec
      ? String.fromCodePoint(Number(dec))
      : hex
        ? String.fromCodePoint(parseInt(hex, 16))
        : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[name.toLowerCase()]!,
  );

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
