import { Injectable, OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import { Counter } from 'prom-client';
import { AppConfig } from '@app/config';
import { metricsRegistry } from './metrics';

type Labels = Record<string, string>;

const DEFINITIONS = {
  mail_sent_total: {
    help: 'Mails handed to the transport, by outcome (sent; deferred: a try failed, another follows; failed: given up)',
    labelNames: ['outcome'],
  },
  alert_digests_total: { help: 'Alert digests, by outcome (built|sent|skipped_empty|failed)', labelNames: ['frequency', 'outcome'] },
} as const;

export type SharedCounterName = keyof typeof DEFINITIONS;

/** The latest registered reader per counter (one registry per process; tests start several apps). */
const readers = new Map<SharedCounterName, () => Promise<Array<{ labels: Labels; value: number }>>>();

function fieldOf(labels: Labels): string {
  return JSON.stringify(
    Object.keys(labels)
      .sort()
      .map((key) => [key, labels[key]]),
  );
}

/**
 * Counters shared by every process: the worker increments them in Redis, the api exposes them
 * on /metrics (the worker has no HTTP port to scrape).
 */
@Injectable()
export class SharedCounters implements OnModuleDestroy {
  private readonly redis: Redis;

  constructor(private readonly config: AppConfig) {
    this.redis = new Redis(config.redis.url, { maxRetriesPerRequest: 2, lazyConnect: true, connectionName: 'jobboard-metrics' });
    this.redis.on('error', () => undefined);
  }

  private key(name: SharedCounterName): string {
    return `${this.config.redis.prefix}:metrics:${name}`;
  }

  /** Best effort: a metrics hiccup must never fail the work being counted. */
  async increment(name: SharedCounterName, labels: Labels, by = 1): Promise<void> {
    try {
      await this.redis.hincrby(this.key(name), fieldOf(labels), by);
    } catch {
      // counted on the next success
    }
  }

  async read(name: SharedCounterName): Promise<Array<{ labels: Labels; value: number }>> {
    const hash = await this.redis.hgetall(this.key(name));
    return Object.entries(hash).map(([field, value]) => ({
      labels: Object.fromEntries(JSON.parse(field) as Array<[string, string]>),
      value: Number(value),
    }));
  }

  /** Registers the prometheus counters that read their values from Redis on scrape. */
  registerCollectors(): void {
    for (const [name, definition] of Object.entries(DEFINITIONS) as Array<[SharedCounterName, (typeof DEFINITIONS)[SharedCounterName]]>) {
      readers.set(name, () => this.read(name));
      if (metricsRegistry.getSingleMetric(name)) continue;
      new Counter({
        name,
        help: definition.help,
        labelNames: [...definition.labelNames],
        registers: [metricsRegistry],
        async collect() {
          this.reset();
          try {
            for (const { labels, value } of (await readers.get(name)?.()) ?? []) this.inc(labels, value);
          } catch {
            // Redis down: the readiness check reports it
          }
        },
      });
    }
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }
}
