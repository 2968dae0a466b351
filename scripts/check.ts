/**
 * `npm run check [-- <file or folder>...]`: checks every event and article with
 * the build's own rules and messages, without building the site. Prints each
 * problem as `file: message (line n)`, then a summary; exits 1 on errors.
 * With GITHUB_ACTIONS=true it also prints annotations for the pull request.
 */
import { relative, resolve, sep } from 'node:path';
import { checkProject } from '../src/node/check-project.ts';
import { formatProblem } from '../src/lib/validation/problem.ts';
import { githubAnnotation } from '../src/lib/validation/annotations.ts';
import { summaryLine } from '../src/lib/validation/check-content.ts';
import { site } from '../src/site.config.ts';
import { readCommandArgs } from '../src/lib/command-args.ts';

const {
  values,
  positionals: paths,
  problems: argProblems,
} = readCommandArgs(process.argv.slice(2), {
  help: { type: 'boolean', short: 'h' },
});
if (values['help']) {
  console.log(`Checks the events and articles in content/ without building the site.

  npm run check                                  check everything
  npm run check -- content/events/2026/x.md      show only the problems of that file (or folder)

Errors stop the build and must be fixed; warnings do not. docs/writing.md explains the messages.`);
  process.exit(0);
}
const unknown = argProblems.map((p) => (p.kind === 'unknown' ? p.typed : `--${p.name}`));
if (unknown.length > 0) {
  console.error(`npm run check: unknown option ${unknown.join(', ')}; run "npm run check -- --help" for the options`);
  process.exit(2);
}

// npm runs scripts in the project folder; paths are read from where the writer typed them.
const root = process.cwd();
const only = paths.map((a) =>
  relative(root, resolve(process.env['INIT_CWD'] ?? root, a))
    .split(sep)
    .join('/'),
);
const result = await checkProject(root, { siteTimeZone: site.timeZone, siteUrl: site.url });
const wanted = (file: string) => only.length === 0 || only.some((o) => file === o || file.startsWith(`${o}/`));
const files = result.files.filter(wanted);
if (files.length === 0) {
  console.error(
    `npm run check: no event or article file in ${only.join(', ')}; give paths such as content/events/2026/my-event.md`,
  );
  process.exit(2);
}
const problems = result.problems.filter((p) => wanted(p.file));
const errorCount = problems.filter((p) => p.severity === 'error').length;
const warningCount = problems.length - errorCount;

for (const p of problems) console.log(formatProblem(p));
if (process.env['GITHUB_ACTIONS'] === 'true') for (const p of problems) console.log(githubAnnotation(p));

const summary = summaryLine({ errorCount, warningCount }, files.length);
if (problems.length > 0) console.log('');
if (errorCount > 0) {
  console.log(
    `${summary}. The site cannot be published until the errors are fixed; docs/writing.md explains each message.`,
  );
} else if (warningCount > 0) {
  console.log(`${summary}. Warnings do not stop the site from being published, but please have a look.`);
} else {
  console.log(`${summary}: all good.`);
}
process.exitCode = errorCount > 0 ? 1 : 0;
