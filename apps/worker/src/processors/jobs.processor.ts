import { Processor } from '@nestjs/bullmq';
import { ListingExpiryService } from '@app/jobs';
import { JobName, OnJob, QueueName, QueueProcessor } from '@app/queue';

@Processor(QueueName.Jobs, { concurrency: 1 })
export class JobsProcessor extends QueueProcessor {
  constructor(private readonly expiry: ListingExpiryService) {
    super();
  }

  @OnJob(JobName.ExpireListings)
  expireListings(): Promise<number> {
    return this.expiry.expireDue();
  }
}
