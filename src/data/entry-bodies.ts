/**
 * The body of an event or article page: its rendered Markdown, which the loader
 * keeps in a file of its own (src/node/rendered-html.ts), or Astro's render()
 * for MDX and for Markdown whose images Astro processes. Pages carry a
 * reference in their props and look the body up here when they render, so a
 * page copied from the last build reads nothing.
 */
import { getEntry, render, type CollectionEntry } from 'astro:content';
import { fileDigest } from '../node/file-digest.ts';
import { readRenderedHtml } from '../node/rendered-html.ts';

type Entry = CollectionEntry<'events'> | CollectionEntry<'articles'>;

export type BodyRef =
  { html: string; source: string } | { collection: 'events'; id: string } | { collection: 'articles'; id: string };

export type Body = { html: string } | { Content: Awaited<ReturnType<typeof render>>['Content'] };

export function bodyRef(entry: Entry): BodyRef {
  const htmlFile = entry.data.derived?.htmlFile;
  if (htmlFile) return { html: htmlFile, source: entry.filePath ?? entry.id };
  return entry.collection === 'events'
    ? { collection: 'events', id: entry.id }
    : { collection: 'articles', id: entry.id };
}

/**
 * What the body's output depends on: the source file (its digest), the
 * Markdown configuration it was rendered with, and the bytes of the images a
 * Markdown body shows (an MDX body imports its images, which Astro tracks).
 */
export function bodyKey(entry: Entry): string {
  const derived = entry.data.derived;
  const images = (derived?.images ?? []).map(fileDigest);
  return [entry.digest ?? '', derived?.renderKey ?? '', ...images].join(':');
}

export async function entryBody(ref: BodyRef): Promise<Body> {
  if ('html' in ref) return { html: readRenderedHtml(ref.html, ref.source) };
  const entry = ref.collection === 'events' ? await getEntry('events', ref.id) : await getEntry('articles', ref.id);
  if (!entry) throw new Error(`${ref.collection}/${ref.id}: no such entry to render`);
  return { Content: (await render(entry)).Content };
}
