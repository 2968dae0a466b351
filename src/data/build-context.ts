/**
 * The build's clock and mode, read in this one place. `SITE_NOW` pins "now"
 * (ISO 8601, e.g. 2025-12-01T12:00:00Z) so tests and reproducible builds do not
 * depend on when they run; by default it is the moment the build starts.
 */
import { siteNow } from '../lib/site-now.ts';

const now = siteNow(process.env['SITE_NOW'], new Date());

/*
 * Dot access only, and never the env object as a whole (not even in a comment):
 * for a module that names the whole object, Astro inlines every environment
 * variable whose name appears in its text (SITE_NOW here), so this module's
 * code, and with it every page's incremental-build hash, changed with the clock.
 */
const showUnpublished = import.meta.env.SHOW_UNPUBLISHED === true;

export const buildContext = {
  now,
  /** The dev server shows drafts and scheduled articles, marked; builds never do (src/integrations/publishing-mode.ts). */
  includeUnpublished: showUnpublished,
  /** `astro dev` (no search index, live edits) as opposed to `astro build`, whatever NODE_ENV says. */
  isDevServer: showUnpublished,
};
