import { describe, expect, it } from 'vitest';
import { expandEvent, recurrenceHorizon } from '../../src/lib/occurrences.ts';
import { recurrenceWords, seriesNext } from '../../src/lib/recurrence-words.ts';
import { site } from '../../src/site.config.ts';
import { makeEvent } from '../helpers/factories.ts';

const words = (recurrence: string, start: string, exclude: string[] = [], horizon = '2027-12-31') => {
  const event = makeEvent({ start, end: start, startTime: '12:00', recurrence, exclude });
  return recurrenceWords({ rule: recurrence, start, ...expandEvent(event, horizon) }, site);
};

describe('a recurrence in words', () => {
  it.each([
    // COUNT counts the rule's dates; an excluded one is not a session, and is said.
    [
      'FREQ=WEEKLY;BYDAY=TU;COUNT=6',
      '2026-11-10',
      ['2026-12-01'],
      'Every Tuesday, 5 sessions from 10 Nov to 15 Dec 2026, none on 1 Dec',
    ],
    ['FREQ=WEEKLY;BYDAY=TU;UNTIL=20261125', '2026-11-10', [], 'Every Tuesday, 3 sessions from 10 Nov to 24 Nov 2026'],
    [
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=4',
      '2026-11-09',
      [],
      'Every other week on Monday and Thursday, 4 sessions from 9 Nov to 26 Nov 2026',
    ],
    [
      'FREQ=MONTHLY;BYDAY=1TU;COUNT=3',
      '2026-11-03',
      [],
      'The first Tuesday of every month, 3 sessions from 3 Nov 2026 to 5 Jan 2027',
    ],
    [
      'FREQ=MONTHLY;BYDAY=-1FR;COUNT=2',
      '2026-11-27',
      [],
      'The last Friday of every month, 2 sessions from 27 Nov to 25 Dec 2026',
    ],
    ['FREQ=MONTHLY;COUNT=2', '2026-11-15', [], 'Every month on the 15th, 2 sessions from 15 Nov to 15 Dec 2026'],
    ['FREQ=YEARLY;COUNT=2', '2026-11-15', [], 'Every year on 15 Nov, 2 sessions from 15 Nov 2026 to 15 Nov 2027'],
    ['FREQ=DAILY;INTERVAL=3;COUNT=2', '2026-12-30', [], 'Every 3 days, 2 sessions from 30 Dec 2026 to 2 Jan 2027'],
    ['FREQ=WEEKLY;COUNT=1', '2026-12-30', [], 'Every Wednesday, 1 session, on 30 Dec 2026'],
    // Open-ended: no count, since more follow the dates listed.
    ['FREQ=WEEKLY;BYDAY=TU', '2026-11-10', ['2026-12-01'], 'Every Tuesday, from 10 Nov 2026, none on 1 Dec'],
  ])('%s from %s, excluding %j: "%s"', (rule, start, exclude, text) => {
    expect(words(rule, start, exclude)).toBe(text);
  });
});

describe('the recurrence horizon', () => {
  it('counts months from the later of the build month and the series start', () => {
    expect(recurrenceHorizon('2026-03-10', '2026-11-29', 18)).toBe('2028-05-31');
    expect(recurrenceHorizon('2030-01-07', '2026-11-29', 18)).toBe('2031-07-31');
  });

  it('never loses a series that starts after the build\u2019s horizon', () => {
    const event = makeEvent({ start: '2030-01-07', end: '2030-01-07', recurrence: 'FREQ=WEEKLY' });
    const { occurrences, cappedAt } = expandEvent(event, recurrenceHorizon(event.start, '2026-11-29', 18));
    expect(occurrences[0]?.start).toBe('2030-01-07');
    expect(occurrences.at(-1)?.start).toBe('2031-07-28');
    expect(cappedAt).toBe('2031-07-31');
  });

  it('gives a bounded rule every date, however far past the horizon', () => {
    const event = makeEvent({ start: '2026-01-05', end: '2026-01-05', recurrence: 'FREQ=MONTHLY;COUNT=60' });
    const { occurrences, cappedAt } = expandEvent(event, '2026-12-31');
    expect(occurrences).toHaveLength(60);
    expect(occurrences.at(-1)?.start).toBe('2030-12-05');
    expect(cappedAt).toBeUndefined();
  });
});

describe('a series on a list of what is coming', () => {
  it('says its pattern and its next date', () => {
    expect(seriesNext('FREQ=WEEKLY;BYDAY=TU;COUNT=6', '2026-11-10', '2026-12-08', site)).toBe(
      'Every Tuesday, next Tue 8 Dec',
    );
    expect(seriesNext('FREQ=MONTHLY;BYDAY=1TU', '2026-11-03', '2027-01-05', site)).toBe(
      'The first Tuesday of every month, next Tue 5 Jan',
    );
  });
});
