import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import Redis from 'ioredis';
import { createHash } from 'node:crypto';
import { DomainError, ErrorCode } from '@app/common';
import { AppConfig } from '@app/config';
import { redisOptionsFromUrl, redisRetryStrategy } from '@app/queue';
import { RateLimitRule } from './rate-limit-rule';

/** INCR, starting the window on the first hit; returns [count, ms left in the window]. */
const HIT_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return { count, redis.call('PTTL', KEYS[1]) }`;

export interface RateLimitCheck {
  rule: RateLimitRule;
  subject: string;
}

/**
 * Counters in Redis under the configured prefix, so every api instance shares them.
 * Exceeding a rule throws 429 with Retry-After; Redis being down answers 503.
 */
@Injectable()
export class RateLimiter implements OnModuleInit, OnModuleDestroy {
  private readonly redis: Redis;

  constructor(private readonly config: AppConfig) {
    // No offline queue: while Redis is down a check fails at once (503) instead of waiting for a reconnect.
    this.redis = new Redis({
      ...redisOptionsFromUrl(config.redis.url),
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
      retryStrategy: redisRetryStrategy,
      connectionName: 'jobboard-rate-limit',
    });
    this.redis.on('error', () => undefined); // surfaced per call as 503
  }

  /** Without an offline queue a check made before the first connection would fail: boot waits for it (up to 5 s). */
  async onModuleInit(): Promise<void> {
    if (this.redis.status === 'ready') return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 5_000);
      this.redis.once('ready', () => (clearTimeout(timer), resolve()));
    });
  }

  /** Counts one event for each check and throws if any is now over its limit. */
  async hit(...checks: RateLimitCheck[]): Promise<void> {
    const results = await this.run(() =>
      Promise.all(checks.map(({ rule, subject }) => this.redis.eval(HIT_SCRIPT, 1, this.key(rule, subject), rule.windowSeconds * 1000))),
    );
    this.throwIfOver(checks, results as Array<[number, number]>, (count, limit) => count > limit);
  }

  /** Throws if any check has already reached its limit, without counting. */
  async assertAllowed(...checks: RateLimitCheck[]): Promise<void> {
    const pipeline = this.redis.multi();
    for (const { rule, subject } of checks) pipeline.get(this.key(rule, subject)).pttl(this.key(rule, subject));
    const replies = (await this.run(() => pipeline.exec())) ?? [];
    const results = checks.map((_, i): [number, number] => [Number(replies[2 * i]?.[1] ?? 0), Number(replies[2 * i + 1]?.[1] ?? -1)]);
    this.throwIfOver(checks, results, (count, limit) => count >= limit);
  }

  async reset(...checks: RateLimitCheck[]): Promise<void> {
    await this.run(() => this.redis.del(...checks.map(({ rule, subject }) => this.key(rule, subject))));
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }

  private throwIfOver(checks: RateLimitCheck[], results: Array<[number, number]>, over: (count: number, limit: number) => boolean): void {
    const waits = results
      .filter(([count], i) => over(count, checks[i]!.rule.limit))
      .map(([, ttlMs]) => Math.max(1, Math.ceil(ttlMs / 1000)));
    if (waits.length === 0) return;
    const retryAfterSeconds = Math.max(...waits);
    throw new DomainError(ErrorCode.RateLimited, `Too many attempts; try again in ${retryAfterSeconds} seconds`, undefined, {
      retryAfterSeconds,
    });
  }

  private key(rule: RateLimitRule, subject: string): string {
    const digest = createHash('sha256').update(subject).digest('base64url').slice(0, 32);
    return `${this.config.redis.prefix}:ratelimit:${rule.name}:${digest}`;
  }

  private async run<T>(command: () => Promise<T>): Promise<T> {
    try {
      return await command();
    } catch {
      throw new DomainError(ErrorCode.Unavailable, 'Rate limiting is unavailable; try again shortly');
    }
  }
}
