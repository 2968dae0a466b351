/**
 * Checks every content file, so a build with bad content lists every problem
 * at once and fails once the content is synced, before a single page is
 * bundled or written: nothing half-built is published. The check runs in a
 * thread of its own while Astro starts; the loader stores what it read
 * (src/loaders/checked-content.ts): each file is read and parsed once.
 * Once the content is stored, what the check and the loaders left behind is
 * collected before the build goes on (astro:build:start).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import type { ProjectCheck } from '../node/check-project.ts';
import { buildCheckOptions, shareProjectCheck, takeEarlyCheck } from '../node/shared-check.ts';
import { checkProjectInThread } from '../node/project-check-thread.ts';
import { formatProblem } from '../lib/validation/problem.ts';
import { markDevServer, rememberDevCheck } from '../loaders/dev-preview.ts';
import { collectGarbage } from '../node/collect-garbage.ts';

export function contentGuard({ siteTimeZone }: { siteTimeZone: string }): AstroIntegration {
  /** The check's outcome, once its problems are said. */
  let reported: Promise<Pick<ProjectCheck, 'errorCount' | 'summary'>> | undefined;
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        const root = fileURLToPath(config.root).replace(/\/$/, '');
        if (command === 'dev') {
          // The dev server shows content errors in the browser's overlay instead (src/loaders/dev-preview.ts).
          const options = { siteTimeZone, ...(config.site && { siteUrl: config.site }) };
          // Loaded here only: a build checks in a thread of its own and never loads the check's code itself.
          const { checkProject } = await import('../node/check-project.ts');
          markDevServer({ root, check: () => checkProject(root, options) });
          const check = await checkProject(root, options);
          rememberDevCheck(check);
          const unreadable = check.problems.filter(
            (p) =>
              p.severity === 'error' &&
              /front matter (is not valid YAML|could not be read|is not a list)/.test(p.message),
          );
          // Astro cannot start with front matter it cannot read; say which, in our words, before its own error.
          for (const p of unreadable) console.error(formatProblem(p));
          if (unreadable.length > 0) console.error('Fix the front matter above, then run npm run dev again.');
          return;
        }
        if (command !== 'build') return;
        // The same check, messages and warnings as `npm run check` (src/node/check-project.ts), in a thread of its
        // own while Astro starts and the loaders render Markdown (src/node/project-check-thread.ts); files unchanged
        // since the last build are not parsed again (src/node/check-cache.ts). `npm run build` started it before
        // Astro loaded (src/node/early-check.ts); another way of running `astro build` starts it here.
        const options = buildCheckOptions({ timeZone: siteTimeZone, url: config.site }, fileURLToPath(config.cacheDir));
        const check = takeEarlyCheck(root, options) ?? checkProjectInThread(root, options);
        shareProjectCheck(root, check);
        // Said as soon as it is known; the build stops at astro:build:start, before anything is bundled or written.
        reported = check.check.then((done) => {
          for (const p of done.problems) (p.severity === 'error' ? console.error : console.warn)(formatProblem(p));
          const { errorCount, summary } = done;
          if (errorCount > 0) return { errorCount, summary };
          const remembered = done.checked.length - done.freshCount;
          const kept = remembered > 0 ? `, ${remembered} remembered from the last build` : '';
          logger.info(`content: ${summary} (${done.freshCount} checked${kept})`);
          return { errorCount, summary };
        });
        // Awaited at astro:build:start (and by the loaders): not an unhandled rejection meanwhile.
        reported.catch(() => undefined);
      },
      // After the content sync, before Vite's bundle. The check and the loaders leave most of what they made behind
      // (every file's text and parse, rendered bodies), and V8 lets the heap grow before it collects: at 10,000 +
      // 10,000 entries, 1.1 GB of heap, a third of it live, when the bundle peaked at 2,063 MiB of memory (measured).
      // Collected here, the bundle starts from the live part.
      'astro:build:start': async () => {
        const check = await reported;
        if (check && check.errorCount > 0) {
          const error = new Error(
            `Content check failed: ${check.summary}. Fix the files listed above; nothing was built.`,
          );
          error.stack = error.message; // the list above is the message; a stack trace would only hide it
          throw error;
        }
        collectGarbage();
      },
    },
  };
}
