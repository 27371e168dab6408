import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '@app/common';
import { JobListingRepository } from '../listing/job-listing.repository';

const BATCH = 1000;

/** Marks published listings past their expiry as `expired` (search already hides them at query time). */
@Injectable()
export class ListingExpiryService {
  private readonly logger = new Logger(ListingExpiryService.name);

  constructor(
    private readonly listings: JobListingRepository,
    private readonly clock: Clock,
  ) {}

  async expireDue(): Promise<number> {
    const now = this.clock.now();
    let total = 0;
    for (;;) {
      const changed = await this.listings.expireDue(now, BATCH);
      total += changed;
      if (changed < BATCH) break;
    }
    if (total > 0) this.logger.log({ msg: 'listings expired', count: total });
    return total;
  }
}
