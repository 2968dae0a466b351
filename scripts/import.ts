/**
 * `npm run import -- <file.ics> [--force] [--dry-run]`: one Markdown event file
 * per event of an iCalendar export (src/lib/ics-import/). Events whose slug
 * exists are skipped unless --force; every file is checked with the build's
 * rules before it is written; a file that cannot be read writes nothing.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { readContentFiles } from '../src/node/read-content.ts';
import { checkContent } from '../src/lib/validation/check-content.ts';
import { checkFile } from '../src/lib/validation/check-file.ts';
import { IcsError } from '../src/lib/ics-import/calendar-file.ts';
import { eventFilePath, eventFileText } from '../src/lib/ics-import/event-file.ts';
import { importIcs, type IcsImport } from '../src/lib/ics-import/import.ts';
import { paths } from '../src/lib/paths.ts';
import { PREVIEW_ORIGIN } from '../src/lib/scaffold.ts';
import { closest } from '../src/lib/validation/closest.ts';
import { site } from '../src/site.config.ts';
import { readCommandArgs } from '../src/lib/command-args.ts';

const USAGE = `Turns an iCalendar export (.ics from Google Calendar, Outlook, Thunderbird or an events plugin) into event files.

  npm run import -- calendar.ics              write one file per event under content/events/<year>/
  npm run import -- calendar.ics --dry-run    show what would be written, write nothing
  npm run import -- calendar.ics --force      also replace events whose slug already exists`;

function fail(message: string, code = 1): never {
  console.error(`npm run import: ${message}`);
  process.exit(code);
}

const OPTIONS = ['force', 'dry-run'];
const {
  values,
  positionals: files,
  problems,
} = readCommandArgs(process.argv.slice(2), {
  force: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
});
if (process.argv.length <= 2 || values['help']) {
  console.log(USAGE);
  process.exit(process.argv.length <= 2 ? 1 : 0);
}
for (const problem of problems) {
  const typed = problem.kind === 'unknown' ? problem.typed : `--${problem.name}`;
  const guess = closest(problem.name, OPTIONS);
  fail(`unknown option ${typed}${guess ? `; did you mean --${guess}?` : `; the options are --force and --dry-run`}`, 2);
}
if (files.length !== 1)
  fail(
    `give one .ics file, e.g. npm run import -- ~/Downloads/calendar.ics${files.length > 1 ? ` (got ${files.length}: import them one at a time)` : ''}`,
    2,
  );

const root = process.cwd();
// npm runs scripts in the project folder; the path is read from where the writer typed it.
const icsPath = resolve(process.env['INIT_CWD'] ?? root, files[0] as string);
const icsName = basename(icsPath);
let source: string;
try {
  source = readFileSync(icsPath, 'utf8');
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  fail(
    code === 'ENOENT'
      ? `there is no file ${icsName}; check the name and folder`
      : `cannot read ${icsName} (${(error as Error).message})`,
  );
}

const { sources } = await readContentFiles(root);
const checked = checkContent(sources, site.timeZone).files;
const existing = new Map(checked.filter((f) => f.kind === 'event').map((f) => [f.slug, f.file]));
const knownTags = [...new Set(checked.flatMap((f) => f.fields?.tags ?? []))];

let result: IcsImport;
try {
  result = importIcs(source, { siteTimeZone: site.timeZone, knownTags });
} catch (error) {
  if (error instanceof IcsError) fail(`${icsName} ${error.message}. Nothing was written.`);
  throw error;
}

const force = values['force'] === true;
const dryRun = values['dry-run'] === true;

interface Plan {
  title: string;
  path: string;
  text: string;
  slug: string;
  action: 'write' | 'replace';
  notes: string[];
}
const plans: Plan[] = [];
const skipped = [...result.skipped];
for (const event of result.events) {
  const text = eventFileText(event);
  const have = existing.get(event.slug);
  let path = eventFilePath(event);
  let action: Plan['action'] = 'write';
  if (have !== undefined) {
    if (!force) {
      skipped.push({
        title: event.title,
        reason: `${have} already has the slug "${event.slug}"; add --force to replace it`,
      });
      continue;
    }
    path = have;
    action = 'replace';
  } else if (existsSync(join(root, path))) {
    skipped.push({ title: event.title, reason: `${path} already exists (with another slug:); rename one of them` });
    continue;
  }
  const errors = checkFile(path, text, 'event', site.timeZone).problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    skipped.push({
      title: event.title,
      reason: `would not pass the check: ${errors.map((p) => p.message).join('; ')}`,
    });
    continue;
  }
  plans.push({ title: event.title, path, text, slug: event.slug, action, notes: event.notes });
}

if (!dryRun) {
  for (const plan of plans) {
    const target = join(root, plan.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, plan.text);
  }
}

const count = result.events.length + result.skipped.length;
console.log(
  `${icsName}: ${count} event${count === 1 ? '' : 's'}${result.ignored.length ? ` (and ${result.ignored.join(' and ')}, which are not events: ignored)` : ''}`,
);
const verb = (p: Plan) =>
  dryRun ? (p.action === 'write' ? 'would write' : 'would replace') : p.action === 'write' ? 'wrote' : 'replaced';
for (const plan of plans) {
  console.log(`  ${verb(plan)} ${plan.path}  (${PREVIEW_ORIGIN}${paths.event(plan.slug)})`);
  for (const note of plan.notes) console.log(`      note: ${note}`);
}
for (const skip of skipped) console.log(`  skipped "${skip.title}": ${skip.reason}`);
const written = plans.length;
const summary = dryRun
  ? `Dry run: ${written} file${written === 1 ? '' : 's'} would be written, ${skipped.length} skipped. Nothing was written.`
  : `${written} file${written === 1 ? '' : 's'} written, ${skipped.length} skipped.${written > 0 ? ' Read them over (the description may need tidying), then run "npm run check" and preview with "npm run dev".' : ''}`;
console.log(summary);
