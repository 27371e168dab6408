/** How much each kind of fit adds to a listing's score (docs/advice.md says why). */
export const ADVICE_WEIGHTS = {
  /** Per resume (or alert) skill among the listing's tags. */
  skill: 3,
  /** Per word of the headline / experience titles / alert keywords in the listing's title, at most `maxTitleWords`. */
  titleWord: 1,
  maxTitleWords: 3,
  /** Times the full-text rank of all those words against the listing (normalised to 0..1). */
  text: 2,
  region: 1.5,
  remote: 1,
  salary: 1.5,
  category: 0.5,
} as const;

/**
 * The ranking's bounds: the candidates' postings read in all (split evenly over the profile's terms, newest first,
 * within `minPerTerm`..`maxPerTerm` each), the candidates scored in full, and the items answered at most.
 */
export const ADVICE_BOUNDS = { postings: 6000, minPerTerm: 150, maxPerTerm: 1000, candidates: 100, maxItems: 50 } as const;

/** How many postings of each term the first stage reads for a profile of `terms` terms. */
export function postingsPerTerm(terms: number): number {
  const { postings, minPerTerm, maxPerTerm } = ADVICE_BOUNDS;
  return Math.max(minPerTerm, Math.min(maxPerTerm, Math.floor(postings / Math.max(1, terms))));
}
