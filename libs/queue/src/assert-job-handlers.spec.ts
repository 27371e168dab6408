import 'reflect-metadata';
import { describe, it } from 'node:test';
import { expect } from 'expect';
import { findJobHandlerProblems } from './assert-job-handlers.util';
import { OnJob } from './job-handler.decorator';
import { JOB_QUEUE, JobName, jobId, QueueName } from './queue-catalog';

/* Builds a processor class that handles the given jobs. */
function processorHandling(names: JobName[]): { name: string } {
  class Handler {}
  for (const name of names) {
    const key = `handle_${name}`;
    Object.defineProperty(Handler.prototype, key, { value: () => undefined });
    OnJob(name)(Handler.prototype, key, Object.getOwnPropertyDescriptor(Handler.prototype, key)!);
  }
  return Handler;
}

describe('job handler check', () => {
  const all = Object.values(JobName);

  it('passes when every job has exactly one handler on its queue', () => {
    const processors = Object.values(QueueName).map((queue) => ({
      queue,
      processorClass: processorHandling(all.filter((name) => JOB_QUEUE[name] === queue)),
    }));
    expect(findJobHandlerProblems(processors)).toEqual([]);
  });

  it('reports a job without a handler', () => {
    expect(findJobHandlerProblems([])).toEqual(all.map((name) => `job "${name}" has no handler`));
  });

  it('reports a job handled twice and a handler on the wrong queue', () => {
    const [first] = all;
    const wrongQueue = 'elsewhere' as QueueName;
    const problems = findJobHandlerProblems([
      { queue: JOB_QUEUE[first!], processorClass: processorHandling([first!]) },
      { queue: wrongQueue, processorClass: processorHandling([first!]) },
    ]);
    expect(problems.some((p) => p.includes('has 2 handlers'))).toBe(true);
    expect(problems.some((p) => p.includes(`on queue "${wrongQueue}"`))).toBe(true);
  });

  it('makes deterministic job ids and refuses ":" in them', () => {
    expect(jobId(JobName.SendMail, 'abc', 7)).toBe(`${JobName.SendMail}.abc.7`);
    expect(jobId(JobName.SendMail, 'abc')).toBe(jobId(JobName.SendMail, 'abc'));
    expect(() => jobId(JobName.SendMail, 'a:b')).toThrow(/must not contain/);
  });
});
