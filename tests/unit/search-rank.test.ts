import { describe, expect, it } from 'vitest';
import { nearTieRuns, rankResults, type Rankable } from '../../src/lib/search-rank.ts';

type Result = Rankable & { id: string };
const ids = (results: Result[]) => rankResults(results).map((r) => r.id);

describe('search result ranking', () => {
  it('puts an upcoming event before a past one when their scores tie', () => {
    expect(
      ids([
        { id: 'past', score: 5, date: '2025-11-20' },
        { id: 'upcoming', score: 5, upcoming: 0 },
      ]),
    ).toEqual(['upcoming', 'past']);
  });

  it('puts the newer of two past items first when their scores tie', () => {
    expect(
      ids([
        { id: '2017', score: 3.2, date: '2017-04-02' },
        { id: '2024', score: 3.2, date: '2024-10-01' },
        { id: '2021', score: 3.2, date: '2021-01-15' },
      ]),
    ).toEqual(['2024', '2021', '2017']);
  });

  it('puts the soonest of several upcoming events first', () => {
    expect(
      ids([
        { id: 'later', score: 4, upcoming: 7 },
        { id: 'article', score: 4, date: '2025-11-30' },
        { id: 'soonest', score: 4, upcoming: 0 },
        { id: 'next', score: 4, upcoming: 2 },
      ]),
    ).toEqual(['soonest', 'next', 'later', 'article']);
  });

  it('counts scores within 10 % of the best of a run as a tie, and keeps a clearly better old match first', () => {
    expect(
      ids([
        { id: 'best-2014', score: 10, date: '2014-01-01' },
        { id: 'near-2016', score: 9.2, date: '2016-01-01' },
        { id: 'upcoming', score: 8.9, upcoming: 0 },
        { id: 'near-2025', score: 7.5, date: '2025-01-01' },
      ]),
    ).toEqual(['near-2016', 'best-2014', 'upcoming', 'near-2025']);
    expect(nearTieRuns([10, 9.5, 9.0, 8.99, 8.5, 1])).toEqual([0, 0, 0, 1, 1, 2]);
  });

  it('keeps a result whose date is not known yet in relevance order, after the dated ones of its run', () => {
    expect(
      ids([
        { id: 'unknown-a', score: 2 },
        { id: 'old', score: 2, date: '2015-05-05' },
        { id: 'unknown-b', score: 2 },
        { id: 'new', score: 2, date: '2025-05-05' },
        { id: 'worse', score: 1 },
      ]),
    ).toEqual(['new', 'old', 'unknown-a', 'unknown-b', 'worse']);
  });

  it('changes nothing when no two scores are close', () => {
    const results: Result[] = [
      { id: 'a', score: 9, date: '2013-01-01' },
      { id: 'b', score: 5, upcoming: 0 },
      { id: 'c', score: 2, date: '2025-01-01' },
    ];
    expect(ids(results)).toEqual(['a', 'b', 'c']);
    expect(rankResults([])).toEqual([]);
  });
});
