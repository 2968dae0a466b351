/** The picture a shared page shows: Open Graph, Twitter cards and JSON-LD. */
export interface ShareImage {
  /** Site-relative or absolute. */
  url: string;
  width: number;
  height: number;
  alt: string;
}

/** The image shared pages show when they have none of their own (public/og-default.png). */
export const DEFAULT_SHARE_IMAGE: ShareImage = {
  url: '/og-default.png',
  width: 1200,
  height: 630,
  alt: 'Digital Health Calendar: events and news',
};
