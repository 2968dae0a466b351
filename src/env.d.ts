interface ImportMetaEnv {
  /** Defined by src/integrations/publishing-mode.ts: true only in `astro dev`. */
  readonly SHOW_UNPUBLISHED?: boolean;
}
