import { Module } from '@nestjs/common';
import { StatsModule } from '@app/stats';
import { AdminStatsController } from './admin-stats.controller';

@Module({ imports: [StatsModule], controllers: [AdminStatsController] })
export class StatsHttpModule {}
