// @ts-check
import { defineConfig, sharpImageService } from 'astro/config';
import mdx from '@astrojs/mdx';
import { site } from './src/site.config.ts';
import { markdown, mdxOptions } from './src/markdown.config.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { publishingMode } from './src/integrations/publishing-mode.ts';
import { pagefindSearch, PAGEFIND_DIR } from './src/integrations/pagefind.ts';
import { siteMap } from './src/integrations/sitemap.ts';
import { keptOutput } from './src/integrations/kept-output.ts';
import { keyedCaches } from './src/integrations/keyed-caches.ts';
import { CODE } from './src/node/code-keys.ts';

const search = pagefindSearch();

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  // Every style and script is an external /_astro/ file, never inlined into the
  // HTML, so the Content-Security-Policy in netlify.toml needs no 'unsafe-inline'
  // and no hashes (Astro inlines small ones below Vite's assetsInlineLimit otherwise).
  // concurrency: rendering a page is quick and writing it waits on the disk;
  // a few pages at a time keep the CPU busy while earlier ones are written.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  vite: {
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro's own MDX modules start with "use astro:head-inject", which the bundler warns about once per MDX
        // file (withastro/astro#18087, harmless): a writer's build log should show the writer's problems only.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  // How bodies are rendered: src/markdown.config.ts (with mdx() below).
  markdown,
  // Pictures in Markdown and MDX bodies become responsive: a srcset of widths up
  // to the file's own (webp), with width, height, lazy loading and a `sizes`.
  // Astro marks them with data-astro-image attributes, never a style attribute;
  // responsiveStyles stays off, so no stylesheet of Astro's is added either
  // (global.css and media.css size pictures). Event and article pictures choose
  // their own sizes (src/lib/picture-sizes.ts).
  // AVIF at sharp's effort 2, not 4: ten times faster to encode (0.2 s instead of
  // 2 s for a 1344 px picture, measured), 30 % larger, still smaller than WebP.
  // Made once per picture and size: Astro keeps them in node_modules/.astro/assets.
  image: { layout: 'constrained', responsiveStyles: false, service: sharpImageService({ avif: { effort: 2 } }) },
  // Pages whose code and cacheKey (src/data/page-routes.ts) are unchanged are
  // left in dist/ from the last build (or copied from node_modules/.astro/).
  experimental: { incrementalBuild: true },
  // keptOutput() before Pagefind and the sitemap: it removes the last build's
  // leftovers from dist/ first, so they index and list only this build's pages.
  // Pagefind brings its own folder up to date (src/integrations/pagefind.ts),
  // and the sitemap is written while it works.
  integrations: [
    contentGuard({ siteTimeZone: site.timeZone }),
    publishingMode(),
    mdx(mdxOptions),
    keptOutput({ leave: [PAGEFIND_DIR] }),
    // Pagefind's record of its bundle is void when its code changes (its options are in that code).
    keyedCaches([{ name: 'pagefind', files: ['pagefind-bundle.json'], code: CODE.pagefind }]),
    search.start,
    siteMap(),
    search.finish,
  ],
});
