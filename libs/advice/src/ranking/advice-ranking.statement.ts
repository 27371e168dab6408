import { buildSearchConditions, openListingCondition, SqlParams } from '@app/jobs';
import { AdviceProfile } from '../advice-profile';
import { ADVICE_BOUNDS, ADVICE_WEIGHTS, postingsPerTerm } from './advice-weights';

export interface AdviceRankingRow {
  id: string;
  /** The listing as the search answers it (job_listing_items), JSON text. */
  item: string;
  category: string;
  remote: boolean;
  shared_skills: string[];
  title_words: string[];
  /** The user's regions the listing is open to (in the profile's order). */
  regions: string[];
  salary_fit: boolean;
  category_fit: boolean;
  text_rank: number;
  score: number;
}

const W = ADVICE_WEIGHTS;

/**
 * The one statement that ranks open listings for a profile:
 * 1. candidates: for each skill (as a tag) and each word (as a title lexeme), its newest open listings
 *    (postingsPerTerm), read from listing_advice_terms' index alone; the user's applications left out; the
 *    `candidates` with the most weight (skills 3, title words 1; then newest, then id) go on;
 * 2. those are scored in full: shared skills and title words (their own postings, by primary key), the full-text rank
 *    of all the words against the listing's search vector, region and salary (the job search's own conditions), remote
 *    and category; ordered by score, ties by id. Only the rows answered are given their item.
 */
export function adviceRankingStatement(profile: AdviceProfile, userId: string, take: number, usdRates: Record<string, number>) {
  const params = new SqlParams();
  const skills = params.add(profile.skills);
  const words = params.add(profile.words);
  const user = params.add(userId);
  const regionFits = profile.regions.map((region) => {
    const [condition] = buildSearchConditions({ region }, params, { alias: 'l', usdRates });
    return `CASE WHEN ${condition} THEN ${params.add(region)}::text END`;
  });
  const salaryFits = profile.salaryFloors.map(
    (floor) => buildSearchConditions({ salaryMin: floor.amount, currency: floor.currency }, params, { alias: 'l', usdRates })[0]!,
  );
  const categories = params.add(profile.categories);
  const remoteWanted = params.add(profile.remote);
  const perTerm = params.add(postingsPerTerm(profile.skills.length + profile.words.length));
  const regionArray = regionFits.length > 0 ? `array_remove(ARRAY[${regionFits.join(', ')}], NULL)` : `'{}'::text[]`;
  const salaryFit = salaryFits.length > 0 ? `coalesce(${salaryFits.map((c) => `(${c})`).join(' OR ')}, false)` : 'false';
  const sql = `WITH word_lexemes AS MATERIALIZED (
      SELECT DISTINCT w AS word, x AS lexeme FROM unnest(${words}::text[]) w, unnest(tsvector_to_array(to_tsvector('english', w))) x
    ),
    terms AS (
      SELECT DISTINCT 'tag'::text AS source, s AS term FROM unnest(${skills}::text[]) s
      UNION SELECT DISTINCT 'title', lexeme FROM word_lexemes
    ),
    applied AS MATERIALIZED (
      SELECT ARRAY(SELECT a.listing_id FROM job_applications a WHERE a.user_id = ${user}::uuid) AS ids
    ),
    candidates AS (
      SELECT h.listing_id,
        max(h.expires_at) AS expires_at
      FROM terms t CROSS JOIN LATERAL (
        SELECT p.listing_id, p.expires_at FROM listing_advice_terms p
        WHERE p.source = t.source AND p.term = t.term AND p.expires_at > now()
        ORDER BY p.expires_at DESC LIMIT ${perTerm}::int
      ) h
      WHERE h.listing_id <> ALL ((SELECT ids FROM applied)::uuid[])
      GROUP BY h.listing_id
      ORDER BY ${W.skill} * count(*) FILTER (WHERE t.source = 'tag') + ${W.titleWord} * count(*) FILTER (WHERE t.source = 'title') DESC,
        expires_at DESC, h.listing_id
      LIMIT ${ADVICE_BOUNDS.candidates}
    ),
    scored AS (
      SELECT l.id, l.category, l.remote,
        ${regionArray} AS regions,
        ${salaryFit} AS salary_fit,
        l.category = ANY (${categories}::text[]) AS category_fit,
        coalesce(ts_rank_cd(l.search_vector, q.query, 32), 0)::float8 AS text_rank,
        ARRAY(SELECT p.term FROM listing_advice_terms p WHERE p.listing_id = l.id AND p.source = 'tag' AND p.term = ANY (${skills}::text[])) AS shared_skills,
        ARRAY(SELECT p.term FROM listing_advice_terms p WHERE p.listing_id = l.id AND p.source = 'title' AND p.term = ANY (ARRAY(SELECT lexeme FROM word_lexemes))) AS title_lexemes
      FROM candidates c
      JOIN job_listings l ON l.id = c.listing_id
      CROSS JOIN (
        SELECT (SELECT string_agg(quote_literal(lexeme), ' | ') FROM (SELECT DISTINCT lexeme FROM word_lexemes) d)::tsquery AS query
      ) q
      WHERE ${openListingCondition('l')}
    )
    SELECT s.id, s.category, s.remote, s.regions, s.salary_fit, s.category_fit, s.text_rank,
      s.shared_skills,
      ARRAY(SELECT DISTINCT wl.word FROM word_lexemes wl WHERE wl.lexeme = ANY (s.title_lexemes) ORDER BY 1) AS title_words,
      (SELECT it.item FROM job_listing_items it WHERE it.listing_id = s.id) AS item,
      (${W.skill} * cardinality(s.shared_skills) + ${W.titleWord} * least(cardinality(s.title_lexemes), ${W.maxTitleWords})
        + ${W.text} * s.text_rank
        + CASE WHEN cardinality(s.regions) > 0 THEN ${W.region} ELSE 0 END
        + CASE WHEN ${remoteWanted}::boolean AND s.remote THEN ${W.remote} ELSE 0 END
        + CASE WHEN s.salary_fit THEN ${W.salary} ELSE 0 END
        + CASE WHEN s.category_fit THEN ${W.category} ELSE 0 END)::float8 AS score
    FROM scored s
    ORDER BY score DESC, s.id
    LIMIT ${params.add(take)}`;
  return { sql, params: params.values };
}
