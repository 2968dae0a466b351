/**
 * One page of each type of a built site, for checks too slow to run on every
 * page (axe in four modes). Picked by URL pattern from whatever dist/ holds; of
 * several pages of a type, the largest (the most content to check).
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../dist.ts';
import { urlPathOf } from './links.ts';

const TYPES: [string, RegExp][] = [
  ['home', /^index\.html$/],
  ['events', /^events\/index\.html$/],
  ['past events', /^events\/past\/index\.html$/],
  ['event', /^events\/(?!past\/)[^/]+\/index\.html$/],
  ['calendar year', /^calendar\/\d{4}\/index\.html$/],
  ['calendar month', /^calendar\/\d{4}\/\d{2}\/index\.html$/],
  ['calendar day', /^calendar\/\d{4}\/\d{2}\/\d{2}\/index\.html$/],
  ['news list', /^news\/index\.html$/],
  ['article', /^news\/(?!\d+\/)[^/]+\/index\.html$/],
  ['tags', /^tags\/index\.html$/],
  ['tag', /^tags\/[^/]+\/index\.html$/],
  ['search', /^search\/index\.html$/],
  ['404', /^404\.html$/],
];

export function pagesByType(dist: string): Map<string, string> {
  const files = listFiles(dist);
  const pages = new Map<string, string>();
  for (const [type, pattern] of TYPES) {
    const best = files
      .filter((f) => pattern.test(f))
      .map((f) => ({ f, size: statSync(join(dist, f)).size }))
      .sort((a, b) => b.size - a.size || a.f.localeCompare(b.f))[0];
    if (best) pages.set(type, urlPathOf(best.f));
  }
  return pages;
}
