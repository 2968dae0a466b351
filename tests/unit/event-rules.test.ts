/** The one rule each for an event's status words, its place and the end of an occurrence (src/lib). */
import { describe, expect, it } from 'vitest';
import { statusLabel, statusPrefix } from '../../src/lib/event-status.ts';
import { placeLabel, placeLine, placeOf, placeSentence } from '../../src/lib/event-place.ts';
import { occurrenceEnd, occurrenceStarts, occurrenceTimes } from '../../src/lib/occurrences.ts';
import { occurrenceEndsAt } from '../../src/lib/publishing.ts';
import { makeEvent } from '../helpers/factories.ts';

describe('status', () => {
  it('says nothing for a scheduled event and names the others, as a label and before a title', () => {
    expect([statusLabel('scheduled'), statusLabel('cancelled'), statusLabel('postponed')]).toEqual([
      '',
      'Cancelled',
      'Postponed',
    ]);
    expect([statusPrefix('scheduled'), statusPrefix('cancelled'), statusPrefix('postponed')]).toEqual([
      '',
      'Cancelled: ',
      'Postponed: ',
    ]);
  });
});

describe('place', () => {
  const all = { location: 'NYC', address: '1 Main St', online: 'https://example.org/live' };
  it('names the place by its location, else its address, and keeps the address as detail only beside a location', () => {
    expect(placeOf(all)).toEqual({ name: 'NYC', detail: '1 Main St', online: 'https://example.org/live' });
    expect(placeOf({ address: '1 Main St' })).toEqual({ name: '1 Main St' });
    expect(placeOf({})).toEqual({});
  });

  it('gives each form from the same parts', () => {
    expect(placeLine(all)).toBe('NYC, 1 Main St');
    expect(placeLine({ online: 'https://example.org/live' })).toBe('https://example.org/live');
    expect(placeLabel({ address: '1 Main St', online: 'https://x.org' })).toBe('1 Main St');
    expect(placeLabel({ online: 'https://x.org' })).toBe('Online');
    expect(placeLabel({})).toBeUndefined();
    expect(placeSentence(all)).toBe('NYC and online');
    expect(placeSentence({ online: 'https://x.org' })).toBe('online');
    expect(placeSentence({})).toBe('');
  });
});

describe('occurrences', () => {
  it('expand a rule up to the horizon, less the excluded dates, each as long as the event', () => {
    const event = makeEvent({
      start: '2026-03-02',
      end: '2026-03-03',
      startTime: '10:00',
      recurrence: 'FREQ=WEEKLY',
      exclude: ['2026-03-09'],
    });
    expect(occurrenceStarts(event, '2026-03-23')).toEqual(['2026-03-02', '2026-03-16', '2026-03-23']);
    expect(occurrenceTimes(event, '2026-03-16').map((o) => `${o.start}/${o.end}`)).toEqual([
      '2026-03-02/2026-03-03',
      '2026-03-16/2026-03-17',
    ]);
    expect(occurrenceStarts(makeEvent({ start: '2026-01-01' }), '2025-01-01')).toEqual(['2026-01-01']);
  });

  it('end at their end time, else at the midnight after their last day, saying whether the writer gave that end', () => {
    expect(occurrenceEnd({ start: '2026-01-01', startTime: '10:00', end: '2026-01-01', endTime: '12:00' })).toEqual({
      date: '2026-01-01',
      time: '12:00',
      stated: true,
    });
    expect(occurrenceEnd({ start: '2026-01-01', end: '2026-01-03' })).toEqual({
      date: '2026-01-04',
      time: '00:00',
      stated: true,
    });
    expect(occurrenceEnd({ start: '2026-01-01', startTime: '10:00', end: '2026-01-02' })).toEqual({
      date: '2026-01-03',
      time: '00:00',
      stated: true,
    });
    expect(occurrenceEnd({ start: '2026-01-01', startTime: '10:00', end: '2026-01-01' })).toEqual({
      date: '2026-01-02',
      time: '00:00',
      stated: false,
    });
  });

  it('are over at that end, in the event zone', () => {
    const event = makeEvent({ start: '2026-01-01', end: '2026-01-01', timezone: 'Asia/Ho_Chi_Minh' });
    expect(occurrenceEndsAt({ event, start: '2026-01-01', end: '2026-01-01' }).toISOString()).toBe(
      '2026-01-01T17:00:00.000Z',
    );
  });
});
