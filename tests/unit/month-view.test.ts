/** Month and year pages: entries in their own zone, counts, and the way to the months that have events. */
import { describe, expect, it } from 'vitest';
import { calendarIndex } from '../../src/lib/calendar-index.ts';
import { groupByDay } from '../../src/lib/event-days.ts';
import { calendarEntry, dayLinkLabel, monthView } from '../../src/lib/month-view.ts';
import { buildSiteIndex } from '../../src/lib/site-index.ts';
import { yearView } from '../../src/lib/year-view.ts';
import { site } from '../../src/site.config.ts';
import { makeEvent } from '../helpers/factories.ts';

describe('calendar entries', () => {
  const summit = makeEvent({ slug: 'summit', start: '2025-12-02', startTime: '10:45', end: '2025-12-04' });
  const berlin = makeEvent({ slug: 'berlin', start: '2025-12-02', startTime: '09:00', timezone: 'Europe/Berlin' });
  const allDay = makeEvent({ slug: 'day', start: '2025-12-03', end: '2025-12-03', status: 'cancelled' });
  const byDay = groupByDay(
    [
      { event: summit, start: summit.start, startTime: '10:45', end: summit.end },
      { event: berlin, start: berlin.start, startTime: '09:00', end: berlin.end },
      { event: allDay, start: allDay.start, end: allDay.end },
    ],
    '06:00',
  );
  const labels = (date: string) => byDay.get(date)!.map((e) => calendarEntry(e, site).label);

  it('show the start time with its own zone on the first day, "Day n of m" after, "All day" for all-day events', () => {
    expect(labels('2025-12-02')).toEqual(['9:00 am CET', '10:45 am EST']);
    expect(labels('2025-12-03').sort()).toEqual(['All day', 'Day 2 of 3']);
    expect(labels('2025-12-04')).toEqual(['Day 3 of 3']);
  });

  it("carry the start's offset date-time and the status", () => {
    const [first] = byDay.get('2025-12-02')!.map((e) => calendarEntry(e, site));
    expect(first).toMatchObject({ href: '/events/berlin/', datetime: '2025-12-02T09:00:00+01:00', statusLabel: '' });
    const cancelled = byDay
      .get('2025-12-03')!
      .map((e) => calendarEntry(e, site))
      .find((e) => e.status === 'cancelled');
    expect(cancelled).toMatchObject({ statusLabel: 'Cancelled', label: 'All day' });
    expect(cancelled?.datetime).toBeUndefined();
  });

  it('name the day link with the whole date and the count', () => {
    expect(dayLinkLabel('2025-12-02', 1, site)).toBe('Tuesday 2 December 2025: 1 event');
    expect(dayLinkLabel('2025-12-03', 2, site)).toBe('Wednesday 3 December 2025: 2 events');
  });
});

describe('month and year views', () => {
  // Built on 2025-12-01: events in Oct 2024, Dec 2025 (one across the year end) and Mar 2026.
  const index = buildSiteIndex(
    [
      makeEvent({ slug: 'old', start: '2024-10-01', end: '2024-10-01' }),
      makeEvent({ slug: 'summit', start: '2025-12-02', startTime: '10:45', end: '2025-12-04' }),
      makeEvent({ slug: 'hack', start: '2025-12-30', end: '2026-01-02' }),
      makeEvent({
        slug: 'weekly',
        start: '2026-03-03',
        startTime: '10:00',
        end: '2026-03-03',
        recurrence: 'FREQ=WEEKLY;COUNT=3',
        exclude: ['2026-03-10'],
      }),
    ],
    [],
    {
      now: new Date('2025-12-01T12:00:00Z'),
      siteTimeZone: site.timeZone,
      dayCutoff: site.dayCutoff,
      recurrenceHorizonMonths: 18,
    },
  );
  const calendar = calendarIndex(index);
  const month = (year: number, m: number) => monthView(index, calendar, { year, month: m }, site);

  it('count each event once per month and year, however many days it spans', () => {
    expect(calendar.counts.get('2025-12')).toBe(2);
    expect(calendar.counts.get('2026-01')).toBe(1);
    expect(calendar.counts.get('2026-03')).toBe(2);
    expect(calendar.counts.get('2025')).toBe(2);
    expect(calendar.counts.has('2026-02')).toBe(false);
    expect(calendar.years).toEqual([2024, 2025, 2026]);
    expect(month(2025, 12)).toMatchObject({ title: 'December 2025', countText: '2 events', isEmpty: false });
  });

  it('link the plain neighbours, and the nearest months with events when a neighbour is empty', () => {
    const dec = month(2025, 12).nav;
    expect(dec.previous).toEqual({ href: '/calendar/2025/11/', label: 'November 2025' });
    expect(dec.next).toEqual({ href: '/calendar/2026/01/', label: 'January 2026' });
    expect(dec.earlier).toEqual({ href: '/calendar/2024/10/', label: 'October 2024' });
    expect(dec.later).toBeUndefined(); // January has events
    const feb = month(2026, 2);
    expect(feb.isEmpty).toBe(true);
    expect(feb.nav.earlier).toBeUndefined(); // January, the previous month, has events
    expect(feb.nav.later).toBeUndefined(); // and so has March
    const june = month(2025, 6).nav;
    expect([june.earlier?.label, june.later?.label]).toEqual(['October 2024', 'December 2025']);
    const first = month(2024, 10).nav;
    expect(first.previous).toBeUndefined();
    expect(first.later?.label).toBe('December 2025');
    expect(month(2026, 3).nav.next).toBeUndefined();
  });

  it('link this month, the year and every year from each month', () => {
    const nav = month(2026, 3).nav;
    expect(nav.thisMonth).toEqual({ href: '/calendar/', label: 'This month' });
    expect(nav.year).toEqual({ href: '/calendar/2026/', label: 'All of 2026' });
    expect(nav.years.map((y) => [y.href, y.current])).toEqual([
      ['/calendar/2024/', false],
      ['/calendar/2025/', false],
      ['/calendar/2026/', false],
    ]);
  });

  it('list the days with events as an agenda, with whole dates', () => {
    const dec = month(2025, 12);
    expect(dec.agenda.map((d) => d.date)).toEqual([
      '2025-12-02',
      '2025-12-03',
      '2025-12-04',
      '2025-12-30',
      '2025-12-31',
    ]);
    expect(dec.agenda[0]).toMatchObject({ heading: 'Tuesday 2 December 2025', href: '/calendar/2025/12/02/' });
    expect(dec.agenda[0]!.entries.map((e) => e.label)).toEqual(['10:45 am EST']);
    expect(dec.weekdays.map((d) => d.short)).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
  });

  it('give a year twelve months, linking the months that have pages and the days that have events', () => {
    const year = yearView(index, calendar, 2025, site);
    expect(year.summary).toBe('2 events in 2025');
    expect(year.months.map((m) => m.title)).toHaveLength(12);
    expect(year.months[0]).toMatchObject({ title: 'January 2025', countText: 'No events', isEmpty: true });
    expect(year.months[0]!.href).toBe('/calendar/2025/01/');
    expect(year.months[11]).toMatchObject({ href: '/calendar/2025/12/', countText: '2 events', isEmpty: false });
    const days = year.months[11]!.weeks.flat().filter((d) => d.href);
    expect(days.map((d) => d.date)).toEqual(['2025-12-02', '2025-12-03', '2025-12-04', '2025-12-30', '2025-12-31']);
    expect(days[0]).toMatchObject({ day: '2', count: 1, label: 'Tuesday 2 December 2025: 1 event' });
    // Neighbour months' days are blank in a small grid.
    expect(year.months[11]!.weeks.at(-1)!.map((d) => d.day)).toEqual(['29', '30', '31', '', '', '', '']);
    const first = yearView(index, calendar, 2024, site);
    expect(first.months[8]!.href).toBeUndefined(); // September 2024: before the first event, no page
    expect(first.nav.previous).toBeUndefined();
    expect(first.nav.next).toEqual({ href: '/calendar/2025/', label: '2025' });
    expect(first.nav.years.find((y) => y.current)?.label).toBe('2024');
  });
});
