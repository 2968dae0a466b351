import { describe, expect, it } from 'vitest';
import {
  instantOf,
  isoWithOffset,
  isValidTimeZone,
  resolveWallClock,
  todayIn,
  wallClockAt,
  zoneAbbreviation,
} from '../../src/lib/zoned-time.ts';

describe('wall-clock times in zones', () => {
  it('10:45 in Asia/Ho_Chi_Minh is the evening before in New York', () => {
    const instant = instantOf('2025-12-03', '10:45', 'Asia/Ho_Chi_Minh');
    expect(instant.toISOString()).toBe('2025-12-03T03:45:00.000Z');
    expect(wallClockAt(instant, 'America/New_York')).toEqual({ date: '2025-12-02', time: '22:45' });
    expect(isoWithOffset('2025-12-03', '10:45', 'Asia/Ho_Chi_Minh')).toBe('2025-12-03T10:45:00+07:00');
  });

  it('the seed event starts at 10:45 EST', () => {
    expect(isoWithOffset('2025-12-02', '10:45', 'America/New_York')).toBe('2025-12-02T10:45:00-05:00');
    expect(zoneAbbreviation(instantOf('2025-12-02', '10:45', 'America/New_York'), 'America/New_York', 'en-US')).toBe(
      'EST',
    );
  });

  it('a time in the spring-forward gap does not exist', () => {
    const r = resolveWallClock('2026-03-08', '02:30', 'America/New_York');
    expect(r.kind).toBe('gap');
    // Read with the offset before the gap, as RFC 5545 does: 02:30 EST = 03:30 EDT.
    expect(wallClockAt(instantOf('2026-03-08', '02:30', 'America/New_York'), 'America/New_York').time).toBe('03:30');
  });

  it('the repeated autumn hour is ambiguous and resolves to the first', () => {
    const r = resolveWallClock('2026-11-01', '01:30', 'America/New_York');
    expect(r.kind).toBe('ambiguous');
    if (r.kind === 'ambiguous') expect(r.instant.toISOString()).toBe('2026-11-01T05:30:00.000Z');
  });

  it('keeps the same wall-clock time on both sides of a DST change', () => {
    expect(isoWithOffset('2026-03-03', '10:00', 'America/New_York')).toBe('2026-03-03T10:00:00-05:00');
    expect(isoWithOffset('2026-03-10', '10:00', 'America/New_York')).toBe('2026-03-10T10:00:00-04:00');
    expect(isoWithOffset('2026-03-31', '10:00', 'Europe/Berlin')).toBe('2026-03-31T10:00:00+02:00');
  });

  it('today is the date in the site zone, not the machine zone', () => {
    const now = new Date('2025-12-02T03:00:00Z');
    expect(todayIn('America/New_York', now)).toBe('2025-12-01');
    expect(todayIn('Asia/Ho_Chi_Minh', now)).toBe('2025-12-02');
  });

  it('tells real zone names from typos', () => {
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Europe/Berln')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });
});
