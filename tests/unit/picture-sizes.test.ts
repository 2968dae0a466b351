import { describe, expect, it } from 'vitest';
import { cardSize, cropTo, leadSize, shareSize } from '../../src/lib/picture-sizes.ts';

describe('the sizes of an entry picture', () => {
  it('shows the lead picture whole, as wide as the text column at most, with files up to 2x', () => {
    expect(leadSize({ width: 1600, height: 900 })).toEqual({
      width: 672,
      height: 378,
      widths: [480, 672, 1080, 1344],
      sizes: '(min-width: 44rem) 672px, calc(100vw - 2rem)',
    });
    // A narrow file is shown at its own width, never enlarged, and offered at that width alone.
    expect(leadSize({ width: 400, height: 300 })).toMatchObject({ width: 400, height: 300, widths: [400] });
    expect(leadSize({ width: 900, height: 1200 })).toMatchObject({ width: 672, height: 896, widths: [480, 672] });
  });

  it('crops card thumbnails to 3:2 from any shape, in files no wider than the crop', () => {
    expect(cardSize({ width: 1600, height: 900 })).toEqual({
      width: 240,
      height: 160,
      widths: [240, 384],
      sizes: '(min-width: 40rem) 12rem, 7.5rem',
    });
    // A tall picture: its full width is used; a very wide one: its full height.
    expect(cardSize({ width: 600, height: 2000 })).toMatchObject({ width: 240, height: 160, widths: [240, 384] });
    expect(cardSize({ width: 3000, height: 200 })).toMatchObject({ width: 240, height: 160, widths: [240] });
    expect(cardSize({ width: 8, height: 6 })).toMatchObject({ width: 8, height: 5, widths: [8] });
  });

  it('shares a 1200x630 crop, or the largest 1.91:1 crop of a smaller picture', () => {
    expect(shareSize({ width: 1600, height: 900 })).toEqual({ width: 1200, height: 630 });
    expect(shareSize({ width: 1200, height: 1600 })).toEqual({ width: 1200, height: 630 });
    expect(shareSize({ width: 800, height: 600 })).toEqual({ width: 800, height: 420 });
    expect(shareSize({ width: 1600, height: 400 })).toEqual({ width: 761, height: 400 });
  });

  it('never crops beyond the picture', () => {
    for (const [width, height] of [
      [1, 1],
      [7, 1000],
      [1000, 7],
      [1199, 631],
      [333, 222],
    ] as const) {
      for (const ratio of [3 / 2, 1200 / 630]) {
        const crop = cropTo({ width, height }, ratio, 1200);
        expect(crop.width).toBeLessThanOrEqual(width);
        expect(crop.height).toBeLessThanOrEqual(height);
        expect(crop.width).toBeGreaterThan(0);
        expect(crop.height).toBeGreaterThan(0);
      }
    }
  });
});
