/** A run of three or more `-` operators with nothing but spaces or punctuation between them. */
const NEGATION_RUN = /-(?:[^\p{L}\p{N}"'-]*-){2,}/gu;

/**
 * The text to hand to `websearch_to_tsquery`. Postgres's parser fails with an internal error ("tsquery stack
 * too small", a 500 for us) on more than 32 negations in a row; a run of three or more is folded to what it
 * means: one `-` for an odd count, none for an even one. Everything else is left to Postgres's own parsing.
 */
export function websearchQueryText(q: string): string {
  return q.replace(NEGATION_RUN, (run) => (run.split('-').length % 2 === 0 ? '-' : ' '));
}
