import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { openListingCondition } from './build-search-conditions.util';

interface Cached<T> {
  value: T;
  expiresAt: number;
}

const TTL_MS = 60_000;
const MAX_ENTRIES = 5_000;
/** Listings the share probe reads: the newest open, unfeatured ones, where first pages come from. */
const PROBE_ROWS = 2_000;
/** With fewer hits than this in the probe the measured share is noise, and the planner's estimate is used. */
const PROBE_MIN_HITS = 20;

/**
 * Cheap, cached planner estimates used to route a search: how many open listings match a set of
 * conditions (EXPLAIN, no execution) and the publish-time histogram (pg_stats) to size a date window.
 */
@Injectable()
export class SearchEstimator {
  private readonly rows = new Map<string, Cached<number>>();
  private readonly shares = new Map<string, Cached<number | null>>();
  private histogram: Cached<number[] | null> | null = null;

  constructor(private readonly dataSource: DataSource) {}

  /** Estimated rows of `SELECT 1 FROM job_listings l WHERE <where>`; cached per `key` for a minute. */
  async estimateRows(key: string, where: string, params: unknown[]): Promise<number> {
    const now = Date.now();
    const hit = this.rows.get(key);
    if (hit && hit.expiresAt > now) return hit.value;
    const [row] = await this.dataSource.query(`EXPLAIN (FORMAT JSON) SELECT 1 FROM job_listings l WHERE ${where}`, params);
    const plan = (row['QUERY PLAN'] as Array<{ Plan: { 'Plan Rows': number } }>)[0]!.Plan;
    if (this.rows.size >= MAX_ENTRIES) this.rows.clear();
    this.rows.set(key, { value: plan['Plan Rows'], expiresAt: now + TTL_MS });
    return plan['Plan Rows'];
  }

  /**
   * Share of the newest PROBE_ROWS open, unfeatured listings that satisfy `where` (over alias `l`), or null when too
   * few do to tell. Measured, not estimated: the planner takes the words of a phrase or of a multi-word query as
   * independent, which put "machine learning" at a third of its real count. Cached per `key` for a minute.
   */
  async recentShare(key: string, where: string, params: unknown[]): Promise<number | null> {
    const now = Date.now();
    const hit = this.shares.get(key);
    if (hit && hit.expiresAt > now) return hit.value;
    const [row]: Array<{ hits: number; seen: number }> = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE ${where})::int AS hits, count(*)::int AS seen FROM (
         SELECT l.* FROM job_listings l WHERE ${openListingCondition('l')} AND NOT l.featured
         ORDER BY l.published_at DESC, l.id DESC LIMIT ${PROBE_ROWS}
       ) l`,
      params,
    );
    const value = row && row.hits >= PROBE_MIN_HITS ? row.hits / row.seen : null;
    if (this.shares.size >= MAX_ENTRIES) this.shares.clear();
    this.shares.set(key, { value, expiresAt: now + TTL_MS });
    return value;
  }

  /**
   * The publish time before which roughly `fraction` of listings (older than `beforeMicros`, or all)
   * are newer — the lower bound of a window expected to hold that share. Null when no statistics exist
   * or the window would cover everything.
   */
  async windowStart(fraction: number, beforeMicros: number | null): Promise<Date | null> {
    const bounds = await this.publishHistogram();
    if (!bounds || bounds.length < 2) return null;
    const top = beforeMicros === null ? 1 : quantileOf(bounds, beforeMicros / 1000);
    const target = top - fraction;
    if (target <= 0) return null;
    return new Date(valueAt(bounds, target));
  }

  private async publishHistogram(): Promise<number[] | null> {
    const now = Date.now();
    if (this.histogram && this.histogram.expiresAt > now) return this.histogram.value;
    const rows: Array<{ bounds: Date[] | null }> = await this.dataSource.query(
      `SELECT histogram_bounds::text::timestamptz[] AS bounds FROM pg_stats
       WHERE schemaname = current_schema() AND tablename = 'job_listings' AND attname = 'published_at'`,
    );
    const bounds = rows[0]?.bounds?.map((date) => new Date(date).getTime()) ?? null;
    this.histogram = { value: bounds, expiresAt: now + TTL_MS };
    return bounds;
  }
}

/** Share of the histogram at or below `millis` (0..1), interpolated within a bucket. */
function quantileOf(bounds: number[], millis: number): number {
  const buckets = bounds.length - 1;
  if (millis <= bounds[0]!) return 0;
  if (millis >= bounds[buckets]!) return 1;
  let i = 0;
  while (bounds[i + 1]! < millis) i += 1;
  const span = bounds[i + 1]! - bounds[i]!;
  return (i + (span > 0 ? (millis - bounds[i]!) / span : 0)) / buckets;
}

function valueAt(bounds: number[], quantile: number): number {
  const position = quantile * (bounds.length - 1);
  const i = Math.floor(position);
  const next = bounds[Math.min(i + 1, bounds.length - 1)]!;
  return bounds[i]! + (next - bounds[i]!) * (position - i);
}
