/** The image shared pages show when they have none of their own (public/og-default.png). */
export const DEFAULT_SHARE_IMAGE = {
  path: '/og-default.png',
  width: 1200,
  height: 630,
  alt: 'Digital Health Calendar: events and news',
} as const;
