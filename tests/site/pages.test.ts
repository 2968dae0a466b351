import { describe, expect, inject, it } from 'vitest';
import { hasPage, readPage, text } from '../helpers/dist.ts';

const dist = inject('siteDist');

describe('the built fixture site', () => {
  it('has every page type of the contract', () => {
    for (const path of ['/', '/events/', '/events/past/', '/events/innovators-summit/', '/calendar/', '/calendar/2025/12/', '/calendar/2025/12/02/', '/news/', '/news/2/', '/news/vietnam-announces-expansion-of-ehrs-nationally/', '/tags/digital-health/', '/404.html']) {
      expect(hasPage(dist, path), path).toBe(true);
    }
  });

  it('shows the seed event with the site-wide date and time format', () => {
    const $ = readPage(dist, '/events/innovators-summit/');
    expect(text($('h1').text())).toBe('FALL 2025 Innovators Summit');
    const when = text($('.facts .when').first().text());
    expect(when).toContain('2025-12-02 - 2025-12-04');
    expect(when).toContain('10:45 am');
    expect(text($('.facts').text())).toContain('NYC');
    expect($('.tags a[href="/tags/digital-health/"]').length).toBe(1);
  });
});
