import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError } from '@app/common';
import { UsersRepository } from '../users/users.repository';
import { PersonalDataSource, PersonalDataSourceProvider } from './personal-data-source';

export interface PersonalDataExport {
  exportedAt: string;
  userId: string;
  sections: Record<string, unknown>;
}

/** Export and erasure across every provider marked @PersonalDataSourceProvider(), whichever module it lives in. */
@Injectable()
export class PersonalDataService implements OnApplicationBootstrap {
  constructor(
    private readonly discovery: DiscoveryService,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
  ) {}

  /** Fails start-up when two sources claim the same section (one would hide the other in the export). */
  onApplicationBootstrap(): void {
    const seen = new Set<string>();
    for (const source of this.sources()) {
      if (seen.has(source.section)) throw new Error(`Two personal-data sources use the section "${source.section}"`);
      seen.add(source.section);
    }
  }

  sections(): string[] {
    return this.sources().map((source) => source.section);
  }

  /** One consistent snapshot of everything held about the user. */
  async exportFor(userId: string): Promise<PersonalDataExport> {
    const sections = await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      await manager.query('SET TRANSACTION READ ONLY');
      const result: Record<string, unknown> = {};
      for (const source of this.sources()) result[source.section] = await source.exportFor(userId, manager);
      return result;
    });
    return { exportedAt: new Date().toISOString(), userId, sections };
  }

  /** Everything or nothing: every source erases inside one transaction, then the user row goes. */
  async erase(userId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.users.lock(userId, manager))) throw DomainError.notFound('User');
      for (const source of this.sources()) await source.eraseFor(userId, manager);
      await this.users.delete(userId, manager);
    });
  }

  private sources(): PersonalDataSource[] {
    const instances = this.discovery
      .getProviders({ metadataKey: PersonalDataSourceProvider.KEY })
      .map((wrapper) => wrapper.instance as PersonalDataSource | undefined)
      .filter((instance): instance is PersonalDataSource => instance !== undefined && instance !== null);
    return [...new Set(instances)];
  }
}
