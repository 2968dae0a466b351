/**
 * Browsing the fixture site as a reader does (issue 16): human dates, the
 * calendar's year pages and navigation, lists grouped by month, Subscribe
 * blocks, add-to-calendar links only for events that will happen, tags in any
 * script, and events that say when they changed. Built as of 2025-12-01.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { hasPage, listFiles, readPage, text } from '../helpers/dist.ts';
import { urlPathOf } from '../helpers/gates/links.ts';
import { parseIcs, strictIcsProblems, utcIso } from '../helpers/ics.ts';
import { serveDist } from '../../src/node/static-server.ts';

const dist = inject('siteDist');
const SITE = 'https://digital-health-calendar.netlify.app';
const read = (path: string) => readFileSync(join(dist, path), 'utf8');

/** Calendar pages in the build, by URL path: /calendar/, years, months and days. */
const calendarPages = listFiles(dist)
  .filter((f) => /^calendar\/(\d{4}\/(\d{2}\/(\d{2}\/)?)?)?index\.html$/.test(f))
  .map(urlPathOf);
const monthPages = calendarPages.filter((p) => /^\/calendar\/\d{4}\/\d{2}\/$/.test(p)).sort();
const dayPages = calendarPages.filter((p) => /^\/calendar\/\d{4}\/\d{2}\/\d{2}\/$/.test(p));
/** A month has events when it has a day page. */
const hasEvents = (month: string) => dayPages.some((d) => d.startsWith(month));

describe('calendar navigation', () => {
  it('has a year page for every year that has month pages, and each month page links its year', () => {
    const years = [...new Set(monthPages.map((m) => m.slice(0, '/calendar/2025/'.length)))];
    expect(years).toEqual(['/calendar/2024/', '/calendar/2025/', '/calendar/2026/']);
    for (const year of years) expect(hasPage(dist, year), year).toBe(true);
    for (const month of monthPages) {
      const $ = readPage(dist, month);
      expect($(`.calendar-nav a[href="${month.slice(0, 15)}"]`).length, month).toBe(1);
    }
  });

  it('gives a year twelve small months, each month linking its page and each day with events its day page', () => {
    const $ = readPage(dist, '/calendar/2025/');
    expect(text($('h1').text())).toBe('2025');
    expect($('.mini-month').length).toBe(12);
    const december = $('.mini-month').last();
    expect(december.find('h2 a').attr('href')).toBe('/calendar/2025/12/');
    expect(text(december.find('.mini-month-count').text())).toBe('7 events');
    const days = december
      .find('td a')
      .toArray()
      .map((a) => $(a).attr('href'));
    expect(days).toEqual(dayPages.filter((d) => d.startsWith('/calendar/2025/12/')));
    expect(december.find('a[href="/calendar/2025/12/03/"]').attr('aria-label')).toBe(
      'Wednesday 3 December 2025: 1 event',
    );
    // The calendar runs from October 2024: every month of 2025 has a page, the months of 2024 before October none.
    expect($('.mini-month').first().find('h2 a').attr('href')).toBe('/calendar/2025/01/');
    expect(readPage(dist, '/calendar/2024/')('.mini-month').first().find('h2 a').length).toBe(0);
  });

  it('links each month to its neighbours, and to the nearest months with events when a neighbour is empty', () => {
    const withEvents = monthPages.filter(hasEvents);
    expect(withEvents).toEqual([
      '/calendar/2024/10/',
      '/calendar/2025/12/',
      '/calendar/2026/01/',
      '/calendar/2026/03/',
      '/calendar/2026/04/',
    ]);
    for (const [i, month] of monthPages.entries()) {
      const $ = readPage(dist, month);
      const previous = monthPages[i - 1];
      const next = monthPages[i + 1];
      expect($('a[rel="prev"]').attr('href'), month).toBe(previous);
      expect($('a[rel="next"]').attr('href'), month).toBe(next);
      const earlier = withEvents.filter((m) => m < month).at(-1);
      const later = withEvents.find((m) => m > month);
      const jump = $('.calendar-jump a')
        .toArray()
        .map((a) => $(a).attr('href'));
      const expected = [
        ...(earlier && previous && !hasEvents(previous) ? [earlier] : []),
        ...(later && next && !hasEvents(next) ? [later] : []),
      ];
      expect(jump, month).toEqual(expected);
      expect($('.calendar-nav a[href="/calendar/"]').text(), month).toBe('This month');
    }
    const june = readPage(dist, '/calendar/2025/06/');
    expect(text(june('.calendar-jump').text())).toBe(
      'No events in June 2025. Earlier events: October 2024. Later events: December 2025.',
    );
  });

  it('reaches every calendar page in at most three clicks from /calendar/', () => {
    const seen = new Map<string, number>([['/calendar/', 0]]);
    let frontier = ['/calendar/'];
    for (let depth = 1; depth <= 3; depth++) {
      const next: string[] = [];
      for (const path of frontier) {
        const $ = readPage(dist, path);
        for (const a of $('a[href]').toArray()) {
          const url = new URL($(a).attr('href')!, `${SITE}${path}`);
          const target = decodeURIComponent(url.pathname);
          if (url.origin !== SITE || !target.endsWith('/') || seen.has(target) || !hasPage(dist, target)) continue;
          seen.set(target, depth);
          next.push(target);
        }
      }
      frontier = next;
    }
    const unreached = calendarPages.filter((p) => !seen.has(p));
    expect(calendarPages.length).toBeGreaterThan(30);
    expect(unreached).toEqual([]);
  });

  it('lists the month as an agenda of days with events, with times in their own zones', () => {
    const $ = readPage(dist, '/calendar/2025/12/');
    const days = $('.month-agenda > ol > li')
      .toArray()
      .map((li) => $(li).attr('data-date'));
    expect(days[0]).toBe('2025-12-02');
    expect(days).not.toContain('2026-01-01');
    const first = $('.month-agenda > ol > li').first();
    expect(text(first.find('h3').text())).toBe('Tuesday 2 December 2025');
    expect(first.find('h3 time').attr('datetime')).toBe('2025-12-02');
    const entry = text(first.find('.agenda-entry').first().text());
    expect(entry).toBe('10:45 am EST FALL 2025 Innovators Summit NYC');
    const hackathon = $('.month-agenda li[data-date="2025-12-30"] .agenda-entry');
    expect(text(hackathon.find('.time').text())).toBe('9:00 am CET');
    expect(hackathon.find('time.time').attr('datetime')).toBe('2025-12-30T09:00:00+01:00');
  });
});

describe('dates for people', () => {
  it('titles a day page with the contract heading and the whole date after it', () => {
    const $ = readPage(dist, '/calendar/2025/12/03/');
    expect(text($('h1').text())).toBe('Events on 2025-12-03');
    expect(text($('.day-date').text())).toBe('Wednesday 3 December 2025');
    expect($('.day-date time').attr('datetime')).toBe('2025-12-03');
    expect($('a[rel="prev"]').attr('href')).toBe('/calendar/2025/12/02/');
    expect($('a[rel="next"]').attr('href')).toBe('/calendar/2025/12/04/');
  });

  it('gives every timed entry of the month grid its zone', () => {
    const $ = readPage(dist, '/calendar/2025/12/');
    const timeOn = (date: string, title: string) =>
      text(
        $(`td[data-date="${date}"] li`)
          .filter((_, li) => $(li).text().includes(title))
          .find('.time')
          .text(),
      );
    expect(timeOn('2025-12-30', 'Hackathon')).toBe('9:00 am CET');
    expect(timeOn('2025-12-02', 'Innovators')).toBe('10:45 am EST');
    expect(timeOn('2025-12-10', 'Ho Chi Minh')).toBe('8:00 am GMT+7');
    expect(timeOn('2025-12-15', 'Privacy Days')).toBe('All day');
    expect(text($('h1').text())).toBe('December 2025');
  });

  it('shows the late-evening demo on one day, its card agreeing', () => {
    const $ = readPage(dist, '/calendar/2025/12/05/');
    const card = $('.card').filter((_, el) => $(el).text().includes('Late Night Demo Party'));
    expect(text(card.find('.when').text())).toBe('Fri 5 Dec 2025, 8:00 pm - 1:00 am EST');
    expect(hasPage(dist, '/calendar/2025/12/06/')).toBe(false);
  });
});

describe('lists grouped by month', () => {
  const months = (path: string, scope = 'main') => {
    const $ = readPage(dist, path);
    return $(`${scope} .month-group`)
      .toArray()
      .map((section) => ({
        month: $(section).find('.month-group-heading time').attr('datetime'),
        titles: $(section)
          .find('.event-title')
          .toArray()
          .map((a) => text($(a).text())),
      }));
  };

  it('/events/ groups upcoming events by month, each with a tear-off date badge', () => {
    const groups = months('/events/');
    // The weekly webinar runs into April, and is listed once, under its next date's month.
    expect(groups.map((g) => g.month)).toEqual(['2025-12', '2026-03']);
    expect(groups[0]!.titles[0]).toBe('FALL 2025 Innovators Summit');
    const $ = readPage(dist, '/events/');
    const badge = $('.card:has(a[href="/events/innovators-summit/"]) .date-badge');
    expect(badge.attr('datetime')).toBe('2025-12-02');
    expect(text(badge.text())).toBe('Tue 2 Dec');
    expect($('.card').length).toBe($('.card .date-badge').length);
  });

  it('lists a series once, saying it repeats, with its next date and the ones after', () => {
    const $ = readPage(dist, '/events/');
    expect($('a.event-title[href="/events/weekly-webinar/"]').length).toBe(1);
    const card = $('.card:has(a[href="/events/weekly-webinar/"])');
    expect(text(card.find('.repeats').text())).toBe(
      'Every Tuesday, next Tue 3 Mar; then Tue 10 Mar, Tue 24 Mar, Tue 31 Mar',
    );
    expect(
      card
        .find('.repeats time')
        .toArray()
        .map((t) => $(t).attr('datetime')),
    ).toEqual(['2026-03-10', '2026-03-24', '2026-03-31']);
  });

  it('/events/past/ groups past events by month, newest first', () => {
    expect(months('/events/past/')).toEqual([{ month: '2024-10', titles: ['Autumn EHR Conference'] }]);
  });

  it('tag pages list upcoming events first, then articles, then past events', () => {
    const $ = readPage(dist, '/tags/ehr/');
    expect(
      $('main h2')
        .toArray()
        .map((h) => text($(h).text())),
    ).toEqual(['Articles', 'Past events', 'Subscribe']);
    const fhir = readPage(dist, '/tags/fhir/');
    expect(
      fhir('main h2')
        .toArray()
        .map((h) => text(fhir(h).text())),
    ).toEqual(['Upcoming events', 'Articles', 'Subscribe']);
    expect(months('/tags/fhir/', 'section[aria-labelledby="tag-upcoming"]').map((g) => g.month)).toEqual([
      '2025-12',
      '2026-03',
    ]);
  });
});

describe('subscribe blocks', () => {
  const block = (path: string) => {
    const $ = readPage(dist, path);
    const section = $('section.subscribe');
    return {
      count: section.length,
      webcal: section.find('a[href^="webcal://"]').attr('href'),
      google: section.find('a[href^="https://calendar.google.com/"]').attr('href'),
      address: text(section.find('code').text()),
      feed: section.find('a[type="application/rss+xml"]').attr('href'),
    };
  };

  it.each(['/', '/events/', '/calendar/', '/calendar/2025/12/', '/calendar/2025/'])(
    '%s offers the calendar of every event, its address, Google Calendar and the event feed',
    (path) => {
      const webcal = 'webcal://digital-health-calendar.netlify.app/events.ics';
      expect(block(path)).toEqual({
        count: 1,
        webcal,
        google: `https://calendar.google.com/calendar/r?cid=${encodeURIComponent(webcal)}`,
        address: `${SITE}/events.ics`,
        feed: '/events/rss.xml',
      });
    },
  );

  it("a tag page offers its tag's calendar", () => {
    const { webcal, address, count } = block('/tags/privacy/');
    expect({ webcal, address, count }).toEqual({
      webcal: 'webcal://digital-health-calendar.netlify.app/tags/privacy.ics',
      address: `${SITE}/tags/privacy.ics`,
      count: 1,
    });
  });

  it('/news/ offers the news feed, and every page links the Subscribe block and both feeds from its footer', () => {
    expect(block('/news/').feed).toBe('/rss.xml');
    for (const path of ['/', '/news/2/', '/events/innovators-summit/', '/calendar/2025/12/03/']) {
      const $ = readPage(dist, path);
      const footer = $('footer a')
        .toArray()
        .map((a) => $(a).attr('href'));
      expect(footer, path).toEqual(expect.arrayContaining(['/events/#subscribe', '/events/rss.xml', '/rss.xml']));
    }
    expect(readPage(dist, '/events/')('#subscribe').length).toBe(1);
  });
});

describe('add to calendar', () => {
  const addLinks = (path: string) => {
    const $ = readPage(dist, path);
    const section = $('.add-to-calendar');
    return {
      links: section
        .find('a[download], a[href*="calendar.google.com"], a[href*="outlook."]')
        .toArray()
        .map((a) => $(a).attr('href')),
      none: text(section.find('.add-to-calendar-none:not([hidden])').text()),
    };
  };

  it('offers links for an event that will happen, which the reader-clock script can hide once it is over', () => {
    const { links, none } = addLinks('/events/innovators-summit/');
    expect(links).toHaveLength(4);
    expect(none).toBe('');
    const $ = readPage(dist, '/events/innovators-summit/');
    expect($('.add-to-calendar ul[data-hide-when-past]').length).toBe(1);
    expect(text($('.add-to-calendar [data-show-when-past][hidden]').text())).toMatch(/over/);
  });

  it.each([
    ['/events/cancelled-meetup/', 'This event has been cancelled, so there is nothing to add to your calendar.'],
    ['/events/past-conference/', 'This event is over, so there is nothing to add to your calendar.'],
  ])('offers none for %s, and says why', (path, why) => {
    expect(addLinks(path)).toEqual({ links: [], none: why });
  });
});

describe('tags in any script', () => {
  const encoded = (tag: string) => `/tags/${encodeURIComponent(tag)}/`;

  it('get a page, linked percent-encoded, apart from tags they contain', () => {
    expect(hasPage(dist, '/tags/远程医疗/')).toBe(true);
    const event = readPage(dist, '/events/hcm-telehealth-forum/');
    expect(event(`.tags a[href="${encoded('远程医疗')}"]`).text()).toBe('#远程医疗');
    const $ = readPage(dist, '/tags/远程医疗/');
    expect(text($('h1').text())).toBe('Tagged “远程医疗”');
    expect(text($('main').text())).toContain('Telehealth Forum Ho Chi Minh City');
    expect($('link[rel="canonical"]').attr('href')).toBe(`${SITE}${encoded('远程医疗')}`);
    // "AI 医疗" and "AI" are two tags, with two pages.
    expect(hasPage(dist, '/tags/ai-医疗/')).toBe(true);
    expect(hasPage(dist, '/tags/ai/')).toBe(true);
    expect(text(readPage(dist, '/tags/ai-医疗/')('h1').text())).toBe('Tagged “AI 医疗”');
  });

  it('get a calendar, listed in the sitemap with an encoded address, and served when asked for by that address', async () => {
    const ics = read('tags/远程医疗.ics');
    expect(strictIcsProblems(ics)).toEqual([]);
    expect(parseIcs(ics).events.map((e) => e.uid)).toEqual([
      'hcm-telehealth-forum@digital-health-calendar.netlify.app',
    ]);
    const subscribe = readPage(dist, '/tags/远程医疗/')('section.subscribe a[href^="webcal:"]').attr('href');
    expect(subscribe).toBe(`webcal://digital-health-calendar.netlify.app${encoded('远程医疗').slice(0, -1)}.ics`);
    expect(read('sitemap-0.xml')).toContain(`<loc>${SITE}${encoded('远程医疗')}</loc>`);
    const server = await serveDist(dist);
    try {
      for (const path of [encoded('远程医疗'), encoded('ai-医疗'), `${encoded('远程医疗').slice(0, -1)}.ics`]) {
        const response = await fetch(server.url + path);
        expect(response.status, path).toBe(200);
      }
    } finally {
      await server.close();
    }
  });
});

describe('a changed event', () => {
  it('carries LAST-MODIFIED and a SEQUENCE from its updated field, says so on its page and in the sitemap', () => {
    const vevent = parseIcs(read('events/privacy-days.ics')).events[0]!.component;
    expect(utcIso(vevent.getFirstPropertyValue('last-modified') as never)).toBe('2025-11-20T14:30:00.000Z');
    expect(vevent.getFirstPropertyValue('sequence')).toBe(Math.floor(Date.UTC(2025, 10, 20, 14, 30) / 60_000));
    const never = parseIcs(read('events/innovators-summit.ics')).events[0]!.component;
    expect([never.getFirstPropertyValue('sequence'), never.getFirstProperty('last-modified')]).toEqual([0, null]);
    const $ = readPage(dist, '/events/privacy-days/');
    expect(text($('.facts dt:contains("Updated") + dd').text())).toBe('Thu 20 Nov 2025');
    expect($('.facts dt:contains("Updated") + dd time').attr('datetime')).toBe('2025-11-20T09:30:00-05:00');
    expect(read('sitemap-0.xml')).toMatch(
      /<loc>[^<]*\/events\/privacy-days\/<\/loc><lastmod>2025-11-20T14:30:00\.000Z<\/lastmod>/,
    );
  });
});
