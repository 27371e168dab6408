import { DiscoveryService } from '@nestjs/core';
import { EntityManager } from 'typeorm';

/**
 * A module's share of a user's personal data. Accounts asks every registered source for
 * `GET /v1/me/export` and, inside one transaction, for `DELETE /v1/me`, so new modules plug
 * in without touching accounts code. Mark the provider class with @PersonalDataSourceProvider().
 */
export interface PersonalDataSource {
  /** Key of this source's section in the export, e.g. "applications". */
  readonly section: string;
  exportFor(userId: string, manager: EntityManager): Promise<unknown>;
  /** Runs inside the erase transaction; throw to abort the whole erase. */
  eraseFor(userId: string, manager: EntityManager): Promise<void>;
}

export const PersonalDataSourceProvider = DiscoveryService.createDecorator<void>();
