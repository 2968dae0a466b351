/**
 * The fixture site (tests/fixtures/site) built with `astro build` as of
 * 2025-12-01 12:00 UTC, under TZ=America/Los_Angeles to catch any date read in
 * the machine's zone.
 */
import { describe, expect, inject, it } from 'vitest';
import { hasPage, readPage, text, visibleText } from '../helpers/dist.ts';

const dist = inject('siteDist');

const cell = (date: string) => {
  const $ = readPage(dist, `/calendar/${date.slice(0, 4)}/${date.slice(5, 7)}/`);
  return { $, td: $(`table.calendar td[data-date="${date}"]`) };
};
const titlesOn = (date: string) => {
  const { $, td } = cell(date);
  return td
    .find('.event-title')
    .map((_, el) => text($(el).text()))
    .get();
};

describe('pages of the contract', () => {
  it.each([
    '/',
    '/events/',
    '/events/past/',
    '/events/innovators-summit/',
    '/calendar/',
    '/calendar/2025/12/',
    '/calendar/2025/12/02/',
    '/news/',
    '/news/2/',
    '/news/vietnam-announces-expansion-of-ehrs-nationally/',
    '/tags/digital-health/',
    '/404.html',
  ])('%s exists', (path) => {
    expect(hasPage(dist, path)).toBe(true);
  });
});

describe('the month grid', () => {
  const $ = readPage(dist, '/calendar/2025/12/');

  it('has a Monday-to-Sunday header and whole weeks of seven days', () => {
    expect(
      $('table.calendar thead th')
        .map((_, th) => $(th).find('abbr').attr('title'))
        .get(),
    ).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
    const rows = $('table.calendar tbody tr');
    rows.each((_, tr) => expect($(tr).find('td').length).toBe(7));
    expect($('table.calendar td').first().attr('data-date')).toBe('2025-12-01');
    expect($('table.calendar td').last().attr('data-date')).toBe('2026-01-04');
  });

  it('shows the trailing days of the next month muted, with their events', () => {
    const jan2 = $('td[data-date="2026-01-02"]');
    expect(jan2.hasClass('other-month')).toBe(true);
    expect(text(jan2.text())).toContain('New Year Health Data Hackathon');
  });

  it('lists a multi-day event on every day it spans, with its start time on the first', () => {
    for (const date of ['2025-12-02', '2025-12-03', '2025-12-04'])
      expect(titlesOn(date)).toContain('FALL 2025 Innovators Summit');
    expect(titlesOn('2025-12-05')).not.toContain('FALL 2025 Innovators Summit');
    const first = cell('2025-12-02')
      .td.find('li')
      .filter((_, li) => text($(li).text()).includes('Innovators'));
    expect(text(first.text())).toBe('10:45 am EST FALL 2025 Innovators Summit');
    expect(first.find('a').attr('href')).toBe('/events/innovators-summit/');
  });

  it('carries an event across the year end into January', () => {
    for (const date of ['2025-12-30', '2025-12-31', '2026-01-01', '2026-01-02'])
      expect(titlesOn(date)).toContain('New Year Health Data Hackathon');
  });

  it('puts an event on its own local date (08:00 in Ho Chi Minh City is the evening before in New York)', () => {
    expect(titlesOn('2025-12-10')).toContain('Telehealth Forum Ho Chi Minh City');
    expect(titlesOn('2025-12-09')).not.toContain('Telehealth Forum Ho Chi Minh City');
  });

  it('keeps an evening that ends after midnight on its first day only', () => {
    expect(titlesOn('2025-12-05')).toContain('Late Night Demo Party');
    expect(titlesOn('2025-12-06')).not.toContain('Late Night Demo Party');
  });

  it('links to the previous and next months', () => {
    expect($('a[rel="prev"]').attr('href')).toBe('/calendar/2025/11/');
    expect($('a[rel="next"]').attr('href')).toBe('/calendar/2026/01/');
  });

  it('has every month from the earliest to the latest event, empty ones noindex', () => {
    for (const m of ['2025/10', '2025/11', '2025/12', '2026/01', '2026/02', '2026/03', '2026/04'])
      expect(hasPage(dist, `/calendar/${m}/`), m).toBe(true);
    expect(readPage(dist, '/calendar/2026/02/')('meta[name="robots"]').attr('content')).toBe('noindex');
    expect(readPage(dist, '/calendar/2025/12/')('meta[name="robots"]').length).toBe(0);
    expect(readPage(dist, '/calendar/2026/04/')('a[rel="next"]').length).toBe(0);
  });

  it('has an agenda of the days with events, for narrow screens and screen readers', () => {
    const days = $('.month-agenda > ol > li')
      .map((_, li) => $(li).attr('data-date'))
      .get();
    expect(days[0]).toBe('2025-12-02');
    expect(days).not.toContain('2026-01-01');
  });

  it('shows each occurrence of a weekly event, minus the excluded date, at the same local time across DST', () => {
    for (const date of ['2026-03-03', '2026-03-10', '2026-03-24', '2026-03-31', '2026-04-07']) {
      const { $: m, td } = cell(date);
      const li = td.find('li').filter((_, el) => m(el).text().includes('FHIR Office Hours'));
      // New York changes to summer time on 8 March.
      expect(text(li.find('.time').text()), date).toBe(date < '2026-03-08' ? '10:00 am EST' : '10:00 am EDT');
    }
    expect(titlesOn('2026-03-17')).not.toContain('FHIR Office Hours');
  });

  it('/calendar/ is the month of the build date', () => {
    const c = readPage(dist, '/calendar/');
    expect(text(c('h1').text())).toBe('December 2025');
    expect(c('link[rel="canonical"]').attr('href')).toMatch(/\/calendar\/2025\/12\/$/);
  });
});

describe('day pages', () => {
  it('"Events on 2025-12-03" lists the summit with dates, time, location and summary', () => {
    const $ = readPage(dist, '/calendar/2025/12/03/');
    expect(text($('h1').text())).toBe('Events on 2025-12-03');
    const card = $('.card').filter((_, el) => $(el).text().includes('Innovators'));
    expect(text(card.find('.when').text())).toBe('Tue 2 - Thu 4 Dec 2025, 10:45 am EST');
    expect(text(card.find('.meta').text())).toContain('NYC');
    expect(text(card.find('p').last().text()).length).toBeGreaterThan(10);
  });

  it('exists only for days with events', () => {
    expect(hasPage(dist, '/calendar/2025/12/07/')).toBe(false);
  });
});

describe('event pages', () => {
  it("show the event's zone, and the start on the site's clock when the zones differ", () => {
    const $ = readPage(dist, '/events/hcm-telehealth-forum/');
    const when = text($('.facts .when').first().text());
    expect(when).toBe('Wed 10 Dec 2025, 8:00 am - 12:00 pm GMT+7 (Tue 9 Dec, 8:00 pm EST)');
    expect($('.facts time').attr('datetime')).toBe('2025-12-10T08:00:00+07:00');
  });

  it("name the site's own zone too, with no second time", () => {
    const $ = readPage(dist, '/events/innovators-summit/');
    expect($('.facts .zone').length).toBe(0);
    expect(visibleText($('h1'))).toBe('FALL 2025 Innovators Summit');
    expect(text($('.facts .when').first().text())).toBe('Tue 2 - Thu 4 Dec 2025, 10:45 am EST');
  });

  it('mark a cancelled event clearly', () => {
    const $ = readPage(dist, '/events/cancelled-meetup/');
    expect(visibleText($('h1 .badge.cancelled'))).toBe('Cancelled');
    expect(text($('.notice').text())).toContain('cancelled');
  });

  it('list an all-day three-day event as such', () => {
    const $ = readPage(dist, '/events/privacy-days/');
    expect(text($('.facts .when').first().text())).toBe('Mon 15 - Wed 17 Dec 2025, All day');
  });

  it("describe a recurring event's rule and next dates", () => {
    const $ = readPage(dist, '/events/weekly-webinar/');
    expect(text($('.facts dt:contains("Repeats") + dd').text())).toBe(
      'Every Tuesday, 5 sessions from 3 Mar to 7 Apr 2026, none on 17 Mar',
    );
    expect($('#dates-heading').length).toBe(1);
  });

  it('escape titles with markup', () => {
    const $ = readPage(dist, '/events/tricky-characters/');
    expect(visibleText($('h1'))).toBe('Data, "Privacy" & <script>alert(1)</script>; Summit 🎉');
    expect($('h1 script').length).toBe(0);
  });

  it('leave drafts out of a production build', () => {
    expect(hasPage(dist, '/events/draft-event/')).toBe(false);
    expect(titlesOn('2025-12-20')).toEqual([]);
  });
});

describe('lists', () => {
  it('/events/ lists upcoming events soonest first, an event in progress included', () => {
    const $ = readPage(dist, '/events/');
    const titles = $('.card .event-title')
      .map((_, a) => text($(a).text()))
      .get();
    expect(titles[0]).toBe('FALL 2025 Innovators Summit');
    expect(titles).not.toContain('Autumn EHR Conference');
    expect($('a[href="/events/past/"]').length).toBeGreaterThan(0);
  });

  it('/events/past/ lists past events newest first', () => {
    const $ = readPage(dist, '/events/past/');
    expect(
      $('.card .event-title')
        .map((_, a) => text($(a).text()))
        .get(),
    ).toEqual(['Autumn EHR Conference']);
  });

  it('/news/ has 20 articles newest first, then /news/2/', () => {
    const $ = readPage(dist, '/news/');
    const items = $('.card');
    expect(items.length).toBe(20);
    expect(text(items.first().find('h2').text())).toBe('An MDX Article');
    expect(text(items.eq(1).find('h2').text())).toBe('Vietnam announces the expansion of EHRs nationally.');
    expect($('a[rel="next"]').attr('href')).toBe('/news/2/');
    const page2 = readPage(dist, '/news/2/');
    expect(page2('.card').length).toBe(3);
    expect(page2('a[rel="prev"]').attr('href')).toBe('/news/');
  });

  it('news items show date, author and summary; a derived summary is cut with " [...]"', () => {
    const $ = readPage(dist, '/news/');
    const mdx = $('.card').first();
    expect(text(mdx.find('.meta').text())).toContain('Tue 25 Nov 2025');
    expect(text(mdx.find('.meta').text())).toContain('Ana Lima, Bao Tran');
    expect(text(mdx.find('p').last().text())).toMatch(
      /^This article is written in MDX in, with a first paragraph .* \[\.\.\.\]$/,
    );
  });

  it('leave drafts and scheduled articles out', () => {
    expect(hasPage(dist, '/news/draft-article/')).toBe(false);
    expect(hasPage(dist, '/news/scheduled-article/')).toBe(false);
  });

  it('tag pages list events and articles with that tag, merging case', () => {
    const $ = readPage(dist, '/tags/fhir/');
    const text$ = text($('main').text());
    expect(text$).toContain('New Year Health Data Hackathon'); // tagged "FHIR"
    expect(text$).toContain('FHIR Office Hours');
    expect(text$).toContain('Vietnam announces the expansion of EHRs nationally.');
  });

  it('the home page shows the next events and the latest articles', () => {
    const $ = readPage(dist, '/');
    expect(text($('#upcoming-heading').parent().text())).toContain('FALL 2025 Innovators Summit');
    expect(text($('#news-heading').parent().text())).toContain('An MDX Article');
  });
});

describe('the seed article', () => {
  it('renders with its subheading and tags', () => {
    const $ = readPage(dist, '/news/vietnam-announces-expansion-of-ehrs-nationally/');
    expect(text($('h1').text())).toBe('Vietnam announces the expansion of EHRs nationally.');
    expect(text($('article h2').first().text())).toBe('THE GENERAL CONTEXT');
    expect(
      $('.tags a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(['/tags/ehr/', '/tags/fhir/', '/tags/vietnam/']);
    expect(text($('.meta time').first().text())).toBe('Thu 20 Nov 2025');
    expect($('.meta time').first().attr('datetime')).toBe('2025-11-20');
  });
});
