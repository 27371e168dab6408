import { websearchQueryText } from '@app/database';
import { ANYWHERE } from '../listing/job-listing.types';
import { DEFAULT_SALARY_CURRENCY, SearchCriteria } from './search-criteria';
import { SqlParams } from './sql-params';

export interface SearchSqlOptions {
  /** Alias of job_listings in the statement. */
  alias: string;
  /** USD per unit of each currency (AppConfig.jobs.usdRates). */
  usdRates: Record<string, number>;
  /** Leave out the full-text condition (the caller applies `q` itself, e.g. to pick a plan). */
  withoutText?: boolean;
  /**
   * Parse the query once per statement (a scalar subquery, which Postgres runs once as an InitPlan) instead of once
   * per row tested — what a generic plan would otherwise do. Not where the planner must estimate the match count:
   * it cannot see through the subquery.
   */
  parseQueryOnce?: boolean;
}

/** The open-listing condition: published and not yet expired (also enforced by the expiry job). */
export function openListingCondition(alias: string): string {
  return `${alias}.status = 'published' AND ${alias}.expires_at > now()`;
}

export function textCondition(alias: string, q: string, params: SqlParams, parseOnce = false): string {
  const query = `websearch_to_tsquery('english', ${params.add(websearchQueryText(q))})`;
  return `${alias}.search_vector @@ ${parseOnce ? `(SELECT ${query})` : query}`;
}

/**
 * SQL conditions (to be AND-ed) for the criteria, over `job_listings` as `alias`, parameters added
 * to `params`. Listing openness is not included: combine with openListingCondition().
 */
export function buildSearchConditions(criteria: SearchCriteria, params: SqlParams, options: SearchSqlOptions): string[] {
  const a = options.alias;
  const conditions: string[] = [];
  if (criteria.q && !options.withoutText) conditions.push(textCondition(a, criteria.q, params, options.parseQueryOnce));
  if (criteria.category) conditions.push(`${a}.category = ${params.add(criteria.category)}`);
  if (criteria.type) conditions.push(`${a}.employment_type = ${params.add(criteria.type)}`);
  if (criteria.seniority && criteria.seniority !== 'any') {
    conditions.push(`${a}.seniority IN (${params.add(criteria.seniority)}, 'any')`);
  }
  if (criteria.region) {
    const regions = params.add(criteria.region === ANYWHERE ? [ANYWHERE] : [criteria.region, ANYWHERE]);
    conditions.push(`(${a}.regions && ${regions}::text[] OR ${a}.regions = '{}')`);
  }
  if (criteria.remote !== undefined) conditions.push(`${a}.remote = ${params.add(criteria.remote)}`);
  if (criteria.salaryMin !== undefined)
    conditions.push(salaryCondition(a, criteria.salaryMin, criteria.currency, params, options.usdRates));
  if (criteria.tags && criteria.tags.length > 0) conditions.push(`${a}.tags @> ${params.add(criteria.tags)}::text[]`);
  if (criteria.postedSince) conditions.push(`${a}.published_at >= ${params.add(criteria.postedSince.toISOString())}`);
  return conditions;
}

function salaryCondition(
  a: string,
  amount: number,
  currency: string | undefined,
  params: SqlParams,
  rates: Record<string, number>,
): string {
  const code = currency ?? DEFAULT_SALARY_CURRENCY;
  const codeParam = params.add(code);
  const same = `${a}.salary_currency = ${codeParam} AND ${a}.salary_annual_max >= ${params.add(amount)}`;
  const rate = rates[code];
  if (rate === undefined) return `(${same})`;
  const usd = `${a}.salary_currency <> ${codeParam} AND ${a}.salary_usd_annual_max >= ${params.add(Math.ceil(amount * rate))}`;
  return `((${same}) OR (${usd}))`;
}
