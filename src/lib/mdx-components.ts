/**
 * The components writers may use in .mdx bodies without importing them (the
 * event and article pages pass them to `<Content components={...} />`).
 * `npm run check` reads this list to catch a misspelt component name before
 * MDX stops the build on it. Documented for writers in docs/writing.md.
 */
import type { BodyFacts } from './validation/body-facts.ts';

export const MDX_COMPONENTS = {
  Callout: 'a boxed note: <Callout type="tip" title="Bring a laptop">text</Callout> (type: note, tip or warning)',
  Figure: 'a picture with a caption: <Figure caption="...">, a Markdown image inside, </Figure>',
  MapLink: 'a link to the address on OpenStreetMap: <MapLink address="233 S Wacker Dr, Chicago" />',
  RelatedEvents: 'upcoming events with a tag: <RelatedEvents tag="fhir" />',
} as const;

export type MdxComponentName = keyof typeof MDX_COMPONENTS;

/** The tags a body's `<RelatedEvents tag="...">` ask for: their events are passed to the page. */
export function relatedEventTags(facts: Pick<BodyFacts, 'components'>): string[] {
  const tags = facts.components.flatMap((c) => (c.name === 'RelatedEvents' && c.text['tag'] ? [c.text['tag']] : []));
  return [...new Set(tags)];
}

export const CALLOUT_TYPES = ['note', 'tip', 'warning'] as const;
export type CalloutType = (typeof CALLOUT_TYPES)[number];

/** Other words writers reach for, read as the three types. */
const CALLOUT_ALIASES: Record<string, CalloutType> = {
  info: 'note',
  hint: 'tip',
  warn: 'warning',
  caution: 'warning',
  important: 'warning',
  danger: 'warning',
};

export function calloutType(raw: string | undefined): CalloutType | undefined {
  const word = (raw ?? 'note').trim().toLowerCase();
  return (CALLOUT_TYPES as readonly string[]).includes(word) ? (word as CalloutType) : CALLOUT_ALIASES[word];
}

/** OpenStreetMap's search for an address: a plain link, no embedded map, no script. */
export function mapSearchUrl(address: string): string {
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(address.trim())}`;
}
