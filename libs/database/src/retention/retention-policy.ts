import { DiscoveryService } from '@nestjs/core';

/**
 * How one table sheds the rows past their use. The lib that owns the table provides it, marked
 * @RetentionPolicyProvider(); the worker's maintenance job runs `statement` again and again until a run
 * deletes fewer rows than the batch, so no statement holds its locks for long.
 */
export interface RetentionPolicy {
  /** Stable: the job scheduler is `retention-<name>` and the job names the policy by it. */
  readonly name: string;
  /** One DELETE of at most `$1` rows (the batch bound); `$2…` are `parameters()`. */
  readonly statement: string;
  /** The statement's parameters after the batch bound (periods from config). */
  parameters(): unknown[];
}

export const RetentionPolicyProvider = DiscoveryService.createDecorator<void>();
