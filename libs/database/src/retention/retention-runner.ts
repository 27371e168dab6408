import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { RetentionPolicy, RetentionPolicyProvider } from './retention-policy';

export interface PruneOutcome {
  policy: string;
  deleted: number;
  batches: number;
}

/** Runs a retention policy in batches of RETENTION_BATCH_SIZE, each its own statement (and so its own short transaction). */
@Injectable()
export class RetentionRunner implements OnApplicationBootstrap {
  private readonly logger = new Logger(RetentionRunner.name);

  constructor(
    private readonly discovery: DiscoveryService,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** Fails start-up when two policies share a name (their schedulers would collide). */
  onApplicationBootstrap(): void {
    const names = this.policies().map((policy) => policy.name);
    const twice = names.find((name, index) => names.indexOf(name) !== index);
    if (twice) throw new Error(`Two retention policies are named "${twice}"`);
  }

  policies(): RetentionPolicy[] {
    return this.discovery
      .getProviders({ metadataKey: RetentionPolicyProvider.KEY })
      .map((wrapper) => wrapper.instance as RetentionPolicy | undefined)
      .filter((instance): instance is RetentionPolicy => instance !== undefined);
  }

  /** Null when no policy has that name (a scheduler left from an older release). */
  async prune(name: string, batchSize = this.config.retention.batchSize): Promise<PruneOutcome | null> {
    const policy = this.policies().find((candidate) => candidate.name === name);
    if (!policy) return null;
    const outcome: PruneOutcome = { policy: name, deleted: 0, batches: 0 };
    for (;;) {
      const deleted = await this.deleteBatch(policy, batchSize);
      outcome.batches += 1;
      outcome.deleted += deleted;
      if (deleted < batchSize) break;
    }
    this.logger.log({ msg: 'retention pruned', ...outcome });
    return outcome;
  }

  /** One statement: deletes at most `batchSize` rows of the policy's table. */
  async deleteBatch(policy: RetentionPolicy, batchSize: number): Promise<number> {
    const [, affected] = (await this.dataSource.query(policy.statement, [batchSize, ...policy.parameters()])) as [unknown, number];
    return affected;
  }
}
