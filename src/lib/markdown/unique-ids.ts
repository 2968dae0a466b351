/**
 * Every id in a body unique on its page: not one the page itself uses (the
 * page's `main`, `dates-heading`...), not one an earlier element in the body
 * has, and valid (starts with a letter, no spaces). A clash gets a number, as
 * github-slugger numbers repeated headings (`main-1`), one that no other element
 * in the body has, so the ids a writer can predict stay as they are. Links in
 * the body to an id that changed (`[Contents](#main)`, `#18f-blog`) follow it.
 */

export interface UniqueIds {
  /** The id each element gets, in the order given; undefined when it has none left (only spaces). */
  ids: (string | undefined)[];
  /** What a link to an id as written now points at: the first element that had it. */
  moved: ReadonlyMap<string, string>;
}

/** `given`: the ids of the body's elements as written (headings' from their text), in document order. */
export function uniqueIds(given: readonly string[], reserved: readonly string[]): UniqueIds {
  const cleaned = given.map((id) => {
    const clean = id.trim().replace(/\s+/g, '-');
    if (clean === '') return undefined;
    return /^[a-z]/i.test(clean) ? clean : `id-${clean}`;
  });
  const written = new Set(cleaned.filter((id) => id !== undefined));
  const taken = new Set(reserved);
  const moved = new Map<string, string>();
  const ids = cleaned.map((id, i) => {
    if (id === undefined) return undefined;
    let unique = id;
    for (let n = 1; taken.has(unique); n++) {
      unique = `${id}-${n}`;
      if (written.has(unique)) unique = id; // another element's: keep counting
    }
    taken.add(unique);
    const as = given[i] ?? '';
    if (unique !== as && !moved.has(as)) moved.set(as, unique);
    return unique;
  });
  return { ids, moved };
}

/** A link's target after uniqueIds: `#main` to `#main-1`; undefined when it does not change. */
export function movedHref(href: string, moved: ReadonlyMap<string, string>): string | undefined {
  if (!href.startsWith('#')) return undefined;
  let id: string;
  try {
    id = decodeURIComponent(href.slice(1));
  } catch {
    return undefined;
  }
  const target = moved.get(id);
  return target === undefined ? undefined : `#${target}`;
}
