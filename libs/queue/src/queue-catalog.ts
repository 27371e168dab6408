/*
 * The catalog of every queue and job. Values are stored in Redis: never rename one
 * without a plan for the jobs already waiting under the old name.
 * Payloads carry ids only; handlers re-read the current state.
 */
export enum QueueName {
  Mail = 'mail',
  Billing = 'billing',
  Alerts = 'alerts',
  AlertMail = 'alert-mail',
  Jobs = 'jobs',
  Maintenance = 'maintenance',
}

export enum JobName {
  SendMail = 'mail.send',
  BillingProcessEvent = 'billing.process-event',
  BillingReconcile = 'billing.reconcile',
  AlertsTick = 'alerts.tick',
  AlertsStartRun = 'alerts.start-run',
  AlertsBuildBatch = 'alerts.build-batch',
  AlertsSendDigest = 'alerts.send-digest',
  ExpireListings = 'jobs.expire-listings',
  RetentionPrune = 'maintenance.retention-prune',
}

export interface JobPayloads {
  [JobName.SendMail]: { mailId: string };
  [JobName.BillingProcessEvent]: { eventId: string };
  [JobName.BillingReconcile]: Record<string, never>;
  [JobName.AlertsTick]: Record<string, never>;
  [JobName.AlertsStartRun]: { runId: string };
  [JobName.AlertsBuildBatch]: { batchId: string };
  [JobName.AlertsSendDigest]: { digestId: string };
  [JobName.ExpireListings]: Record<string, never>;
  /** The name of a retention policy (RetentionPolicy.name), not a row id: the policy re-reads what is due. */
  [JobName.RetentionPrune]: { policy: string };
}

/** Which queue each job is added to; the worker's startup check relies on it. */
export const JOB_QUEUE: { [Name in JobName]: QueueName } = {
  [JobName.SendMail]: QueueName.Mail,
  [JobName.BillingProcessEvent]: QueueName.Billing,
  [JobName.BillingReconcile]: QueueName.Billing,
  [JobName.AlertsTick]: QueueName.Alerts,
  [JobName.AlertsStartRun]: QueueName.Alerts,
  [JobName.AlertsBuildBatch]: QueueName.Alerts,
  [JobName.AlertsSendDigest]: QueueName.AlertMail,
  [JobName.ExpireListings]: QueueName.Jobs,
  [JobName.RetentionPrune]: QueueName.Maintenance,
};

export type JobOf<Name extends JobName> = JobPayloads[Name];

/** Deterministic job id. BullMQ forbids `:` in custom ids, so parts are joined with `.`. */
export function jobId(name: JobName, ...parts: Array<string | number>): string {
  const id = [name, ...parts].join('.');
  if (id.includes(':')) throw new Error(`job id must not contain ":" (${id})`);
  return id;
}
