/**
 * Astro's glob loader, with each entry checked by the same rules and messages as
 * `npm run check` before Astro's schema sees it. In the dev server a bad file
 * shows that message in the error overlay; the data Astro stores is the
 * normalised form (dates as written, defaults filled in).
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { checkFile, type ContentKind } from '../lib/validation/check-file.ts';
import { validateArticleFields } from '../lib/validation/article-fields.ts';
import { validateEventFields } from '../lib/validation/event-fields.ts';
import { formatProblem } from '../lib/validation/problem.ts';
import { slugFromPath } from '../lib/slug.ts';
import { brokenEntryData, isDevServer } from './dev-preview.ts';

export function checkedGlob(kind: ContentKind, base: string, siteTimeZone: string): Loader {
  const inner = glob({
    base,
    pattern: '**/*.{md,mdx}',
    generateId: ({ entry, data }) => (typeof data['slug'] === 'string' ? data['slug'] : slugFromPath(entry)),
  });
  const validate = kind === 'event' ? validateEventFields : validateArticleFields;
  return {
    name: `checked-glob-${kind}`,
    load: (context) =>
      inner.load({
        ...context,
        parseData: async (props) => {
          const file = relative(fileURLToPath(context.config.root), props.filePath ?? props.id).split('\\').join('/');
          const result = validate(props.data, { file, siteTimeZone });
          if (!result.value) {
            // The dev server keeps running and shows the problems in the browser (dev-preview.ts).
            if (isDevServer()) return context.parseData({ ...props, data: brokenEntryData(kind, siteTimeZone) as typeof props.data });
            // Re-read the file only on this error path, for the CLI's exact lines (with line numbers).
            const text = props.filePath ? readFileSync(props.filePath, 'utf8') : '';
            const problems = checkFile(file, text, kind, siteTimeZone).problems.filter((p) => p.severity === 'error');
            const error = new Error((problems.length ? problems : result.problems).map(formatProblem).join('\n'));
            error.name = 'ContentError';
            throw error;
          }
          return context.parseData({ ...props, data: { ...result.value } as unknown as typeof props.data });
        },
      }),
  };
}
