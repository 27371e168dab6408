import { Global, Module } from '@nestjs/common';
import { SharedCounters } from './shared-counters';

@Global()
@Module({ providers: [SharedCounters], exports: [SharedCounters] })
export class ObservabilityModule {}
