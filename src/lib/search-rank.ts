/**
 * The order of search results on /search/: relevance first, as Pagefind
 * scores it; among near-ties, upcoming events first (soonest first), then
 * everything else newest first. A near-tie is a run of results whose scores
 * are within NEAR_TIE of the best score of the run, so a clearly better match
 * always stays ahead, however old it is.
 *
 * What is known about a result decides how far it moves: which results are
 * upcoming, and in what order, is known for the whole list (one sorted search,
 * src/scripts/search-page.ts); a past event's or an article's date only once
 * its data is loaded, so those are ordered within the results loaded so far,
 * and a result whose date is not known keeps Pagefind's order, after the dated
 * ones of its run.
 */

/** How close two scores must be to count as a tie: within 10 % of the run's best. */
export const NEAR_TIE = 0.1;

export interface Rankable {
  /** Pagefind's relevance score: higher is better. */
  score: number;
  /** For an upcoming event: its place among upcoming events, soonest first (0 is the soonest). */
  upcoming?: number;
  /** For anything else, when known: its date, `YYYY-MM-DD` (or any ISO text that sorts as time). */
  date?: string;
}

/**
 * The near-tie run of each result, for results in Pagefind's order (best
 * score first): a run starts at a result and takes every following result
 * whose score is within `tolerance` of that first one.
 */
export function nearTieRuns(scores: readonly number[], tolerance = NEAR_TIE): number[] {
  const runs: number[] = [];
  let run = -1;
  let top = Number.POSITIVE_INFINITY;
  for (const score of scores) {
    if (run < 0 || score < top * (1 - tolerance)) {
      run += 1;
      top = score;
    }
    runs.push(run);
  }
  return runs;
}

/** Upcoming first, soonest first; then dated results, newest first; then the rest in Pagefind's order. */
function tier(result: Rankable): number {
  return result.upcoming !== undefined ? 0 : result.date !== undefined ? 1 : 2;
}

/**
 * Results in display order, for results that carry their near-tie run
 * (`nearTieRuns` over Pagefind's order, computed once for the whole list so
 * that runs do not move as results are taken off the front): by run, then by
 * the rules at the top of this file; results that compare equal keep their
 * relative order.
 */
export function rankWithinRuns<T extends Rankable & { run: number }>(results: readonly T[]): T[] {
  return results
    .map((result, position) => ({ result, position }))
    .sort((a, b) => {
      if (a.result.run !== b.result.run) return a.result.run - b.result.run;
      const ta = tier(a.result);
      const tb = tier(b.result);
      if (ta !== tb) return ta - tb;
      if (ta === 0 && a.result.upcoming !== b.result.upcoming) return a.result.upcoming! - b.result.upcoming!;
      if (ta === 1 && a.result.date !== b.result.date) return a.result.date! < b.result.date! ? 1 : -1;
      return a.position - b.position;
    })
    .map(({ result }) => result);
}

/** Results in display order, for results in Pagefind's order (best score first). */
export function rankResults<T extends Rankable>(results: readonly T[], tolerance = NEAR_TIE): T[] {
  const runs = nearTieRuns(
    results.map((r) => r.score),
    tolerance,
  );
  return rankWithinRuns(results.map((result, i) => ({ ...result, run: runs[i]!, original: result }))).map(
    (ranked) => ranked.original,
  );
}
