import { ApiProperty } from '@nestjs/swagger';
import { DashboardStats, DayCounts } from '@app/stats';

export class DayCountsDto implements DayCounts {
  @ApiProperty({ example: '2026-11-30', description: 'A UTC day' }) day: string;
  @ApiProperty({ description: 'Accounts created that day' }) signups: number;
  @ApiProperty({ description: 'Applications sent that day' }) applications: number;
  @ApiProperty({ description: 'Alert digests mailed that day' }) digestsSent: number;
  @ApiProperty({ description: 'Users whose first Plus subscription began that day' }) newPlus: number;
}

export class DashboardStatsDto implements DashboardStats {
  @ApiProperty() users: number;
  @ApiProperty({ description: 'Users who are Plus now (by the same rule as their entitlements)' }) plusSubscribers: number;
  @ApiProperty({ description: 'Plus subscribers × the Plus price, in major units of currency', example: 96 })
  monthlyRecurringRevenue: number;
  @ApiProperty({ example: 'USD' }) currency: string;
  @ApiProperty({ description: 'Published listings not yet expired' }) openListings: number;
  @ApiProperty({ type: [DayCountsDto], description: 'The last 30 UTC days, oldest first' }) days: DayCountsDto[];
}
