import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { findJobHandlerProblems, QueueName, QueueProcessor, RegisteredProcessor } from '@app/queue';

const PROCESSOR_METADATA = 'bullmq:processor_metadata';

/** Start-up check: every job in the catalog has exactly one handler, on the right queue. */
@Injectable()
export class JobHandlerCheck implements OnApplicationBootstrap {
  constructor(private readonly discovery: DiscoveryService) {}

  onApplicationBootstrap(): void {
    const processors: RegisteredProcessor[] = this.discovery
      .getProviders()
      .filter((wrapper) => wrapper.instance instanceof QueueProcessor)
      .map((wrapper) => {
        const processorClass = (wrapper.instance as object).constructor;
        const metadata = Reflect.getMetadata(PROCESSOR_METADATA, processorClass) as { name: QueueName } | undefined;
        return { queue: metadata?.name as QueueName, processorClass };
      });
    const problems = findJobHandlerProblems(processors);
    if (problems.length > 0) throw new Error(`Job handler check failed: ${problems.join('; ')}`);
  }
}
