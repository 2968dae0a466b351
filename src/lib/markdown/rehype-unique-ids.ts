/**
 * Every id in a body unique on its page: not one the page itself uses (the
 * page's `main`, `dates-heading`...), not one an earlier element in the body
 * has, and valid (starts with a letter, no spaces). A clash gets a number, as
 * rehype-slug numbers repeated headings (`main-1`), one that no other element
 * in the body has, so the ids a writer can predict stay as they are. Links in
 * the body to an id that changed (`[Contents](#main)`, `#18f-blog`) follow it.
 * Runs after rehype-slug, which does not know the page's ids or a writer's own.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export interface UniqueIdsOptions {
  /** Ids the page around the body uses. */
  reserved?: readonly string[];
}

export default function rehypeUniqueIds({ reserved = [] }: UniqueIdsOptions = {}) {
  return (tree: Root) => {
    const elements: { element: Element; given: string; id: string }[] = [];
    const links: Element[] = [];
    visit(tree, 'element', (element: Element) => {
      const href = element.properties['href'];
      if (element.tagName === 'a' && typeof href === 'string' && href.startsWith('#')) links.push(element);
      const raw = element.properties['id'];
      if (raw === undefined || raw === null) return;
      const given = String(raw);
      const clean = given.trim().replace(/\s+/g, '-');
      if (clean === '') delete element.properties['id'];
      else elements.push({ element, given, id: /^[a-z]/i.test(clean) ? clean : `id-${clean}` });
    });
    const written = new Set(elements.map((e) => e.id));
    const taken = new Set(reserved);
    /** What a link to an id the body wrote now points at: the first element that had it. */
    const moved = new Map<string, string>();
    for (const { element, given, id } of elements) {
      let unique = id;
      for (let n = 1; taken.has(unique); n++) {
        unique = `${id}-${n}`;
        if (written.has(unique)) unique = id; // another element's: keep counting
      }
      taken.add(unique);
      element.properties['id'] = unique;
      if (unique !== given && !moved.has(given)) moved.set(given, unique);
    }
    for (const link of links) {
      const target = moved.get(decodeURIComponent(String(link.properties['href']).slice(1)));
      if (target !== undefined) link.properties['href'] = `#${target}`;
    }
  };
}
