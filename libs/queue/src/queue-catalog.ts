/*
 * The catalog of every queue and job. Values are stored in Redis: never rename one
 * without a plan for the jobs already waiting under the old name.
 * Payloads carry ids only; handlers re-read the current state.
 */
export enum QueueName {
  Mail = 'mail',
}

export enum JobName {
  SendMail = 'mail.send',
}

export interface JobPayloads {
  [JobName.SendMail]: { mailId: string };
}

/** Which queue each job is added to; the worker's startup check relies on it. */
export const JOB_QUEUE: { [Name in JobName]: QueueName } = {
  [JobName.SendMail]: QueueName.Mail,
};

export type JobOf<Name extends JobName> = JobPayloads[Name];

/** Deterministic job id. BullMQ forbids `:` in custom ids, so parts are joined with `.`. */
export function jobId(name: JobName, ...parts: Array<string | number>): string {
  const id = [name, ...parts].join('.');
  if (id.includes(':')) throw new Error(`job id must not contain ":" (${id})`);
  return id;
}
