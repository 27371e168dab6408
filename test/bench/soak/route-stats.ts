import { percentile } from '../bench-env';

export interface RouteSummary {
  route: string;
  requests: number;
  status4xx: number;
  status5xx: number;
  failures: number;
  p50: number;
  p99: number;
  max: number;
}

/** Per-route latencies and status classes of every request the simulated users send. */
export class RouteStats {
  private readonly routes = new Map<string, { latencies: number[]; status4xx: number; status5xx: number; failures: number }>();
  /** A few examples of what went wrong, to print after the run. */
  readonly problems: string[] = [];

  record(route: string, ms: number, status: number | null, detail = ''): void {
    const entry = this.routes.get(route) ?? { latencies: [], status4xx: 0, status5xx: 0, failures: 0 };
    this.routes.set(route, entry);
    entry.latencies.push(ms);
    if (status === null) entry.failures += 1;
    else if (status >= 500) entry.status5xx += 1;
    else if (status >= 400) entry.status4xx += 1;
    if ((status === null || status >= 500) && this.problems.length < 20)
      this.problems.push(`${route}: ${status ?? 'no answer'} ${detail}`.trim());
  }

  summaries(): RouteSummary[] {
    return [...this.routes]
      .map(([route, entry]) => {
        const sorted = [...entry.latencies].sort((a, b) => a - b);
        return {
          route,
          requests: sorted.length,
          status4xx: entry.status4xx,
          status5xx: entry.status5xx,
          failures: entry.failures,
          p50: percentile(sorted, 50),
          p99: percentile(sorted, 99),
          max: sorted[sorted.length - 1] ?? 0,
        };
      })
      .sort((a, b) => b.requests - a.requests);
  }
}
