/**
 * Checks every content file before Astro reads any, so a build with bad content
 * lists every problem at once (Astro's own loader stops at the first) and
 * fails before a single page is written: nothing half-built is published.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkProject } from '../node/check-project.ts';
import { formatProblem } from '../lib/validation/problem.ts';

export function contentGuard({ siteTimeZone }: { siteTimeZone: string }): AstroIntegration {
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        if (command !== 'build') return; // the dev server shows problems in its overlay instead
        const root = fileURLToPath(config.root).replace(/\/$/, '');
        // The same check, messages and warnings as `npm run check` (src/node/check-project.ts).
        const { problems, errorCount, summary } = await checkProject(root, { siteTimeZone, ...(config.site && { siteUrl: config.site }) });
        for (const p of problems) (p.severity === 'error' ? console.error : console.warn)(formatProblem(p));
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
