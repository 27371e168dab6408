import { Processor } from '@nestjs/bullmq';
import { BillingReconcileService, StripeEventProcessor } from '@app/billing';
import { JobName, JobOf, OnJob, QueueName, QueueProcessor } from '@app/queue';

@Processor(QueueName.Billing, { concurrency: 4 })
export class BillingProcessor extends QueueProcessor {
  constructor(
    private readonly events: StripeEventProcessor,
    private readonly reconciler: BillingReconcileService,
  ) {
    super();
  }

  @OnJob(JobName.BillingProcessEvent)
  processEvent({ eventId }: JobOf<JobName.BillingProcessEvent>): Promise<unknown> {
    return this.events.process(eventId);
  }

  @OnJob(JobName.BillingReconcile)
  reconcile(): Promise<unknown> {
    return this.reconciler.reconcile();
  }
}
