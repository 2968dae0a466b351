// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { site } from './src/site.config.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { publishingMode } from './src/integrations/publishing-mode.ts';
import { pagefindSearch } from './src/integrations/pagefind.ts';
import { siteMap } from './src/integrations/sitemap.ts';

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  // Every style and script is an external /_astro/ file, never inlined into the
  // HTML, so the Content-Security-Policy in netlify.toml needs no 'unsafe-inline'
  // and no hashes (Astro inlines small ones below Vite's assetsInlineLimit otherwise).
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  // Pages whose code and cacheKey (src/data/page-keys.ts) are unchanged are
  // copied from the last build, kept in node_modules/.astro/ (Astro's cacheDir).
  experimental: { incrementalBuild: true },
  integrations: [contentGuard({ siteTimeZone: site.timeZone }), publishingMode(), mdx(), pagefindSearch(), ...siteMap()],
});
