/**
 * The components .mdx bodies may use without an import; EntryBody passes them
 * to `<Content components={...} />`. Keep the names in step with
 * src/lib/mdx-components.ts (checked by tests/unit/mdx-components.test.ts).
 *
 * A writer gives <MapLink> and <RelatedEvents> only their own attributes; the
 * page's data (mdx-context.ts) is added here, so the components read nothing
 * themselves and the page's props (its cache key) hold everything they show.
 */
import { jsx } from 'astro/jsx-runtime';
import type { MdxContext } from '../../data/mdx-context.ts';
import Callout from './Callout.astro';
import Figure from './Figure.astro';
import MapLink from './MapLink.astro';
import RelatedEvents from './RelatedEvents.astro';

export const mdxComponentsByName = { Callout, Figure, MapLink, RelatedEvents };

/** `component` with `data` added to the props the writer gave (MDX renders function components like its own). */
function withData<P>(component: (props: P) => unknown, data: Partial<P>): (props: Record<string, unknown>) => unknown {
  return (props) => jsx(component, { ...props, ...data });
}

export function mdxComponents(context: MdxContext = { related: {} }) {
  return {
    ...mdxComponentsByName,
    MapLink: withData(MapLink, context.address === undefined ? {} : { fallbackAddress: context.address }),
    RelatedEvents: withData(RelatedEvents, { related: context.related }),
  };
}
