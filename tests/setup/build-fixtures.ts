/**
 * Builds the fixture sites once per test run, before any site test starts, and
 * hands their folders to the tests (vitest `provide`/`inject`).
 */
import type { TestProject } from 'vitest/node';
import { buildSite, layoutFixture } from '../helpers/fixture-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDist: string;
    siteRoot: string;
    badOutput: string;
    badStatus: number;
    badRoot: string;
  }
}

export default function setup(project: TestProject) {
  const site = buildSite(layoutFixture('site'), { TZ: 'America/Los_Angeles' });
  if (site.status !== 0) throw new Error(`fixture site failed to build:\n${site.output}`);
  const bad = buildSite(layoutFixture('bad'));
  project.provide('siteDist', site.dist);
  project.provide('siteRoot', site.root);
  project.provide('badOutput', bad.output);
  project.provide('badStatus', bad.status);
  project.provide('badRoot', bad.root);
}
