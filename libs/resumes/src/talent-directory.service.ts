import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EntitlementsService } from '@app/accounts';
import { decodeCursor, Page, toPage } from '@app/common';
import { buildTalentStatement } from './build-talent-statement.util';
import { TalentItemView } from './resume-view';
import { isTalentPosition, TalentQuery } from './talent-query';

interface TalentRow {
  id: string;
  user_id: string;
  owner_name: string;
  headline: string;
  location: string | null;
  skills: string[];
  handle: string | null;
  featured: boolean;
  updated_at: Date;
}

/** The talent directory (`GET /v1/talent`, `/talent`): public resumes, Plus ones pinned first and marked featured. */
@Injectable()
export class TalentDirectoryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly entitlements: EntitlementsService,
  ) {}

  async search(query: TalentQuery): Promise<Page<TalentItemView>> {
    const after = query.cursor ? decodeCursor(query.cursor, isTalentPosition) : undefined;
    const { text, values } = buildTalentStatement(query, query.limit, after);
    const rows: TalentRow[] = await this.dataSource.query(text, values);
    const plans = await this.entitlements.forUsers([...new Set(rows.filter((row) => row.handle).map((row) => row.user_id))]);
    return toPage(
      rows,
      query.limit,
      (row) => ({
        id: row.id,
        name: row.owner_name,
        headline: row.headline,
        location: row.location,
        skills: row.skills,
        handle: row.handle && plans.get(row.user_id)?.customResumeUrl ? row.handle : null,
        featured: row.featured,
        updatedAt: row.updated_at.toISOString(),
      }),
      (row) => ({ f: row.featured, u: row.updated_at.toISOString(), i: row.id }),
    );
  }
}
