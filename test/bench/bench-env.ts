import { execFileSync, spawn, ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../../..');

export function envInt(name: string, fallback: number): number {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed <= 0) throw new Error(`${name} must be a positive number`);
  return parsed;
}

export interface BenchSettings {
  size: number;
  seconds: number;
  connections: number;
  /** The bench database: jobboard_bench, or jobboard_bench_<n> for another BENCH_LISTINGS. */
  url: string;
}

/** BENCH_LISTINGS (200 000), BENCH_DURATION (20 s), BENCH_CONNECTIONS (8), BENCH_DATABASE_URL. */
export function benchSettings(): BenchSettings {
  const size = envInt('BENCH_LISTINGS', 200_000);
  return {
    size,
    seconds: envInt('BENCH_DURATION', 20),
    connections: envInt('BENCH_CONNECTIONS', 8),
    url: process.env.BENCH_DATABASE_URL ?? `postgres://postgres@127.0.0.1:5432/jobboard_bench${size === 200_000 ? '' : `_${size}`}`,
  };
}

export function commitHash(): string {
  try {
    const hash = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' }).trim() !== '';
    return dirty ? `${hash} (with uncommitted changes)` : hash;
  } catch {
    return 'unknown';
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
    server.on('error', reject);
  });
}

export interface RunningApi {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Starts the compiled API (dist/apps/api/src/main.js) as a child process and waits until it is ready. */
export async function startApiProcess(env: Record<string, string>): Promise<RunningApi> {
  const port = await freePort();
  // The api from the same build as this file (dist/ for npm run bench).
  const child = spawn(process.execPath, [resolve(__dirname, '../../apps/api/src/main.js')], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`api exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/health/ready`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('api did not become ready within 60 s');
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    process: child,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Runs `work` over `items` on `lanes` concurrent lanes, each taking the next item; resolves with the seconds taken. */
export async function inLanes<T>(items: T[], lanes: number, work: (item: T) => Promise<void>): Promise<number> {
  let next = 0;
  const started = process.hrtime.bigint();
  const lane = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: lanes }, lane));
  return Number(process.hrtime.bigint() - started) / 1e9;
}

export interface RunningWorker {
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Starts the compiled worker (dist/apps/worker/src/main.js) as a child process and waits for its "worker started" line. */
export async function startWorkerProcess(env: Record<string, string>): Promise<RunningWorker> {
  const child = spawn(process.execPath, [resolve(__dirname, '../../apps/worker/src/main.js')], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((started, failed) => {
    const timer = setTimeout(() => failed(new Error('worker did not start within 60 s')), 60_000);
    let seen = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      if (seen === 'started') return;
      seen = (seen + chunk.toString()).slice(-4096);
      if (seen.includes('"worker started"')) {
        seen = 'started';
        clearTimeout(timer);
        started();
      }
    });
    child.once('exit', (code) => failed(new Error(`worker exited with code ${code}`)));
  });
  child.stdout!.resume();
  return {
    process: child,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}
