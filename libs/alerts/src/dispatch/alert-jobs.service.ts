import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { JobName, jobId, QueueName } from '@app/queue';

/**
 * Adds the alert jobs with deterministic ids (run, batch, digest), in bulk, so adding the same
 * work twice while its job still exists is a no-op. Postgres state decides what a job does.
 */
@Injectable()
export class AlertJobs {
  constructor(
    @InjectQueue(QueueName.Alerts) private readonly alerts: Queue,
    @InjectQueue(QueueName.AlertMail) private readonly mail: Queue,
  ) {}

  async queueRuns(runIds: string[]): Promise<void> {
    if (runIds.length === 0) return;
    await this.alerts.addBulk(
      runIds.map((runId) => ({ name: JobName.AlertsStartRun, data: { runId }, opts: { jobId: jobId(JobName.AlertsStartRun, runId) } })),
    );
  }

  async queueBatches(batchIds: string[]): Promise<void> {
    for (let start = 0; start < batchIds.length; start += 1000) {
      await this.alerts.addBulk(
        batchIds.slice(start, start + 1000).map((batchId) => ({
          name: JobName.AlertsBuildBatch,
          data: { batchId },
          opts: { jobId: jobId(JobName.AlertsBuildBatch, batchId) },
        })),
      );
    }
  }

  /** The mail job's id is the digest's id. */
  async queueMails(digestIds: string[]): Promise<void> {
    for (let start = 0; start < digestIds.length; start += 1000) {
      await this.mail.addBulk(
        digestIds.slice(start, start + 1000).map((digestId) => ({
          name: JobName.AlertsSendDigest,
          data: { digestId },
          opts: { jobId: jobId(JobName.AlertsSendDigest, digestId) },
        })),
      );
    }
  }
}
