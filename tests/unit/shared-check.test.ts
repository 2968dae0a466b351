import { describe, expect, it } from 'vitest';
import type { ProjectCheck } from '../../src/node/check-project.ts';
import { shareProjectCheck, takeProjectCheck } from '../../src/node/shared-check.ts';
import type { ProjectCheckInThread } from '../../src/node/project-check-thread.ts';

const texts = new Map([['content/events/a.md', '---\ntitle: A\n---\n']]);
const check: ProjectCheckInThread = {
  texts: Promise.resolve(texts),
  check: Promise.resolve({ checked: [], problems: [], texts } as unknown as ProjectCheck),
};

describe("the build's content check, shared with the loaders", () => {
  it('goes to the loader of each kind, and is let go once both have it (it holds every file)', () => {
    const root = '/site-a';
    shareProjectCheck(root, check);
    expect(takeProjectCheck(root, 'event')).toBe(check);
    // The same kind again (Astro syncing twice) still finds it until the other kind took it.
    expect(takeProjectCheck(root, 'event')).toBe(check);
    expect(takeProjectCheck(root, 'article')).toBe(check);
    expect(takeProjectCheck(root, 'event')).toBeUndefined();
    expect(takeProjectCheck(root, 'article')).toBeUndefined();
  });

  it('keeps each site apart', () => {
    shareProjectCheck('/site-b', check);
    expect(takeProjectCheck('/site-c', 'event')).toBeUndefined();
    expect(takeProjectCheck('/site-b', 'article')).toBe(check);
  });
});
