import { describe, expect, it } from 'vitest';
import { CacheKeys } from '../../src/lib/cache-key.ts';

describe('CacheKeys', () => {
  it('gives equal keys for equal values and different keys for any change, nested or not', () => {
    const keys = new CacheKeys();
    const page = { title: 'Summit', days: ['2025-12-02', '2025-12-03'], past: [false] };
    expect(keys.of(page)).toBe(keys.of(structuredClone(page)));
    expect(keys.of(page)).not.toBe(keys.of({ ...page, days: ['2025-12-02'] }));
    expect(keys.of(page)).not.toBe(keys.of({ ...page, past: [true] }));
    expect(keys.of(page, 'body-1')).not.toBe(keys.of(page, 'body-2'));
  });

  it('hashes Maps and Sets by their contents (plain JSON would write {} for both)', () => {
    const keys = new CacheKeys();
    expect(keys.of(new Map([['a', 1]]))).not.toBe(keys.of(new Map([['a', 2]])));
    expect(keys.of(new Set(['x']))).not.toBe(keys.of(new Set(['y'])));
  });

  it('keys pages holding a shared object by its content, the same in the next build', () => {
    const event = { slug: 'summit', text: 'A long body. '.repeat(1000) };
    const keyIn = (build: CacheKeys, e: typeof event) => {
      build.share(e);
      return build.of([{ event: e, day: '2025-12-02' }]);
    };
    // Each build has its own objects: equal content gives the equal key...
    expect(keyIn(new CacheKeys(), event)).toBe(keyIn(new CacheKeys(), structuredClone(event)));
    // ...and an edit anywhere in the shared object gives another.
    expect(keyIn(new CacheKeys(), event)).not.toBe(keyIn(new CacheKeys(), { ...event, text: `${event.text}!` }));
  });
});
