// @ts-check
// The benchmark's plain baseline: the project's page set, written the
// straightforward way (see README.md here). Built by scripts/bench.ts only.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  site: 'https://digital-health-calendar.netlify.app',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
});
