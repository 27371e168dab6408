import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { WorkerHost } from '@nestjs/bullmq';

/**
 * Stops taking jobs and waits for the active ones before anything else shuts down
 * (the database pool closes later, in onApplicationShutdown).
 */
@Injectable()
export class GracefulWorkerShutdown implements BeforeApplicationShutdown {
  private readonly logger = new Logger(GracefulWorkerShutdown.name);

  constructor(private readonly discovery: DiscoveryService) {}

  async beforeApplicationShutdown(signal?: string): Promise<void> {
    const hosts = this.discovery
      .getProviders()
      .map((w) => w.instance)
      .filter((i): i is WorkerHost => i instanceof WorkerHost);
    this.logger.log({ msg: 'worker stopping: finishing active jobs', signal, workers: hosts.length });
    await Promise.all(hosts.map((host) => host.worker.close()));
  }
}
