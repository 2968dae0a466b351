/**
 * The strict iCalendar check the tests hold every calendar file to
 * (tests/helpers/ics.ts) finds each fault a strict reader rejects.
 */
import { describe, expect, it } from 'vitest';
import { strictIcsProblems } from '../helpers/ics.ts';

const calendar = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;
const event = [
  'BEGIN:VEVENT',
  'UID:a@example.org',
  'DTSTAMP:20251201T000000Z',
  'DTSTART;TZID=Europe/Berlin:20251202T090000',
  'END:VEVENT',
];
const good = calendar(
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//x//y//EN',
  'X-PUBLISHED-TTL:PT12H',
  ...event,
  'END:VCALENDAR',
);

describe('the strict iCalendar check', () => {
  it('accepts a well-formed calendar', () => expect(strictIcsProblems(good)).toEqual([]));

  it.each([
    ['no CRLF after the last line', good.slice(0, -2), 'the last line does not end in CRLF'],
    ['a bare LF', good.replace('VERSION:2.0\r\n', 'VERSION:2.0\n'), 'line 2: a bare CR or LF'],
    ['a long line', good.replace('UID:a@', `UID:${'x'.repeat(80)}@`), 'line 6: longer than 75 octets'],
    [
      'a calendar property after a component',
      good.replace('X-PUBLISHED-TTL:PT12H\r\n', '').replace('END:VCALENDAR', 'X-PUBLISHED-TTL:PT12H\r\nEND:VCALENDAR'),
      'line 9: calendar property X-PUBLISHED-TTL after the first component',
    ],
    ['a VEVENT without DTSTAMP', good.replace('DTSTAMP:20251201T000000Z\r\n', ''), 'line 8: a VEVENT without DTSTAMP'],
    [
      'a local UNTIL with a zoned DTSTART',
      good.replace('END:VEVENT', 'RRULE:FREQ=WEEKLY;UNTIL=20251230T090000\r\nEND:VEVENT'),
      'line 9: UNTIL 20251230T090000 is not UTC though DTSTART has a TZID',
    ],
    [
      'a DTSTAMP with a zone',
      good.replace('DTSTAMP:20251201T000000Z', 'DTSTAMP;TZID=Europe/Berlin:20251201T000000'),
      'line 7: DTSTAMP 20251201T000000 is not a UTC date-time',
    ],
    [
      'a local LAST-MODIFIED',
      good.replace('END:VEVENT', 'LAST-MODIFIED:20251201T000000\r\nEND:VEVENT'),
      'line 9: LAST-MODIFIED 20251201T000000 is not a UTC date-time',
    ],
    [
      'a negative SEQUENCE',
      good.replace('END:VEVENT', 'SEQUENCE:-1\r\nEND:VEVENT'),
      'line 9: SEQUENCE -1 is not a non-negative 32-bit integer',
    ],
    [
      'a SEQUENCE past 32 bits',
      good.replace('END:VEVENT', 'SEQUENCE:2147483648\r\nEND:VEVENT'),
      'line 9: SEQUENCE 2147483648 is not a non-negative 32-bit integer',
    ],
    ['an unclosed component', good.replace('END:VEVENT\r\n', ''), 'line 9: END:VCALENDAR closes another component'],
  ])('rejects %s', (_, text, problem) => {
    expect(strictIcsProblems(text)).toContain(problem);
  });

  it('reads folded lines as one', () => {
    const folded = good.replace('UID:a@example.org', `UID:${'a'.repeat(70)}\r\n ${'b'.repeat(20)}@example.org`);
    expect(strictIcsProblems(folded)).toEqual([]);
  });
});
