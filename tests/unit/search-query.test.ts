import { describe, expect, it } from 'vitest';
import {
  describeResults,
  hasSearch,
  joinedSpellings,
  pagefindFilters,
  queryString,
  readQuery,
} from '../../src/lib/search-query.ts';

const query = (search: string) => readQuery(new URLSearchParams(search));

describe('the search page query', () => {
  it('reads the address, and falls back to "any" for values it does not know', () => {
    expect(query('?q=%20fhir%20&type=event&when=upcoming&tag=FHIR&year=2026&sort=newest')).toEqual({
      q: 'fhir',
      type: 'event',
      when: 'upcoming',
      tag: 'FHIR',
      year: '2026',
      sort: 'newest',
    });
    expect(query('?q=x&type=podcast&when=someday&year=26&sort=random&older=1')).toEqual({
      q: 'x',
      type: '',
      when: '',
      tag: '',
      year: '',
      sort: '',
    });
  });

  it('writes back only what is set, so a plain search reads ?q=', () => {
    expect(queryString(query('?q=viet nam&type=&tag=&sort='))).toBe('?q=viet+nam');
    expect(queryString(query('?sort=soonest&tag=FHIR'))).toBe('?tag=FHIR&sort=soonest');
    expect(queryString(query(''))).toBe('');
  });

  it('searches for words, a filter, or the upcoming list; not for "best match" alone', () => {
    expect(hasSearch(query(''))).toBe(false);
    expect(hasSearch(query('?sort=newest'))).toBe(false);
    expect(hasSearch(query('?sort=soonest'))).toBe(true);
    expect(hasSearch(query('?year=2024'))).toBe(true);
    expect(hasSearch(query('?q=ehr'))).toBe(true);
  });

  it('maps Type and When onto the one kind filter, with tag and year as they are', () => {
    expect(pagefindFilters(query('?q=x'))).toEqual({});
    expect(pagefindFilters(query('?type=event'))).toEqual({ kind: { any: ['Upcoming event', 'Past event'] } });
    expect(pagefindFilters(query('?type=article&tag=FHIR&year=2025'))).toEqual({
      kind: 'Article',
      tag: 'FHIR',
      year: '2025',
    });
    expect(pagefindFilters(query('?when=past'))).toEqual({ kind: 'Past event' });
    expect(pagefindFilters(query('?type=event&when=upcoming'))).toEqual({ kind: 'Upcoming event' });
    // No page is both an article and an upcoming event.
    expect(pagefindFilters(query('?type=article&when=upcoming'))).toEqual({
      kind: { all: ['Article', 'Upcoming event'] },
    });
  });

  it('says how many results there are, for what, and in which order', () => {
    expect(describeResults(query('?q=fhir'), 1)).toBe('1 result for “fhir”.');
    expect(describeResults(query('?q=fhir&type=event&tag=FHIR&year=2026&sort=newest'), 12, 10)).toBe(
      '12 results for “fhir”: events, tagged FHIR, in 2026; newest first. Showing 10.',
    );
    expect(describeResults(query('?sort=soonest'), 1234, 10)).toBe('1,234 upcoming events: soonest first. Showing 10.');
    expect(describeResults(query('?q=zzz&when=past'), 0)).toBe(
      'No results for “zzz” (past). Check the spelling, or remove a filter.',
    );
  });

  it('also spells two or three words with neighbours joined, as writers may write them', () => {
    expect(joinedSpellings('viet nam')).toEqual(['vietnam']);
    expect(joinedSpellings('tele health  data')).toEqual(['telehealth data', 'tele healthdata']);
    expect(joinedSpellings('fhir')).toEqual([]);
    expect(joinedSpellings('one two three four')).toEqual([]);
    expect(joinedSpellings('"viet nam"')).toEqual([]);
  });
});
