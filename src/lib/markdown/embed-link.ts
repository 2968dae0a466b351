/**
 * Where a reader can open what an embedded frame, video or object shows, when
 * the page cannot embed it: the address of the page itself rather than of the
 * player (a YouTube or Vimeo player URL becomes the video's page), or the
 * address as written.
 */
export function embedPageUrl(src: string): string | undefined {
  const trimmed = src.trim();
  if (trimmed === '') return undefined;
  // A path on this site stays as it is.
  if (trimmed.startsWith('/') && !trimmed.startsWith('//')) return trimmed;
  let url: URL;
  try {
    url = new URL(trimmed.startsWith('//') ? `https:${trimmed}` : trimmed);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const youtube =
    /^(?:www\.)?youtube(?:-nocookie)?\.com$/.test(url.hostname) && /^\/embed\/([\w-]+)/.exec(url.pathname);
  if (youtube) {
    const page = new URL('https://www.youtube.com/watch');
    page.searchParams.set('v', youtube[1] ?? '');
    const start = url.searchParams.get('start');
    if (start && /^\d+$/.test(start)) page.searchParams.set('t', `${start}s`);
    return page.href;
  }
  const vimeo = url.hostname === 'player.vimeo.com' && /^\/video\/(\d+)/.exec(url.pathname);
  if (vimeo) return `https://vimeo.com/${vimeo[1]}`;
  return url.href;
}
