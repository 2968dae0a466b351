/**
 * Checks every content file before Astro reads any, so a build with bad content
 * lists every problem at once (Astro's own loader stops at the first) and
 * fails before a single page is written: nothing half-built is published.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readContentFiles } from '../node/read-content.ts';
import { checkContent, summaryLine } from '../lib/validation/check-content.ts';
import { formatProblem, sortProblems } from '../lib/validation/problem.ts';

export function contentGuard({ siteTimeZone }: { siteTimeZone: string }): AstroIntegration {
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        if (command !== 'build') return; // the dev server shows problems in its overlay instead
        const root = fileURLToPath(config.root).replace(/\/$/, '');
        const { sources, strays } = await readContentFiles(root);
        const check = checkContent(sources, siteTimeZone);
        const problems = sortProblems([...strays, ...check.problems]);
        const errorCount = check.errorCount + strays.length;
        for (const p of problems) (p.severity === 'error' ? console.error : console.warn)(formatProblem(p));
        const summary = summaryLine({ errorCount, warningCount: check.warningCount }, sources.length + strays.length);
        if (errorCount > 0) {
          const error = new Error(`Content check failed: ${summary}. Fix the files listed above; nothing was built.`);
          error.stack = error.message; // the list above is the message; a stack trace would only hide it
          throw error;
        }
        logger.info(`content: ${summary}`);
      },
    },
  };
}
