import { describe, expect, it } from 'vitest';
import { isUpcoming, pastMarker } from '../../src/lib/publishing.ts';
import type { Occurrence } from '../../src/lib/occurrences.ts';
import { makeEvent } from '../helpers/factories.ts';

const occurrence = (
  o: Partial<Occurrence> & Pick<Occurrence, 'start' | 'end'>,
  timezone = 'America/New_York',
): Occurrence => ({ event: makeEvent({ timezone }), ...o });

describe("the past marker (data-ends-at) read by the reader's-clock script", () => {
  it('gives the end instant in UTC: the end time in the event zone', () => {
    const o = occurrence({ start: '2025-12-02', startTime: '09:00', end: '2025-12-02', endTime: '17:00' });
    expect(pastMarker(o, new Date('2025-12-02T21:59:59Z'))).toEqual({
      endsAt: '2025-12-02T22:00:00.000Z',
      past: false,
    });
    expect(pastMarker(o, new Date('2025-12-02T22:00:00Z')).past).toBe(true);
  });

  it('ends an all-day event at midnight after its last day in its own zone', () => {
    const o = occurrence({ start: '2025-12-02', end: '2025-12-04' }, 'Asia/Ho_Chi_Minh');
    expect(pastMarker(o, new Date('2025-12-01T00:00:00Z')).endsAt).toBe('2025-12-04T17:00:00.000Z');
  });

  it('agrees with what the build lists as upcoming', () => {
    const o = occurrence({ start: '2025-12-02', startTime: '10:45', end: '2025-12-04' });
    for (const now of ['2025-12-05T04:59:59Z', '2025-12-05T05:00:00Z', '2025-12-06T00:00:00Z']) {
      expect(pastMarker(o, new Date(now)).past).toBe(!isUpcoming(o, new Date(now)));
    }
  });
});
