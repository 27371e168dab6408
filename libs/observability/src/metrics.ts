import { Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** One registry per process; modules add their own counters to it. */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry });

export const httpRequestDuration = new Histogram({
  name: 'http_request_duration_seconds',
  help: 'HTTP request duration by route, method and status',
  labelNames: ['route', 'method', 'status'] as const,
  buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [metricsRegistry],
});

export const queueDepth = new Gauge({
  name: 'queue_jobs',
  help: 'Jobs per BullMQ queue and state',
  labelNames: ['queue', 'state'] as const,
  registers: [metricsRegistry],
});
