import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { websearchQueryText } from '@app/database';
import { buildSearchConditions, openListingCondition } from './build-search-conditions.util';
import { ListingPosition } from './listing-position';
import { LISTING_ITEM_COLUMNS, ListingItemRow } from './listing-row';
import { SearchCriteria } from './search-criteria';
import { publishTimeWindows } from './publish-time-windows.util';
import { SearchEstimator } from './search-estimator';
import { SearchStatementPool } from './search-statement-pool';
import { chooseSearchPlan, SearchPlan } from './search-plan';
import { SqlParams } from './sql-params';

const ORDER = 'l.featured DESC, l.published_at DESC, l.id DESC';
/** Each further window level is this many times wider than the one before. */
const WINDOW_GROWTH = 8;

/**
 * Newest-first search over open listings, featured ones first, with keyset pagination.
 * Each page is one statement: the (small) featured segment, then the rest fetched by the plan
 * the estimates pick (see SearchPlan). A walk that comes up short is redone as a full bitmap scan and
 * a window widens by itself, so the plan only ever changes the cost, never the result.
 */
@Injectable()
export class ListingSearchRepository {
  constructor(
    private readonly statements: SearchStatementPool,
    private readonly estimator: SearchEstimator,
    private readonly config: AppConfig,
  ) {}

  async findPage(criteria: SearchCriteria, after: ListingPosition | null, take: number, forced?: SearchPlan): Promise<ListingItemRow[]> {
    const plan = forced ?? (await this.choosePlan(criteria, take));
    const rows = await this.run(criteria, after, take, plan);
    if (rows.length < take && plan.strategy === 'walk') {
      return this.run(criteria, after, take, { strategy: 'bitmap' });
    }
    return rows;
  }

  /** The statement a page runs, with its parameters (for EXPLAIN in the benchmark). */
  async statement(criteria: SearchCriteria, after: ListingPosition | null, take: number, forced?: SearchPlan) {
    const plan = forced ?? (await this.choosePlan(criteria, take));
    return { plan, ...(await this.build(criteria, after, take, plan)) };
  }

  /**
   * The plan, from the share of open listings that match: measured on the newest listings where enough of them match
   * (see SearchEstimator.recentShare), else the planner's estimate (rare terms, where it is good).
   */
  async choosePlan(criteria: SearchCriteria, take: number): Promise<SearchPlan> {
    if (!criteria.q && !criteria.tags?.length) return { strategy: 'plain' };
    const key = JSON.stringify(criteria);
    const params = new SqlParams();
    const matches = this.conditions(criteria, params, 'l', true).join(' AND ');
    const [share, matching, open] = await Promise.all([
      this.estimator.recentShare(key, matches, params.values),
      this.estimator.estimateRows(key, `${openListingCondition('l')} AND l.featured = false AND ${matches}`, params.values),
      this.estimator.estimateRows('open', `${openListingCondition('l')} AND l.featured = false`, []),
    ]);
    const density = share ?? (open > 0 ? matching / open : 0);
    return chooseSearchPlan(density, open, take, Boolean(criteria.q));
  }

  private async run(criteria: SearchCriteria, after: ListingPosition | null, take: number, plan: SearchPlan): Promise<ListingItemRow[]> {
    const { sql, params } = await this.build(criteria, after, take, plan);
    return this.statements.query<ListingItemRow>(sql, params);
  }

  private async build(criteria: SearchCriteria, after: ListingPosition | null, take: number, plan: SearchPlan) {
    const params = new SqlParams();
    const parts: string[] = [];
    if (!after || after.f) parts.push(this.featuredPart(criteria, after, take, params));
    parts.push(`(${await this.regularPart(criteria, after && !after.f ? after : null, take, plan, params)})`);
    const sql = `SELECT ${LISTING_ITEM_COLUMNS}
      FROM (${parts.join(' UNION ALL ')}) k
      JOIN job_listings l ON l.id = k.id
      ORDER BY ${ORDER} LIMIT ${take}`;
    return { sql, params: params.values };
  }

  private featuredPart(criteria: SearchCriteria, after: ListingPosition | null, take: number, params: SqlParams): string {
    const where = [
      openListingCondition('l'),
      'l.featured = true',
      ...this.keyset(after, params, 'l'),
      ...this.conditions(criteria, params, 'l'),
    ];
    // With text, let the planner fetch all featured matches its cheapest way (GIN or the small featured range).
    if (criteria.q || criteria.tags?.length) return `(${this.sortedMatches(where, take)})`;
    return `(SELECT l.id FROM job_listings l WHERE ${where.join(' AND ')} ORDER BY l.published_at DESC, l.id DESC LIMIT ${take})`;
  }

  private async regularPart(criteria: SearchCriteria, after: ListingPosition | null, take: number, plan: SearchPlan, params: SqlParams) {
    const base = [openListingCondition('l'), 'l.featured = false', ...this.keyset(after, params, 'l')];
    if (plan.strategy === 'plain') {
      const where = [...base, ...this.conditions(criteria, params, 'l')];
      return `SELECT l.id FROM job_listings l WHERE ${where.join(' AND ')} ORDER BY l.published_at DESC, l.id DESC LIMIT ${take}`;
    }
    if (plan.strategy === 'walk') {
      const { q, tags, ...filters } = criteria;
      const inner = [...base, ...this.conditions(filters, params, 'l')];
      const text = this.conditions({ q, tags }, params, 'w');
      return `SELECT w.id FROM (
          SELECT l.id, l.published_at, l.search_vector, l.tags FROM job_listings l WHERE ${inner.join(' AND ')}
          ORDER BY l.published_at DESC, l.id DESC LIMIT ${params.add(plan.budget)}
        ) w WHERE ${text.length > 0 ? text.join(' AND ') : 'true'} ORDER BY w.published_at DESC, w.id DESC LIMIT ${take}`;
    }
    if (plan.strategy === 'window' && criteria.q) {
      const windowed = await this.windowedPart(criteria, after, take, plan.fraction, base, params);
      if (windowed) return windowed;
    }
    return this.sortedMatches([...base, ...this.conditions(criteria, params, 'l')], take);
  }

  /** OFFSET 0 keeps the subquery whole: the planner fetches every match (bitmap) and only then sorts. */
  private sortedMatches(where: string[], take: number): string {
    return `SELECT m.id FROM (
        SELECT l.id, l.published_at FROM job_listings l WHERE ${where.join(' AND ')} OFFSET 0
      ) m ORDER BY m.published_at DESC, m.id DESC LIMIT ${take}`;
  }

  /**
   * Matches in the newest publish-time window (sized to hold ~`fraction` of listings), then — only if the page is not
   * full — in a window WINDOW_GROWTH times wider, then in everything older. The publish-time lexemes bound the
   * GIN scan itself, so a window visits only its own matches, and a level never runs once earlier ones filled the page.
   */
  private async windowedPart(
    criteria: SearchCriteria,
    after: ListingPosition | null,
    take: number,
    fraction: number,
    base: string[],
    params: SqlParams,
  ): Promise<string | null> {
    const before = after ? Number(after.p) : null;
    const starts = [await this.estimator.windowStart(fraction, before), await this.estimator.windowStart(fraction * WINDOW_GROWTH, before)];
    const top = before === null ? new Date() : new Date(before / 1000);
    const windows = publishTimeWindows(
      top,
      starts.filter((start): start is Date => start !== null),
    );
    if (windows.length === 0) return null;
    const { q, ...filters } = criteria;
    const common = [...base, ...this.conditions(filters, params, 'l')];
    // Scalar subqueries: each tsquery is parsed once per statement, not once per row (see parseQueryOnce).
    const query = `websearch_to_tsquery('english', ${params.add(websearchQueryText(q ?? ''))})`;
    const levels = windows.map((w, i) => {
      const below = i > 0 ? [`l.published_at < ${params.add(windows[i - 1]!.from.toISOString())}`] : [];
      return this.sortedMatches([...common, ...below, `l.search_vector @@ (SELECT ${query} && ${params.add(w.tsquery)}::tsquery)`], take);
    });
    const oldest = params.add(windows[windows.length - 1]!.from.toISOString());
    levels.push(this.sortedMatches([...common, `l.search_vector @@ (SELECT ${query})`, `l.published_at < ${oldest}`], take));
    const ctes = levels.map((sql, i) => `w${i} AS MATERIALIZED (${sql})`).join(',\n');
    // Level i runs only while levels 0..i-1 are short; the AND stops at the first full sum, so no later level is evaluated.
    const short = (i: number) => `${Array.from({ length: i }, (_, j) => `(SELECT count(*) FROM w${j})`).join(' + ')} < ${take}`;
    const selects = levels.map((_, i) =>
      i === 0 ? 'SELECT id FROM w0' : `SELECT id FROM w${i} WHERE ${Array.from({ length: i }, (__, k) => short(k + 1)).join(' AND ')}`,
    );
    return `WITH ${ctes}\n${selects.join('\nUNION ALL ')}`;
  }

  private keyset(after: ListingPosition | null, params: SqlParams, alias: string): string[] {
    if (!after) return [];
    const at = `(timestamptz 'epoch' + ${params.add(after.p)}::bigint * interval '1 microsecond')`;
    return [`(${alias}.published_at, ${alias}.id) < (${at}, ${params.add(after.i)}::uuid)`];
  }

  /** `forEstimate`: the planner must see the query itself to estimate how many listings match. */
  private conditions(criteria: SearchCriteria, params: SqlParams, alias: string, forEstimate = false): string[] {
    return buildSearchConditions(criteria, params, { alias, usdRates: this.config.jobs.usdRates, parseQueryOnce: !forEstimate });
  }
}
