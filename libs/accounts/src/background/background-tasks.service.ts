import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';

/**
 * Work that must not delay (or show in the timing of) the response that triggered it.
 * Failures are logged; shutdown waits for whatever is still running.
 */
@Injectable()
export class BackgroundTasks implements BeforeApplicationShutdown {
  private readonly logger = new Logger(BackgroundTasks.name);
  private readonly running = new Set<Promise<void>>();

  run(name: string, task: () => Promise<void>): void {
    const promise: Promise<void> = Promise.resolve()
      .then(task)
      .catch((error: unknown) => {
        const err = error instanceof Error ? error : new Error(String(error));
        this.logger.error({ msg: 'background task failed', task: name, err: { message: err.message, stack: err.stack } });
      })
      .finally(() => this.running.delete(promise));
    this.running.add(promise);
  }

  /** Resolves once every task started so far has finished. */
  async settled(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.settled();
  }
}
