import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost, ModuleRef } from '@nestjs/core';
import { Queue } from 'bullmq';
import { FastifyInstance } from 'fastify';
import { QueueName } from '@app/queue';
import { AdminRequestGuard } from './admin-request.guard';

export const BULL_BOARD_PATH = '/admin/queues';

/** Bull Board over every catalog queue at /admin/queues, behind an admin-only onRequest hook. */
@Injectable()
export class BullBoardSetup implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly moduleRef: ModuleRef,
    private readonly guard: AdminRequestGuard,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify) return;
    const serverAdapter = new FastifyAdapter().setBasePath(BULL_BOARD_PATH);
    const queues = Object.values(QueueName).map(
      (name) => new BullMQAdapter(this.moduleRef.get<Queue>(getQueueToken(name), { strict: false }), { readOnlyMode: false }),
    );
    // @bull-board/fastify pins its own patch release of @bull-board/api: same shape, separate type declarations.
    const boardAdapter = serverAdapter as unknown as Parameters<typeof createBullBoard>[0]['serverAdapter'];
    createBullBoard({ queues, serverAdapter: boardAdapter, options: { uiConfig: { boardTitle: 'Job board queues' } } });
    void fastify.register(
      async (instance) => {
        instance.addHook('onRequest', (request, reply) => this.guard.check(request, reply));
        await instance.register(serverAdapter.registerPlugin());
      },
      { prefix: BULL_BOARD_PATH },
    );
  }
}
