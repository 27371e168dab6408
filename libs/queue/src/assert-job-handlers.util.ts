import { handlersOf } from './job-handler.decorator';
import { JOB_QUEUE, JobName, QueueName } from './queue-catalog';

export interface RegisteredProcessor {
  queue: QueueName;
  processorClass: object & { name: string };
}

/**
 * Fails start-up unless every job in the catalog has exactly one handler, registered on
 * the processor of the queue the job is added to. Returns the problems found (empty: fine).
 */
export function findJobHandlerProblems(processors: RegisteredProcessor[]): string[] {
  const problems: string[] = [];
  for (const jobName of Object.values(JobName)) {
    const owners = processors.filter((processor) => handlersOf(processor.processorClass)[jobName] !== undefined);
    if (owners.length === 0) problems.push(`job "${jobName}" has no handler`);
    if (owners.length > 1)
      problems.push(`job "${jobName}" has ${owners.length} handlers: ${owners.map((o) => o.processorClass.name).join(', ')}`);
    for (const owner of owners) {
      if (owner.queue !== JOB_QUEUE[jobName]) {
        problems.push(
          `job "${jobName}" is handled by ${owner.processorClass.name} on queue "${owner.queue}" but is added to "${JOB_QUEUE[jobName]}"`,
        );
      }
    }
  }
  return problems;
}
