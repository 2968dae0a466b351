/**
 * Astro's own prerenderer with two changes, for the search bundle
 * (src/node/streamed-index.ts): the pages that may be indexed are rendered
 * first, in index order, and each is handed to Pagefind as it is rendered.
 * What is rendered and written is unchanged: the same paths, the same bytes.
 */
import type { AstroPrerenderer } from 'astro';
import { indexedPageUrl, indexedPagesFirst } from '../lib/search-bundles.ts';
import type { StreamedIndex } from '../node/streamed-index.ts';

type RouteType = Parameters<AstroPrerenderer['render']>[1]['routeData']['type'];

/** Pages only: `/events/<slug>.ics` is an endpoint. */
function indexedUrl(pathname: string, type: RouteType): string | undefined {
  return type === 'page' ? indexedPageUrl(pathname) : undefined;
}

export function indexingPrerenderer(astro: AstroPrerenderer, stream: StreamedIndex): AstroPrerenderer {
  return {
    name: 'search-while-rendering',
    setup: async () => astro.setup?.(),
    getStaticPaths: async () => {
      const paths = indexedPagesFirst(await astro.getStaticPaths(), (p) => indexedUrl(p.pathname, p.route.type));
      stream.expect(paths.flatMap((p) => indexedUrl(p.pathname, p.route.type) ?? []));
      return paths;
    },
    render: async (request, options) => {
      const rendered = await astro.render(request, options);
      const url = indexedUrl(new URL(request.url).pathname, options.routeData.type);
      const response = rendered instanceof Response ? rendered : rendered.response;
      if (url === undefined || response.status !== 200 || !response.body) return rendered;
      // Read once: Pagefind gets these bytes and Astro writes the same ones.
      const page = new Uint8Array(await response.arrayBuffer());
      await stream.offer(url, page);
      const copy = new Response(page, { status: response.status, headers: response.headers });
      return rendered instanceof Response ? copy : { ...rendered, response: copy };
    },
    ...(astro.collectStaticImages && { collectStaticImages: async () => astro.collectStaticImages!() }),
    teardown: async () => {
      stream.end();
      await astro.teardown?.();
    },
  };
}
