import { describe, expect, it } from 'vitest';
import { shareProjectCheck, takeProjectCheck, type ProjectCheck } from '../../src/node/check-project.ts';

const check = { checked: [], problems: [], texts: new Map([['content/events/a.md', '---\ntitle: A\n---\n']]) };

describe("the build's content check, shared with the loaders", () => {
  it('goes to the loader of each kind, and is let go once both have it (it holds every file)', () => {
    const root = '/site-a';
    shareProjectCheck(root, check as unknown as ProjectCheck);
    expect(takeProjectCheck(root, 'event')).toBe(check);
    // The same kind again (Astro syncing twice) still finds it until the other kind took it.
    expect(takeProjectCheck(root, 'event')).toBe(check);
    expect(takeProjectCheck(root, 'article')).toBe(check);
    expect(takeProjectCheck(root, 'event')).toBeUndefined();
    expect(takeProjectCheck(root, 'article')).toBeUndefined();
  });

  it('keeps each site apart', () => {
    shareProjectCheck('/site-b', check as unknown as ProjectCheck);
    expect(takeProjectCheck('/site-c', 'event')).toBeUndefined();
    expect(takeProjectCheck('/site-b', 'article')).toBe(check);
  });
});
