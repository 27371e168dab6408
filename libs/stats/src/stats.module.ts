import { Module } from '@nestjs/common';
import { BillingModule } from '@app/billing';
import { Clock, SystemClock } from '@app/common';
import { DashboardStatsService } from './dashboard-stats.service';

/** Read-only figures across domains for the admin dashboard. */
@Module({
  imports: [BillingModule],
  providers: [DashboardStatsService, { provide: Clock, useClass: SystemClock }],
  exports: [DashboardStatsService],
})
export class StatsModule {}
