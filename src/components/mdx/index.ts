/**
 * The components .mdx bodies may use without an import; the event and article
 * pages pass this to `<Content components={mdxComponents} />`. Keep the names
 * in step with src/lib/mdx-components.ts (checked by tests/unit/mdx-components.test.ts).
 */
import Callout from './Callout.astro';
import Figure from './Figure.astro';
import MapLink from './MapLink.astro';
import RelatedEvents from './RelatedEvents.astro';

export const mdxComponents = { Callout, Figure, MapLink, RelatedEvents };
