import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Page } from '@app/common';
import { containsPattern, newestFirstPage } from '@app/database';
import { Plan } from '../entitlements/entitlements';
import { EntitlementsService } from '../entitlements/entitlements.service';
import { Role } from '../role';

export interface UserDirectoryFilter {
  /** A part of the email or name, any case. */
  q?: string;
  role?: Role;
  limit: number;
  cursor?: string;
}

/** A user as admins list them: never a hash, a token or a session. */
export interface DirectoryUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  plan: Plan;
  timezone: string;
  createdAt: string;
}

interface DirectoryRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  timezone: string;
  created_at: Date;
}

/** Users for admins, newest first; search by email or name (trigram index users_search_idx) and by role. */
@Injectable()
export class UserDirectory {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly entitlements: EntitlementsService,
  ) {}

  async list(filter: UserDirectoryFilter): Promise<Page<DirectoryUser>> {
    const q = filter.q?.trim().toLowerCase();
    const page = await newestFirstPage<DirectoryRow, DirectoryRow>(
      this.dataSource,
      {
        list: 'admin-users',
        select: 'u.id, u.email, u.name, u.role, u.timezone, u.created_at',
        from: 'FROM users u',
        where: (add) => [
          ...(filter.role ? [`u.role = ${add(filter.role)}`] : []),
          ...(q ? [`lower(u.email || ' ' || u.name) LIKE ${add(containsPattern(q))}`] : []),
        ],
        time: 'u.created_at',
        id: 'u.id',
        limit: filter.limit,
        cursor: filter.cursor,
      },
      (row) => row,
    );
    const plans = await this.entitlements.forUsers(page.items.map((row) => row.id));
    return {
      items: page.items.map((row) => ({
        id: row.id,
        email: row.email,
        name: row.name,
        role: row.role,
        plan: plans.get(row.id)?.plan ?? 'free',
        timezone: row.timezone,
        createdAt: row.created_at.toISOString(),
      })),
      nextCursor: page.nextCursor,
    };
  }
}
