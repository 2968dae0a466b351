// @ts-check
// The benchmark's plain baseline: the project's page set, written as a
// competent developer would with plain Astro (see README.md here). Built by
// scripts/bench.ts only.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

export default defineConfig({
  site: 'https://digital-health-calendar.netlify.app',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), sitemap()],
});
