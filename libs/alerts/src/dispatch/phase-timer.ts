/** Milliseconds spent in each phase of a job, for its log line (and the benchmark). */
export class PhaseTimer {
  readonly phases: Record<string, number> = {};
  private last = Date.now();

  mark(phase: string): this {
    const now = Date.now();
    this.phases[phase] = (this.phases[phase] ?? 0) + now - this.last;
    this.last = now;
    return this;
  }
}
