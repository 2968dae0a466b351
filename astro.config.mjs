// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { site } from './src/site.config.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { publishingMode } from './src/integrations/publishing-mode.ts';

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentGuard({ siteTimeZone: site.timeZone }), publishingMode(), mdx()],
});
