import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../../src/node/collect-garbage.ts';

describe('collectGarbage', () => {
  it('collects what nothing refers to any more, without giving the program a global gc()', async () => {
    const hadGlobal = 'gc' in globalThis;
    const holder: { garbage?: object } = { garbage: { payload: new Array(1000).fill('x') } };
    const ref = new WeakRef(holder.garbage!);
    delete holder.garbage;
    // A WeakRef keeps its target until the job that made it ends.
    await new Promise((resolve) => setTimeout(resolve, 0));
    collectGarbage();
    expect(ref.deref()).toBeUndefined();
    expect('gc' in globalThis).toBe(hadGlobal);
  });
});
