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
      // Astro reads a page's body once, with arrayBuffer(), before it writes
      // it: Pagefind is handed the bytes Astro reads. (Reading the body here
      // and handing Astro a new Response of it copied each page twice more,
      // 30 to 60 µs a page, measured.) Should Astro read bodies some other
      // way, no page is handed in, and the bundle is built from dist/ after
      // the build, as before (tests/site/incremental-build.test.ts would fail).
      const read = response.arrayBuffer.bind(response);
      response.arrayBuffer = async () => {
        const bytes = await read();
        await stream.offer(url, new Uint8Array(bytes));
        return bytes;
      };
      return rendered;
    },
    ...(astro.collectStaticImages && { collectStaticImages: async () => astro.collectStaticImages!() }),
    teardown: async () => {
      stream.end();
      await astro.teardown?.();
    },
  };
}
