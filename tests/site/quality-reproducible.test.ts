/**
 * Gate: two builds of the same commit give identical files. The setup built the
 * fixture site under TZ=America/Los_Angeles; here the same sources (copied from
 * that build's folder, so parallel edits of the working tree do not count) are
 * built again in other folders under TZ=Asia/Ho_Chi_Minh and TZ=UTC, and every
 * file is compared byte for byte. No exceptions: "now" is pinned by SITE_NOW (a real build reads the
 * clock once, which is the point of the daily rebuild), and nothing else may
 * depend on the machine, its zone or the checkout folder.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSiteAsync, copySiteRoot } from '../helpers/build-async.ts';
import type { BuiltSite } from '../helpers/fixture-site.ts';
import { listFiles } from '../helpers/dist.ts';
import { compareBuilds } from '../helpers/gates/reproducible.ts';

const dist = inject('siteDist');
const root = inject('siteRoot');
const ZONES = ['Asia/Ho_Chi_Minh', 'UTC'];
const builds = new Map<string, BuiltSite>();

beforeAll(async () => {
  const built = await Promise.all(
    ZONES.map((zone) =>
      buildSiteAsync(copySiteRoot(root, `repro-${zone.replace(/\W+/g, '-').toLowerCase()}`), { TZ: zone }),
    ),
  );
  ZONES.forEach((zone, i) => builds.set(zone, built[i]!));
}, 600_000);

describe('reproducible builds', () => {
  it.each(ZONES)('a build under TZ=%s is byte-identical to the one under TZ=America/Los_Angeles', (zone) => {
    const build = builds.get(zone)!;
    expect(build.status, build.output).toBe(0);
    expect(listFiles(build.dist).length).toBe(listFiles(dist).length);
    expect(compareBuilds(dist, build.dist)).toEqual([]);
  });
});
