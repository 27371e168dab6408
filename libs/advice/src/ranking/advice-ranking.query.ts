import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { ListingItem, SearchStatementPool } from '@app/jobs';
import { AdviceProfile } from '../advice-profile';
import { adviceReasons } from './advice-reasons.util';
import { AdviceRankingRow, adviceRankingStatement } from './advice-ranking.statement';

export interface RankedListing {
  listing: ListingItem;
  /** The sum of the weighted fits (docs/advice.md), rounded to 3 decimals. */
  score: number;
  reasons: string[];
  matchedSkills: string[];
}

/** Ranks open listings for a profile in one statement on the search pool (read-only, bounded, prepared). */
@Injectable()
export class AdviceRankingQuery {
  constructor(
    private readonly statements: SearchStatementPool,
    private readonly config: AppConfig,
  ) {}

  async rank(profile: AdviceProfile, userId: string, take: number): Promise<RankedListing[]> {
    if (profile.skills.length === 0 && profile.words.length === 0) return [];
    const { sql, params } = this.statement(profile, userId, take);
    const rows = await this.statements.query<AdviceRankingRow>(sql, params);
    return rows.map((row) => ({
      listing: JSON.parse(row.item) as ListingItem,
      score: Math.round(row.score * 1000) / 1000,
      reasons: adviceReasons(
        {
          remote: row.remote,
          category: row.category,
          sharedSkills: row.shared_skills,
          titleWords: row.title_words,
          regions: row.regions,
          salaryFit: row.salary_fit,
          categoryFit: row.category_fit,
        },
        profile,
      ),
      matchedSkills: [...row.shared_skills].sort((a, b) => profile.skills.indexOf(a) - profile.skills.indexOf(b)),
    }));
  }

  /** The statement and its parameters (for EXPLAIN in tests and the benchmark). */
  statement(profile: AdviceProfile, userId: string, take: number) {
    return adviceRankingStatement(profile, userId, take, this.config.jobs.usdRates);
  }
}
