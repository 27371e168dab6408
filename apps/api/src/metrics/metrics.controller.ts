import { Controller, Get, Header, VERSION_NEUTRAL } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { metricsRegistry, SharedCounters } from '@app/observability';
import { Public } from '../http/public.decorator';
import { QueueDepthCollector } from './queue-depth.collector';

@ApiExcludeController()
@Public()
@Controller({ path: 'metrics', version: VERSION_NEUTRAL })
export class MetricsController {
  constructor(
    private readonly queueDepth: QueueDepthCollector,
    counters: SharedCounters,
  ) {
    counters.registerCollectors();
  }

  @Get()
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  async metrics(): Promise<string> {
    await this.queueDepth.collect();
    return metricsRegistry.metrics();
  }
}
