import { readFileSync } from 'node:fs';

/** Resident set size of a running process in MiB (Linux /proc), or null once it has exited. */
export function rssMiB(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

export interface RssSummary {
  name: string;
  idle: number;
  /** The highest RSS from start-up to the end of the first window after the warm-up. */
  start: number;
  /** The highest RSS of the last window of the load. */
  end: number;
  peak: number;
  /** 10 s after the load stopped. */
  settled: number;
  /** One sample every 30 s from the end of the warm-up to the end of the load. */
  series: number[];
}

const SAMPLE_MS = 2_000;

/**
 * Samples a process's RSS every 2 s. A garbage-collected heap is a sawtooth (a worker's swings by ~50 MiB with each
 * alert run), so "start" is the highest RSS from start-up to the end of the first window after the warm-up (what the
 * process has needed so far) and "end" the peak of the last window, not single samples: a leak raises the peaks, a
 * collection at the wrong moment does not fake one.
 */
export class RssTracker {
  private readonly samples: Array<{ at: number; mib: number }> = [];
  private readonly timer: NodeJS.Timeout;
  private readonly idle: number;
  private warmAt = 0;
  private endAt = 0;
  private settled = 0;

  constructor(
    readonly name: string,
    private readonly pid: number,
  ) {
    this.idle = rssMiB(pid) ?? 0;
    this.timer = setInterval(() => this.sample(), SAMPLE_MS);
  }

  warm(): void {
    this.warmAt = this.sample();
  }

  loadEnded(): void {
    this.endAt = this.sample();
  }

  stop(): void {
    this.settled = rssMiB(this.pid) ?? 0;
    clearInterval(this.timer);
  }

  summary(): RssSummary {
    const loaded = this.samples.filter((s) => s.at >= this.warmAt && s.at <= this.endAt);
    const window = Math.min(60_000, (this.endAt - this.warmAt) / 3);
    const peakOf = (from: number, to: number) => Math.max(0, ...loaded.filter((s) => s.at >= from && s.at <= to).map((s) => s.mib));
    const series = loaded.filter(
      (s, i) =>
        i === 0 ||
        s.at === this.endAt ||
        Math.floor((s.at - this.warmAt) / 30_000) !== Math.floor((loaded[i - 1]!.at - this.warmAt) / 30_000),
    );
    return {
      name: this.name,
      idle: this.idle,
      start: Math.max(this.idle, ...this.samples.filter((s) => s.at <= this.warmAt + window).map((s) => s.mib)),
      end: peakOf(this.endAt - window, this.endAt),
      peak: Math.max(0, ...this.samples.map((s) => s.mib)),
      settled: this.settled,
      series: series.map((s) => s.mib),
    };
  }

  private sample(): number {
    const at = Date.now();
    this.samples.push({ at, mib: rssMiB(this.pid) ?? 0 });
    return at;
  }
}
