import { getQueueToken } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Queue } from 'bullmq';
import { queueDepth } from '@app/observability';
import { QueueName } from '@app/queue';

const STATES = ['waiting', 'active', 'delayed', 'failed', 'completed', 'prioritized'] as const;

/** Reads job counts of every catalog queue into the queue depth gauge, on scrape. */
@Injectable()
export class QueueDepthCollector {
  constructor(private readonly moduleRef: ModuleRef) {}

  async collect(): Promise<void> {
    await Promise.all(
      Object.values(QueueName).map(async (name) => {
        const queue = this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
        try {
          const counts = await queue.getJobCounts(...STATES);
          for (const state of STATES) queueDepth.set({ queue: name, state }, counts[state] ?? 0);
        } catch {
          // Redis down: keep the last values; /health/ready reports the outage.
        }
      }),
    );
  }
}
