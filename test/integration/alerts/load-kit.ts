import { ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { AlertCriteria, criteriaKey } from '@app/alerts';
import { AppConfig } from '@app/config';
import { CountingSmtpSink, PLUS_TEST_ENV, startTestEnvironment, TestEnvironment } from '@app/testing';
import { insertListing, NEVER_CRON } from '../../e2e/alerts/alerts-test-kit';

const root = resolve(__dirname, '../../..');

export const LOAD_CRITERIA: AlertCriteria[] = [
  { category: 'load' },
  { category: 'load', tags: ['go'] },
  { category: 'load', remote: true },
  { q: 'platform', category: 'load' },
  { category: 'load', region: 'Europe', salaryMin: 50000 },
];

/** `count` seekers (multi-row INSERTs, not HTTP), each with one weekly alert of LOAD_CRITERIA, round robin. */
/** The api, a counting SMTP sink, and the worker processes a test starts (killed on close). */
export interface LoadWorld {
  env: TestEnvironment;
  sink: CountingSmtpSink;
  workers: WorkerProcess[];
  /** SMTP_URL for worker processes: the sink, over a pool of connections. */
  smtpUrl: string;
  close(): Promise<void>;
}

export async function startLoadWorld(): Promise<LoadWorld> {
  const sink = await new CountingSmtpSink().start();
  const env = await startTestEnvironment({ env: { ...PLUS_TEST_ENV, SMTP_URL: sink.url } });
  const workers: WorkerProcess[] = [];
  return {
    env,
    sink,
    workers,
    smtpUrl: `${sink.url}?pool=true&maxConnections=8`,
    close: async () => {
      for (const worker of workers) await worker.kill();
      await env.close();
      await sink.stop();
    },
  };
}

/** Twelve open listings the LOAD_CRITERIA match in various combinations. */
export async function insertLoadListings(dataSource: DataSource): Promise<void> {
  for (let i = 0; i < 12; i += 1) {
    await insertListing(dataSource, {
      title: `Load Platform Role ${i}`,
      category: 'load',
      tags: i % 2 ? ['go'] : ['rust'],
      remote: i % 3 !== 0,
    });
  }
}

export async function seedSubscribers(dataSource: DataSource, count: number, tag: string): Promise<string[]> {
  await dataSource.query(
    `INSERT INTO users (email, name, password_hash, timezone)
     SELECT 'load' || i || '-' || $2 || '@load.test', 'Load ' || i, 'x', 'UTC' FROM generate_series(1, $1::int) AS i`,
    [count, tag],
  );
  await dataSource.query(
    `WITH sets AS (SELECT * FROM unnest($1::jsonb[], $2::text[]) WITH ORDINALITY AS s(criteria, key, n)),
          u AS (SELECT id, row_number() OVER (ORDER BY id) AS rn FROM users WHERE email LIKE $3)
     INSERT INTO job_alerts (user_id, name, frequency, criteria, criteria_key, cursor_at)
     SELECT u.id, 'Load alert ' || s.n, 'weekly', s.criteria, s.key, now() - interval '7 days'
     FROM u JOIN sets s ON s.n = (u.rn % $4) + 1`,
    [LOAD_CRITERIA.map((c) => JSON.stringify(c)), LOAD_CRITERIA.map((c) => criteriaKey(c)), `%-${tag}@load.test`, LOAD_CRITERIA.length],
  );
  const rows: Array<{ email: string }> = await dataSource.query(`SELECT email FROM users WHERE email LIKE $1`, [`%-${tag}@load.test`]);
  return rows.map((row) => row.email);
}

/** A compiled worker (apps/worker/src/main.js) as its own process, with the test's database, Redis prefix and SMTP. */
export class WorkerProcess {
  readonly output: string[] = [];
  private child?: ChildProcess;
  private exited?: Promise<number | null>;

  constructor(
    private readonly config: AppConfig,
    private readonly extraEnv: Record<string, string>,
  ) {}

  start(): this {
    const child = spawn(process.execPath, [resolve(root, 'apps/worker/src/main.js')], {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '',
        NODE_ENV: 'test',
        DATABASE_URL: this.config.database.url,
        REDIS_URL: this.config.redis.url,
        REDIS_PREFIX: this.config.redis.prefix,
        JWT_SECRET: this.config.auth.jwtSecret,
        APP_URL: this.config.http.appUrl,
        ALERTS_TICK_CRON: NEVER_CRON,
        LOG_LEVEL: 'info',
        ...PLUS_TEST_ENV,
        ...this.extraEnv,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let partial = '';
    const collect = (chunk: Buffer) => {
      const lines = (partial + chunk.toString('utf8')).split('\n');
      partial = lines.pop() ?? '';
      this.output.push(...lines);
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    this.exited = new Promise((resolvePromise) => child.on('exit', (code) => resolvePromise(code)));
    this.child = child;
    return this;
  }

  /** Resolves once the worker logged that it started. */
  async ready(timeoutMs = 30_000): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    while (!this.output.some((line) => line.includes('worker started'))) {
      if (performance.now() > deadline) throw new Error(`worker did not start:\n${this.output.slice(-20).join('\n')}`);
      if (this.child?.exitCode !== null && this.child?.exitCode !== undefined) {
        throw new Error(`worker exited:\n${this.output.slice(-20).join('\n')}`);
      }
      await new Promise((resolvePromise) => setTimeout(resolvePromise, 100));
    }
  }

  /** null while it runs. */
  get exitCode(): number | null {
    return this.child?.exitCode ?? null;
  }

  lines(message: string): number {
    return this.output.filter((line) => line.includes(message)).length;
  }

  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    if (!this.child || this.child.exitCode !== null) return;
    this.child.kill(signal);
    await this.exited;
  }
}
