import { Injectable } from '@nestjs/common';
import { StaleWhileRevalidate } from '@app/common';
import { SearchStatementPool } from '@app/jobs';

export interface CategoryTagStats {
  /** Open listings in the category. */
  openListings: number;
  /** Open listings of the category per tag (as a skill key), most frequent first. */
  tags: Array<{ tag: string; listings: number }>;
}

/** Tag frequencies change slowly; a category's are counted at most once a minute per process. */
const TTL_MS = 60_000;

const STATEMENT = `SELECT p.source, p.term, count(*)::int AS listings
  FROM listing_advice_terms p
  WHERE p.source IN ('tag', 'category') AND p.category = $1 AND p.expires_at > now()
  GROUP BY p.source, p.term
  ORDER BY listings DESC, p.term`;

/** How many open listings of a category carry each tag: one index-only statement over listing_advice_terms. */
@Injectable()
export class CategoryTagStatsQuery {
  private readonly cache = new StaleWhileRevalidate<string, CategoryTagStats>(TTL_MS, (category) => this.count(category));

  constructor(private readonly statements: SearchStatementPool) {}

  /** Fresh for a minute, then stale while revalidating: only a category's first request in a process waits for the statement. */
  of(category: string): Promise<CategoryTagStats> {
    return this.cache.get(category);
  }

  /** The statement (for EXPLAIN). */
  statement(category: string) {
    return { sql: STATEMENT, params: [category] };
  }

  private async count(category: string): Promise<CategoryTagStats> {
    const rows = await this.statements.query<{ source: string; term: string; listings: number }>(STATEMENT, [category]);
    return {
      openListings: rows.find((row) => row.source === 'category')?.listings ?? 0,
      tags: rows.filter((row) => row.source === 'tag').map((row) => ({ tag: row.term, listings: row.listings })),
    };
  }
}
