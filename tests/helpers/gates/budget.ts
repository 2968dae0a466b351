/**
 * Gate: JavaScript weight per page. Sums the bytes of every same-origin script a
 * page references (`<script src>`, `<link rel="modulepreload">`) and, for
 * modules, every file they import statically, as the browser would fetch them.
 * Pure function over a dist/ folder.
 */
import { load } from 'cheerio';
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { listFiles } from '../dist.ts';
import { urlPathOf } from './links.ts';

export interface PageWeight {
  path: string;
  bytes: number;
  files: string[];
}

export function scriptWeights(dist: string): PageWeight[] {
  const weights: PageWeight[] = [];
  for (const file of listFiles(dist).filter((f) => f.endsWith('.html'))) {
    const path = urlPathOf(file);
    const $ = load(readFileSync(join(dist, file), 'utf8'));
    const seen = new Set<string>();
    const visit = (urlPath: string) => {
      if (seen.has(urlPath)) return;
      const full = join(dist, urlPath);
      if (!existsSync(full)) return; // the link gate reports it
      seen.add(urlPath);
      const code = readFileSync(full, 'utf8');
      for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
        const spec = m[1]!;
        if (spec.startsWith('/') || spec.startsWith('.')) visit(posix.resolve(posix.dirname(urlPath), spec));
      }
    };
    $('script[src], link[rel="modulepreload"][href]').each((_, el) => {
      const ref = $(el).attr('src') ?? $(el).attr('href') ?? '';
      const url = new URL(ref, `http://site${path}`);
      if (url.host === 'site') visit(decodeURIComponent(url.pathname));
    });
    const files = [...seen].sort();
    weights.push({ path, bytes: files.reduce((sum, f) => sum + readFileSync(join(dist, f)).length, 0), files });
  }
  return weights;
}
