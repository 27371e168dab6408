/** One kind of request the load sends again and again: a name for the figures, and how to make the next one. */
export interface LoadRoute {
  name: string;
  request(): { path: string; init?: RequestInit; tag?: string };
}

export interface LoadSample {
  route: string;
  phase: string;
  status: number;
  /** When it was sent (epoch ms) and how long the answer took. */
  at: number;
  ms: number;
  contentType: string;
  /** What the route said about this request (e.g. which pair it applied for). */
  tag?: string;
  /** No complete answer (reset, refused, or nothing within the hang limit). */
  error?: string;
}

export interface PhaseFigures {
  requests: number;
  byStatus: Record<string, number>;
  /** 5xx other than 503, and answers that never came. */
  failures: number;
  maxMs: number;
}

/**
 * Steady load from a few concurrent loops, each sending the routes in turn, every answer recorded with the phase
 * the test was in when it was sent. A request with no answer within `hangMs` counts as a hang.
 */
export class SteadyLoad {
  readonly samples: LoadSample[] = [];
  phase = 'before';
  private running = false;
  private loops: Array<Promise<void>> = [];

  constructor(
    private readonly baseUrl: string,
    private readonly routes: LoadRoute[],
    private readonly options: { concurrency?: number; pauseMs?: number; hangMs?: number } = {},
  ) {}

  start(): this {
    this.running = true;
    const concurrency = this.options.concurrency ?? 4;
    this.loops = Array.from({ length: concurrency }, (_, loop) => this.loop(loop));
    return this;
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
  }

  samplesOf(phase: string, route?: string): LoadSample[] {
    return this.samples.filter((s) => s.phase === phase && (route === undefined || s.route === route));
  }

  figures(phase: string, route?: string): PhaseFigures {
    const samples = this.samplesOf(phase, route);
    const byStatus: Record<string, number> = {};
    for (const s of samples)
      byStatus[s.error ? 'no answer' : String(s.status)] = (byStatus[s.error ? 'no answer' : String(s.status)] ?? 0) + 1;
    return {
      requests: samples.length,
      byStatus,
      failures: samples.filter((s) => s.error || (s.status >= 500 && s.status !== 503)).length,
      maxMs: Math.round(Math.max(0, ...samples.map((s) => s.ms))),
    };
  }

  /** One line per route and phase, for the test's diagnostics. */
  table(phases: string[]): string[] {
    const lines: string[] = [];
    for (const phase of phases) {
      for (const route of this.routes) {
        const f = this.figures(phase, route.name);
        lines.push(
          `${phase.padEnd(8)} ${route.name.padEnd(22)} requests=${f.requests} statuses=${JSON.stringify(f.byStatus)} max=${f.maxMs}ms`,
        );
      }
    }
    return lines;
  }

  private async loop(index: number): Promise<void> {
    let turn = index;
    while (this.running) {
      const route = this.routes[turn % this.routes.length]!;
      turn += 1;
      await this.send(route);
      if (this.options.pauseMs) await new Promise((resolve) => setTimeout(resolve, this.options.pauseMs));
    }
  }

  private async send(route: LoadRoute): Promise<void> {
    const phase = this.phase;
    const { path, init, tag } = route.request();
    const at = Date.now();
    const started = performance.now();
    try {
      const response = await fetch(`${this.baseUrl}${path}`, {
        redirect: 'manual',
        ...init,
        signal: AbortSignal.timeout(this.options.hangMs ?? 5_000),
      });
      await response.arrayBuffer();
      this.samples.push({
        route: route.name,
        phase,
        at,
        status: response.status,
        ms: performance.now() - started,
        contentType: response.headers.get('content-type') ?? '',
        tag,
      });
    } catch (error) {
      this.samples.push({
        route: route.name,
        phase,
        at,
        status: 0,
        ms: performance.now() - started,
        contentType: '',
        tag,
        error: String(error),
      });
    }
  }
}
