/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): Astro
 * copies a page from the previous build instead of rendering it when the page's
 * code is unchanged (Astro hashes the module graph) and its `cacheKey` is too.
 * So a key must change whenever anything the page renders changes, and nothing
 * here may be clever about what a page "really" shows: a page's key hashes the
 * very values it renders (its props, and the facts that depend on the clock).
 *
 * Many pages render the same event or article; `share` hashes such an object
 * once, and every key that contains it hashes its digest instead of its text,
 * so keying 25,000 pages costs one pass over the content, not one per page.
 */
import { createHash } from 'node:crypto';

const digestOf = (text: string) => createHash('sha1').update(text).digest('base64url');

export class CacheKeys {
  readonly #shared = new WeakMap<object, string>();
  readonly #shareWhenMet: (value: object) => boolean;

  /** `shareWhenMet`: objects to hash once when a key first contains them (views that many pages show). */
  constructor({ shareWhenMet = () => false }: { shareWhenMet?: (value: object) => boolean } = {}) {
    this.#shareWhenMet = shareWhenMet;
  }

  /** JSON with shared objects replaced by their digests; Maps and Sets kept (plain JSON drops them). */
  #json(value: unknown, self?: object): string {
    return JSON.stringify(value, (_key, v: unknown) => {
      if (typeof v !== 'object' || v === null) return v;
      if (v !== self) {
        if (this.#shareWhenMet(v)) this.share(v);
        const digest = this.#shared.get(v);
        if (digest !== undefined) return `#${digest}`;
      }
      if (v instanceof Map) return { map: [...v] };
      if (v instanceof Set) return { set: [...v] };
      return v;
    });
  }

  /** Hashes `value` once; keys that contain it afterwards use this digest. */
  share(value: object): void {
    if (!this.#shared.has(value)) this.#shared.set(value, digestOf(this.#json(value, value)));
  }

  /** The key of a page that renders exactly `parts`. */
  of(...parts: unknown[]): string {
    return digestOf(this.#json(parts));
  }
}
