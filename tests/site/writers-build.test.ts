/**
 * Writers' content in a real build: the MDX components (tests/fixtures/writers/good
 * has an .mdx event using all four without importing them), and the content
 * check's warnings, which the build prints like `npm run check` but never fails on.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, layoutFixture, type BuiltSite } from '../helpers/fixture-site.ts';
import { hasPage, readPage, text } from '../helpers/dist.ts';
import { fixtureDir, runScript } from '../helpers/cli.ts';

let built: BuiltSite;
beforeAll(() => {
  built = buildSite(layoutFixture('writers/good', 'writers-good'));
  if (built.status !== 0) throw new Error(`writers/good failed to build:\n${built.output}`);
});

describe('MDX components in an event body', () => {
  it('renders a Callout as a titled aside with its Markdown inside', () => {
    const $ = readPage(built.dist, '/events/fhir-meetup/');
    const callout = $('aside.callout.callout-tip');
    expect(callout.length).toBe(1);
    expect(text(callout.find('.callout-title').text())).toBe('Bring a laptop');
    expect(callout.find('strong').text()).toBe('hands-on');
  });

  it('renders a Figure with the optimised picture next to the page and its caption', () => {
    const $ = readPage(built.dist, '/events/fhir-meetup/');
    const figure = $('figure.figure');
    expect(figure.find('img').attr('alt')).toBe('Four people on a stage');
    expect(figure.find('img').attr('src')).toMatch(/^\/_astro\/panel\..+\.webp$/);
    expect(text(figure.find('figcaption').text())).toBe("Last year's panel on stage");
  });

  it('renders a MapLink as a plain OpenStreetMap link (no iframe, no script)', () => {
    const $ = readPage(built.dist, '/events/fhir-meetup/');
    const link = $('a.map-link');
    expect(link.attr('href')).toBe(
      'https://www.openstreetmap.org/search?query=233%20S%20Wacker%20Dr%2C%20Chicago%2C%20IL%2060606',
    );
    expect(text(link.text())).toBe('233 S Wacker Dr, Chicago, IL 60606 (map)');
    expect($('article iframe').length).toBe(0);
  });

  it('lists upcoming events with the tag in RelatedEvents, without the page itself', () => {
    const $ = readPage(built.dist, '/events/fhir-meetup/');
    const related = $('section.related-events');
    expect(
      related
        .find('li a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(['/events/ehr-summit/']);
    expect(related.find('a[href="/tags/ehr/"]').length).toBe(1);
  });
});

describe('A Markdown event body', () => {
  it('renders a Markdown body with a picture next to the file, optimised by Astro', () => {
    const $ = readPage(built.dist, '/events/ehr-summit/');
    const img = $('article p img');
    expect(img.attr('alt')).toBe('The panel stage from last year');
    expect(img.attr('src')).toMatch(/^\/_astro\/panel\..+\.webp$/);
    expect(text($('article').text())).toContain('Two days on electronic health records.');
  });
});

describe('warnings in a build', () => {
  let warned: BuiltSite;
  beforeAll(() => {
    warned = buildSite(layoutFixture('writers/warnings', 'writers-warnings'));
  }, 300_000);

  it('prints the same warnings as npm run check and still publishes', () => {
    expect(warned.status, warned.output).toBe(0);
    const cli = runScript('check.ts', [], fixtureDir('warnings'))
      .stdout.split('\n')
      .filter((line) => line.includes(': warning: '));
    expect(cli.length).toBeGreaterThan(0);
    for (const line of cli) expect(warned.output).toContain(line);
    expect(warned.output).toContain('content: 0 errors and 8 warnings in 5 files');
    expect(hasPage(warned.dist, '/events/summit/')).toBe(true);
  });
});
