/**
 * Netlify build plugin (netlify.toml [[plugins]]): keeps what makes a rebuild
 * incremental from one deploy to the next. Netlify starts each build from a
 * fresh checkout; without these folders every build renders every page and
 * re-reads every content file.
 *
 * - node_modules/.astro: Astro's content store and its incremental-build cache
 *   (the manifest of page keys and a copy of each page's output);
 * - .astro: generated content types;
 * - dist: the last build's output, so pages Astro skips are simply left in
 *   place (src/integrations/kept-output.ts removes anything stale).
 *
 * Netlify keeps node_modules between builds itself, but only while the lock
 * file is unchanged; this plugin does not depend on that.
 */
export const CACHED = ['node_modules/.astro', '.astro', 'dist'];

export async function onPreBuild({ utils }) {
  const restored = await Promise.all(CACHED.map((path) => utils.cache.restore(path)));
  console.log(
    `build cache: restored ${CACHED.filter((_, i) => restored[i]).join(', ') || 'nothing (first build, or cache cleared)'}`,
  );
}

// Netlify runs this only when the build command succeeded: a failed build's
// half-written output never becomes the next build's starting point.
export async function onPostBuild({ utils }) {
  await Promise.all(CACHED.map((path) => utils.cache.save(path)));
}
