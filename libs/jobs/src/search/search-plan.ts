/**
 * How the non-featured part of a search page is fetched (the featured part is always small):
 * - `plain`: one ORDER BY … LIMIT statement; the planner walks a newest-first index (no `q`, no `tags`).
 * - `walk`: walk the newest-first index, testing the text conditions row by row, at most `budget` rows.
 *   Right for frequent terms: 21 hits turn up after a few hundred rows.
 * - `window`: all matches published within the newest few days (`fraction` of listings), found in the GIN
 *   index by ANDing the query with publish hour/day lexemes, then sorted. Right for mid-frequency terms:
 *   a few hundred rows visited instead of thousands.
 * - `bitmap`: all matches, then sorted. Right for rare terms (and the fallback when the others come up short).
 */
export type SearchPlan =
  { strategy: 'plain' } | { strategy: 'walk'; budget: number } | { strategy: 'window'; fraction: number } | { strategy: 'bitmap' };

export const PLAN_TUNING = {
  /** Density at or above which walking the newest-first index beats any bitmap. */
  walkMinDensity: 0.08,
  /** Walk budget, as a multiple of the rows expected to be needed. */
  walkBudgetFactor: 6,
  walkMaxBudget: 20_000,
  /**
   * Matches the first window should hold (~2 pages; hour and day boundaries round it up); below twice this many
   * matches in total, no window. Measured at 200k (EXPLAIN, best of 15): 60 → 40 took kubernetes 0.63 → 0.50 ms,
   * ocaml 0.59 → 0.51, the phrase 0.99 → 0.91; 30 left the first window of kubernetes barely a page (22 rows).
   */
  windowTargetMatches: 40,
};

/** Picks the plan from the estimated share of open listings that match (`density`) and how many there are. */
export function chooseSearchPlan(density: number, openRows: number, take: number, hasText: boolean): SearchPlan {
  const matches = density * openRows;
  if (density >= PLAN_TUNING.walkMinDensity) {
    return { strategy: 'walk', budget: Math.min(PLAN_TUNING.walkMaxBudget, Math.ceil((take * PLAN_TUNING.walkBudgetFactor) / density)) };
  }
  if (hasText && matches > PLAN_TUNING.windowTargetMatches * 2)
    return { strategy: 'window', fraction: PLAN_TUNING.windowTargetMatches / matches };
  return { strategy: 'bitmap' };
}
