/**
 * `npm run new -- event "Title" [--start ...]` / `npm run new -- article "Title"`:
 * writes a new content file with the fields filled in (src/lib/scaffold.ts),
 * never over an existing file or slug, and prints where it is and its preview URL.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readContentFiles } from '../src/node/read-content.ts';
import { checkContent } from '../src/lib/validation/check-content.ts';
import { checkFile } from '../src/lib/validation/check-file.ts';
import { formatProblem } from '../src/lib/validation/problem.ts';
import { NEW_USAGE, parseNewArgs, scaffold, ScaffoldError, type Scaffold } from '../src/lib/scaffold.ts';
import { siteNow } from '../src/lib/site-now.ts';
import { todayIn } from '../src/lib/zoned-time.ts';
import { site } from '../src/site.config.ts';

function fail(message: string): never {
  console.error(`npm run new: ${message}`);
  process.exit(1);
}

const argv = process.argv.slice(2);
if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h') {
  console.log(NEW_USAGE);
  process.exit(argv.length === 0 ? 1 : 0);
}

const root = process.cwd();
const { sources } = await readContentFiles(root);
const existing = checkContent(sources, site.timeZone).files;

// Tags in use, most used first, so the new file suggests the spellings others use.
const tagCounts = new Map<string, number>();
for (const f of existing) for (const tag of f.fields?.tags ?? []) tagCounts.set(tag, (tagCounts.get(tag) ?? 0) + 1);
const knownTags = [...tagCounts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([tag]) => tag);

let created: Scaffold;
try {
  const request = parseNewArgs(argv);
  created = scaffold(request, {
    today: todayIn(site.timeZone, siteNow(process.env['SITE_NOW'], new Date())),
    siteTimeZone: site.timeZone,
    knownTags,
  });
} catch (error) {
  if (error instanceof ScaffoldError) fail(error.message);
  throw error;
}

const sameSlug = existing.find((f) => f.kind === created.kind && f.slug === created.slug);
if (sameSlug) {
  fail(
    `there is already an ${created.kind} with the slug "${created.slug}": ${sameSlug.file}\nNothing was written. Open that file to change it, or give the new ${created.kind} a different title or --slug.`,
  );
}

const problems = checkFile(created.path, created.text, created.kind, site.timeZone).problems.filter(
  (p) => p.severity === 'error',
);
if (problems.length > 0)
  fail(`the new file would not pass the check, so nothing was written:\n${problems.map(formatProblem).join('\n')}`);

const target = join(root, created.path);
mkdirSync(dirname(target), { recursive: true });
try {
  writeFileSync(target, created.text, { flag: 'wx' }); // wx: never replace a file
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === 'EEXIST')
    fail(`${created.path} already exists; nothing was written. Open it, or choose another title or --slug.`);
  throw error;
}

console.log(`Created ${created.path}`);
for (const note of created.notes) console.log(`  Note: ${note}.`);
console.log(
  `Fill in the fields (lines starting with # are examples: remove the # to use one) and write the text below the second ---.`,
);
console.log(`Preview: run "npm run dev", then open ${created.previewUrl}`);
console.log(`Before you commit: npm run check`);
