import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { Pool, PoolConfig } from 'pg';
import { DomainError, ErrorCode } from '@app/common';
import { AppConfig } from '@app/config';
import { statementName } from '@app/database';

export interface SearchPoolSettings {
  /** Per-statement limit; a search that hits it answers 503 instead of holding a connection. */
  statementTimeoutMs: number;
  size: number;
}

export const SEARCH_POOL_SETTINGS: SearchPoolSettings = { statementTimeoutMs: 2000, size: 10 };

/**
 * A connection is closed after this many statements, which bounds how many prepared statements
 * (one per distinct statement shape) a server process can accumulate.
 */
const STATEMENTS_PER_CONNECTION = 5000;

/**
 * The connection settings of search statements, set once per connection so that a search is a single round trip:
 * read-only; no JIT (the estimate of a never-run fallback level can cross jit_above_cost and add ~200 ms of
 * compiling to a 2 ms query); a short statement timeout; generic plans (see SearchStatementPool).
 */
export function searchPoolConfig(url: string, settings: SearchPoolSettings = SEARCH_POOL_SETTINGS): PoolConfig {
  return {
    connectionString: url,
    max: settings.size,
    maxUses: STATEMENTS_PER_CONNECTION,
    application_name: 'jobboard-search',
    options: `-c default_transaction_read_only=on -c jit=off -c statement_timeout=${settings.statementTimeoutMs} -c plan_cache_mode=force_generic_plan`,
  };
}

/**
 * The pool search statements run on. Statements are named (prepared) and planned generically, so a search shape is
 * parsed and planned once per connection instead of once per request: planning took as long as executing (the
 * bench's "engineer" statement: 1 030 → 1 630 statements/s). A generic plan cannot see the parameter values, which
 * is safe here because ListingSearchRepository already picks the access path from its own estimates and spells it out
 * in the statement's shape (walk budget, publish-time windows, OFFSET 0 fences); Postgres's own choice between
 * generic and custom plans (plan_cache_mode = auto) kept re-planning the walk, whose LIMIT is a parameter.
 */
@Injectable()
export class SearchStatementPool implements OnModuleDestroy {
  private readonly logger = new Logger(SearchStatementPool.name);
  private readonly pool: Pool;

  constructor(config: AppConfig) {
    this.pool = new Pool(searchPoolConfig(config.database.url));
    // An idle connection that dies (server restart) must not take the process with it; the pool replaces it.
    this.pool.on('error', (error) => this.logger.warn(`search connection lost: ${error.message}`));
  }

  async query<T>(text: string, values: unknown[]): Promise<T[]> {
    try {
      const result = await this.pool.query({ name: statementName(text), text, values });
      return result.rows as T[];
    } catch (error) {
      if ((error as { code?: string }).code === '57014') {
        throw new DomainError(ErrorCode.Unavailable, 'The search took too long; try narrowing it');
      }
      throw error;
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.end();
  }
}
