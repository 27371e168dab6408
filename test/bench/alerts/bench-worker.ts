import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from '../bench-env';

/** The compiled worker (dist/) as a child process; keeps its JSON log lines and reports its peak RSS. */
export class BenchWorker {
  readonly lines: string[] = [];
  private child?: ChildProcess;
  private peakKb = 0;
  private sampler?: NodeJS.Timeout;

  constructor(private readonly env: Record<string, string>) {}

  async start(): Promise<this> {
    const nodeOptions = (process.env.BENCH_WORKER_NODE_OPTIONS ?? '').split(' ').filter(Boolean);
    const child = spawn(process.execPath, [...nodeOptions, resolve(ROOT, 'dist/apps/worker/src/main.js')], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let partial = '';
    const collect = (chunk: Buffer) => {
      const lines = (partial + chunk.toString('utf8')).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) if (!line.includes('alert digest sent')) this.lines.push(line);
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    this.child = child;
    this.sampler = setInterval(() => this.sample(), 200);
    const deadline = Date.now() + 60_000;
    while (!this.lines.some((line) => line.includes('worker started'))) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`worker did not start:\n${this.lines.slice(-20).join('\n')}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    return this;
  }

  /** Peak resident set size in MB (the kernel's high-water mark, sampled as a fallback). */
  peakRssMb(): number {
    this.sample();
    return Math.round(this.peakKb / 1024);
  }

  /** CPU seconds (user + system) the worker process has used so far. */
  cpuSeconds(): number {
    const pid = this.child?.pid;
    if (!pid || this.child?.exitCode !== null) return 0;
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      return (Number(fields[11]) + Number(fields[12])) / 100;
    } catch {
      return 0;
    }
  }

  /** The JSON log records with this message. */
  records(message: string): Array<Record<string, unknown>> {
    return this.lines
      .filter((line) => line.includes(message))
      .map((line) => {
        try {
          return JSON.parse(line) as Record<string, unknown>;
        } catch {
          return {};
        }
      });
  }

  async stop(): Promise<void> {
    if (this.sampler) clearInterval(this.sampler);
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((done) => {
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  }

  private sample(): void {
    const pid = this.child?.pid;
    if (!pid || this.child?.exitCode !== null) return;
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const hwm = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      this.peakKb = Math.max(this.peakKb, hwm, rss);
    } catch {
      // exited between the check and the read
    }
  }
}
