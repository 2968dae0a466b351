/**
 * Calendar files, feeds, sitemap and structured data of the built fixture
 * site, read with real parsers (ical.js, fast-xml-parser, JSON.parse, cheerio).
 */
import { XMLParser } from 'fast-xml-parser';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { hasPage, listFiles, readPage, text } from '../helpers/dist.ts';
import { buildSite, layoutFixture } from '../helpers/fixture-site.ts';
import { occurrenceStarts, parseIcs, strictIcsProblems, utcIso } from '../helpers/ics.ts';

const dist = inject('siteDist');
const SITE = 'https://digital-health-calendar.netlify.app';
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const localPath = (url: string) => {
  expect(url.startsWith(`${SITE}/`), url).toBe(true);
  return url.slice(SITE.length);
};
const xml = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['item', 'category', 'url', 'sitemap', 'dc:creator'].includes(name),
});
const rssItems = (path: string) =>
  xml.parse(read(path)).rss.channel.item as Array<Record<string, string & { '#text': string }>>;
const eventSlugs = readdirSync(join(dist, 'events'))
  .filter((f) => f.endsWith('.ics'))
  .map((f) => f.slice(0, -4))
  .sort();
const articleSlugs = readdirSync(join(dist, 'news'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && !/^\d+$/.test(d.name))
  .map((d) => d.name)
  .sort();
const feed = parseIcs(read('events.ics'));
const feedEvent = (slug: string) => feed.events.find((e) => e.uid === `${slug}@digital-health-calendar.netlify.app`)!;
const jsonLd = (path: string) =>
  readPage(
    dist,
    path,
  )('script[type="application/ld+json"]')
    .toArray()
    .flatMap((el) => JSON.parse(readPage(dist, path)(el).html()!) as Array<Record<string, unknown>>);
const TRICKY_TITLE = 'Data, "Privacy" & <script>alert(1)</script>; Summit 🎉';
const TRICKY_LOCATION = 'Room 1; Floor 2, Main St. "East"';

describe('iCalendar files', () => {
  it('has one .ics per event page, and every .ics parses', () => {
    expect(eventSlugs).toEqual(
      readdirSync(join(dist, 'events'), { withFileTypes: true })
        .filter((d) => d.isDirectory() && d.name !== 'past')
        .map((d) => d.name)
        .sort(),
    );
    for (const file of listFiles(dist).filter((f) => f.endsWith('.ics'))) {
      const body = read(file);
      expect(body.startsWith('BEGIN:VCALENDAR\r\n'), file).toBe(true);
      expect(strictIcsProblems(body), file).toEqual([]);
      expect(parseIcs(body).events.length, file).toBeGreaterThan(0);
    }
  });

  it('holds every published event exactly once in /events.ics, and no draft anywhere', () => {
    const uids = feed.events.map((e) => e.uid);
    expect(uids.sort()).toEqual(eventSlugs.map((s) => `${s}@digital-health-calendar.netlify.app`).sort());
    expect(eventSlugs).not.toContain('draft-event');
    for (const file of listFiles(dist).filter((f) => f.endsWith('.ics')))
      expect(read(file), file).not.toContain('Unannounced Draft Event');
  });

  it('gives each event its own file with the same event', () => {
    for (const slug of eventSlugs) {
      const [own] = parseIcs(read(`events/${slug}.ics`)).events;
      expect(own!.uid).toBe(feedEvent(slug).uid);
      expect(utcIso(own!.startDate)).toBe(utcIso(feedEvent(slug).startDate));
    }
  });

  it('keeps the weekly webinar at 10:00 New York time across the DST change, as the page lists it', () => {
    const event = feedEvent('weekly-webinar');
    expect(event.startDate.zone?.tzid).toBe('America/New_York');
    const starts = occurrenceStarts(event);
    expect(starts).toEqual([
      '2026-03-03T15:00:00.000Z',
      '2026-03-10T14:00:00.000Z',
      '2026-03-24T14:00:00.000Z',
      '2026-03-31T14:00:00.000Z',
      '2026-04-07T14:00:00.000Z',
    ]);
    const $ = readPage(dist, '/events/weekly-webinar/');
    const pageTimes = new Set(
      $('time[datetime]')
        .toArray()
        .map((el) => new Date($(el).attr('datetime')!).toISOString()),
    );
    expect([...pageTimes].sort()).toEqual(starts);
  });

  it('has timed events at their source wall-clock time in their own zone', () => {
    const berlin = feedEvent('new-year-hackathon');
    expect([berlin.startDate.toString(), berlin.startDate.zone?.tzid, utcIso(berlin.startDate)]).toEqual([
      '2025-12-30T09:00:00',
      'Europe/Berlin',
      '2025-12-30T08:00:00.000Z',
    ]);
    expect(berlin.endDate.toString()).toBe('2026-01-02T17:00:00');
    const hcm = feedEvent('hcm-telehealth-forum');
    expect([hcm.startDate.toString(), utcIso(hcm.startDate), utcIso(hcm.endDate)]).toEqual([
      '2025-12-10T08:00:00',
      '2025-12-10T01:00:00.000Z',
      '2025-12-10T05:00:00.000Z',
    ]);
    expect(
      feed.calendar
        .getAllSubcomponents('vtimezone')
        .map((z) => z.getFirstPropertyValue('tzid'))
        .sort(),
    ).toEqual(['America/New_York', 'Asia/Ho_Chi_Minh', 'Europe/Berlin']);
  });

  it('spans the three-day all-day event over exactly three dates, end exclusive', () => {
    const event = feedEvent('privacy-days');
    expect([event.startDate.isDate, event.startDate.toString(), event.endDate.toString(), event.duration.days]).toEqual(
      [true, '2025-12-15', '2025-12-18', 3],
    );
  });

  it('marks the cancelled event CANCELLED', () => {
    expect(feedEvent('cancelled-meetup').component.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('has one calendar per tag with that tag’s events', () => {
    const privacy = parseIcs(read('tags/privacy.ics'))
      .events.map((e) => e.uid)
      .sort();
    expect(privacy).toEqual([
      'privacy-days@digital-health-calendar.netlify.app',
      'tricky-characters@digital-health-calendar.netlify.app',
    ]);
    for (const event of parseIcs(read('tags/privacy.ics')).events)
      expect(event.component.getFirstProperty('categories')!.getValues()).toContain('privacy');
  });

  it('brings the tricky title and location through intact', () => {
    const event = feedEvent('tricky-characters');
    expect(event.summary).toBe(TRICKY_TITLE);
    expect(event.location).toBe(TRICKY_LOCATION);
    expect(event.description).toContain('Commas, semicolons; quotes "like this"');
  });
});

describe('RSS feeds', () => {
  it('lists every published article once, newest first, with dates matching the pages and links that exist', () => {
    const items = rssItems('rss.xml');
    expect(items.map((i) => localPath(i['link']!)).sort()).toEqual(articleSlugs.map((s) => `/news/${s}/`).sort());
    const dates = items.map((i) => new Date(i['pubDate']!).getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    for (const item of items) {
      const path = localPath(item['link']!);
      expect(hasPage(dist, path), path).toBe(true);
      const $ = readPage(dist, path);
      expect(text($('h1').text())).toBe(item['title']);
      const published = $('meta[property="article:published_time"]').attr('content')!;
      expect(new Date(item['pubDate']!).toISOString()).toBe(new Date(published).toISOString());
      expect(published.slice(0, 10)).toBe($('article time').first().attr('datetime')!.slice(0, 10));
    }
    expect(items.some((i) => /draft|scheduled/i.test(i['link']!))).toBe(false);
  });

  it('lists upcoming events as /events/ does, with links that exist', () => {
    const items = rssItems('events/rss.xml');
    const $ = readPage(dist, '/events/');
    const listed = $('main a.event-title')
      .toArray()
      .map((el) => $(el).attr('href'));
    expect(items.length).toBeGreaterThan(3);
    expect(items.map((i) => localPath(i['link']!))).toEqual(listed);
    for (const item of items) expect(hasPage(dist, localPath(item['link']!))).toBe(true);
    const tricky = items.find((i) => i['link']!.includes('tricky-characters'))!;
    expect(tricky['title']).toBe(TRICKY_TITLE);
    expect(tricky['description']).toContain(TRICKY_LOCATION);
  });

  it('has each page link to both feeds and the calendar', () => {
    for (const path of ['/', '/events/innovators-summit/', '/news/', '/calendar/2025/12/']) {
      const $ = readPage(dist, path);
      const alternates = $('link[rel="alternate"]')
        .toArray()
        .map((el) => `${$(el).attr('type')} ${localPath($(el).attr('href')!)}`);
      expect(alternates, path).toEqual(
        expect.arrayContaining([
          'application/rss+xml /rss.xml',
          'application/rss+xml /events/rss.xml',
          'text/calendar /events.ics',
        ]),
      );
    }
  });
});

describe('tag calendars', () => {
  it('are linked from their tag page', () => {
    const $ = readPage(dist, '/tags/privacy/');
    expect(
      $('link[rel="alternate"][type="text/calendar"]')
        .toArray()
        .map((el) => localPath($(el).attr('href')!)),
    ).toContain('/tags/privacy.ics');
    expect($('main a[href^="webcal://"]').attr('href')).toBe(
      'webcal://digital-health-calendar.netlify.app/tags/privacy.ics',
    );
  });
});

describe('JSON-LD', () => {
  it('describes every event page with dates matching the page', () => {
    for (const slug of eventSlugs) {
      const path = `/events/${slug}/`;
      const [event, crumbs] = jsonLd(path);
      expect(event).toMatchObject({ '@context': 'https://schema.org', '@type': 'Event', url: `${SITE}${path}` });
      for (const key of ['name', 'startDate', 'endDate', 'eventStatus', 'eventAttendanceMode', 'description', 'image'])
        expect(event, `${slug} ${key}`).toHaveProperty(key);
      const $ = readPage(dist, path);
      expect(event!['name']).toBe(text($('h1').contents().first().text()));
      expect(event!['startDate']).toBe($('.facts time').first().attr('datetime'));
      expect(crumbs).toMatchObject({ '@type': 'BreadcrumbList' });
    }
    expect(jsonLd('/events/cancelled-meetup/')[0]!['eventStatus']).toBe('https://schema.org/EventCancelled');
    expect(jsonLd('/events/new-year-hackathon/')[0]).toMatchObject({
      startDate: '2025-12-30T09:00:00+01:00',
      endDate: '2026-01-02T17:00:00+01:00',
      location: { address: { '@type': 'PostalAddress' } },
    });
    expect(jsonLd('/events/weekly-webinar/')[0]).toMatchObject({
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      location: { '@type': 'VirtualLocation' },
    });
  });

  it('describes every article page with dates matching the page', () => {
    for (const slug of articleSlugs) {
      const path = `/news/${slug}/`;
      const [article] = jsonLd(path);
      expect(article).toMatchObject({
        '@type': 'NewsArticle',
        url: `${SITE}${path}`,
        publisher: { '@type': 'Organization' },
      });
      for (const key of ['headline', 'datePublished', 'dateModified', 'image'])
        expect(article, `${slug} ${key}`).toHaveProperty(key);
      const $ = readPage(dist, path);
      expect(String(article!['datePublished']).slice(0, 10)).toBe(
        $('article time').first().attr('datetime')!.slice(0, 10),
      );
    }
  });

  it('keeps the tricky title inside its script element, intact', () => {
    const html = read('events/tricky-characters/index.html');
    const script = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(script).not.toContain('<');
    expect(jsonLd('/events/tricky-characters/')[0]).toMatchObject({
      name: TRICKY_TITLE,
      location: { name: TRICKY_LOCATION },
    });
  });
});

describe('HTML head', () => {
  it('gives every page a canonical URL, Open Graph and Twitter card tags', () => {
    for (const file of listFiles(dist).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))) {
      const path = `/${file.replace(/index\.html$/, '')}`;
      const $ = readPage(dist, path);
      const og = (p: string) => $(`meta[property="${p}"]`).attr('content');
      expect($('link[rel="canonical"]').attr('href'), file).toMatch(/^https:\/\//);
      expect(og('og:url'), file).toBe($('link[rel="canonical"]').attr('href'));
      expect(og('og:title'), file).toBeTruthy();
      const image = og('og:image')!;
      expect(hasPage(dist, localPath(image)), image).toBe(true);
      expect($('meta[name="twitter:card"]').attr('content'), file).toBe('summary_large_image');
    }
  });

  it('has the tricky title intact in the page, its title and its share tags', () => {
    const $ = readPage(dist, '/events/tricky-characters/');
    expect(text($('h1').contents().first().text())).toBe(TRICKY_TITLE);
    expect($('title').text()).toContain(TRICKY_TITLE);
    expect($('meta[property="og:title"]').attr('content')).toBe(TRICKY_TITLE);
    expect(
      $('script')
        .toArray()
        .filter((el) => $(el).html()?.includes('alert(1)') && $(el).attr('type') !== 'application/ld+json'),
    ).toHaveLength(0);
  });

  it('offers the event page add-to-calendar links with the event’s times and zone', () => {
    const $ = readPage(dist, '/events/new-year-hackathon/');
    const links = $('.add-to-calendar a')
      .toArray()
      .map((el) => $(el).attr('href')!);
    expect(links).toContain('/events/new-year-hackathon.ics');
    expect(hasPage(dist, '/events/new-year-hackathon.ics')).toBe(true);
    expect(links).toContain('webcal://digital-health-calendar.netlify.app/events.ics');
    const google = new URL(links.find((l) => l.startsWith('https://calendar.google.com/'))!).searchParams;
    expect([google.get('dates'), google.get('ctz')]).toEqual(['20251230T090000/20260102T170000', 'Europe/Berlin']);
    const outlook = new URL(links.find((l) => l.startsWith('https://outlook.live.com/'))!).searchParams;
    expect([outlook.get('startdt'), outlook.get('enddt')]).toEqual(['2025-12-30T08:00:00Z', '2026-01-02T16:00:00Z']);
  });
});

describe('sitemap and robots.txt', () => {
  const urls = () => {
    const index = xml.parse(read('sitemap-index.xml')).sitemapindex.sitemap as Array<{ loc: string }>;
    return index.flatMap(
      (s) => xml.parse(read(localPath(s.loc).slice(1))).urlset.url as Array<{ loc: string; lastmod?: string }>,
    );
  };

  it('is named in robots.txt', () => {
    expect(read('robots.txt')).toMatch(new RegExp(`^Sitemap: ${SITE}/sitemap-index.xml$`, 'm'));
  });

  it('lists pages that exist, leaves out noindex pages, and dates articles', () => {
    const entries = urls();
    const paths = entries.map((u) => localPath(u.loc));
    for (const path of paths.map(decodeURIComponent)) {
      expect(hasPage(dist, path), path).toBe(true);
      expect(readPage(dist, path)('meta[name="robots"]').attr('content') ?? '', path).not.toContain('noindex');
    }
    const noindex = listFiles(dist).filter(
      (f) => f.endsWith('index.html') && /name="robots" content="noindex"/.test(read(f)),
    );
    expect(noindex.length).toBeGreaterThan(0);
    for (const file of noindex) expect(paths).not.toContain(`/${file.replace(/index\.html$/, '')}`);
    expect(paths).toContain('/events/innovators-summit/');
    const article = entries.find((u) => u.loc.endsWith('/news/vietnam-announces-expansion-of-ehrs-nationally/'))!;
    expect(article.lastmod).toBe('2025-11-20T05:00:00.000Z');
  });
});

describe('a second build of the same content', () => {
  let second = '';
  beforeAll(() => {
    // Another machine zone too: the files must not depend on TZ either. And built by plain `astro build`,
    // where content-guard starts the content check itself, not `npm run build` (src/node/early-check.ts).
    const built = buildSite(layoutFixture('site', 'feeds-second-build'), { TZ: 'Asia/Tokyo' }, 'astro build');
    if (built.status !== 0) throw new Error(built.output);
    second = built.dist;
  });

  it('writes identical calendar files, feeds and sitemaps', () => {
    const files = listFiles(dist).filter((f) => /\.(ics|xml)$/.test(f) || f === 'robots.txt');
    expect(files.length).toBeGreaterThan(10);
    expect(listFiles(second).filter((f) => /\.(ics|xml)$/.test(f) || f === 'robots.txt')).toEqual(files);
    for (const file of files) expect(readFileSync(join(second, file), 'utf8'), file).toBe(read(file));
  });
});
