import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Queue } from 'bullmq';
import { QueueName } from './queue-catalog';

const QUIET_MS = 30_000;

/**
 * A queue with no `error` listener has BullMQ print every failed reconnect, stack and all, to stderr. This listens on
 * each queue and logs one line per queue at most every 30 s while Redis cannot be reached (readiness reports it too).
 */
@Injectable()
export class QueueErrorLog implements OnModuleInit {
  private readonly logger = new Logger('Queue');
  private readonly lastLogged = new Map<string, number>();

  constructor(private readonly moduleRef: ModuleRef) {}

  onModuleInit(): void {
    for (const name of Object.values(QueueName)) {
      const queue = this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
      queue.on('error', (error: Error) => this.log(name, error));
    }
  }

  private log(queue: string, error: Error): void {
    const now = Date.now();
    if (now - (this.lastLogged.get(queue) ?? 0) < QUIET_MS) return;
    this.lastLogged.set(queue, now);
    this.logger.warn({ msg: 'queue cannot reach Redis', queue, error: error.message });
  }
}
