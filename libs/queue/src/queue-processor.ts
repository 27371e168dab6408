import { Logger } from '@nestjs/common';
import { WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { handlersOf } from './job-handler.decorator';
import { JobName } from './queue-catalog';

/**
 * Base of every processor: dispatches by job name to the method marked @OnJob.
 * Errors are never caught here, so BullMQ's attempts and backoff apply.
 * A job name nobody handles is logged and skipped rather than retried forever.
 */
export abstract class QueueProcessor extends WorkerHost {
  protected readonly logger = new Logger(this.constructor.name);

  async process(job: Job): Promise<unknown> {
    const method = handlersOf(this.constructor)[job.name as JobName];
    if (method === undefined) {
      this.logger.warn({ msg: 'unknown job name skipped', jobName: job.name, jobId: job.id, queue: job.queueName });
      return undefined;
    }
    const handler = (this as unknown as Record<string | symbol, (data: unknown, job: Job) => Promise<unknown>>)[method]!;
    return handler.call(this, job.data, job);
  }
}
