import { Module } from '@nestjs/common';
import { MetricsController } from './metrics.controller';
import { QueueDepthCollector } from './queue-depth.collector';

@Module({ controllers: [MetricsController], providers: [QueueDepthCollector] })
export class MetricsModule {}
