/**
 * Tells the site whether it is being previewed (`astro dev`) or built. Only the
 * dev server shows drafts and scheduled articles. This is keyed to the command,
 * not to `import.meta.env.DEV`, which follows NODE_ENV: a build run with
 * NODE_ENV=test (as under vitest) would otherwise publish drafts.
 */
import type { AstroIntegration } from 'astro';

export function publishingMode(): AstroIntegration {
  return {
    name: 'publishing-mode',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { 'import.meta.env.SHOW_UNPUBLISHED': JSON.stringify(command === 'dev') } } });
      },
    },
  };
}
