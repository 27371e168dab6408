import { ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { AppConfig } from '@app/config';
import { freePort } from '@app/testing';

const root = resolve(__dirname, '../../..');

/** The compiled api (apps/api/src/main.js) as its own process on a free port, with the test's database and Redis prefix. */
export class ApiProcess {
  readonly output: string[] = [];
  port = 0;
  private child?: ChildProcess;
  private exitStatus?: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(
    private readonly config: AppConfig,
    private readonly extraEnv: Record<string, string> = {},
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    this.port = await freePort();
    const child = spawn(process.execPath, [resolve(root, 'apps/api/src/main.js')], {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '',
        NODE_ENV: 'test',
        PORT: String(this.port),
        DATABASE_URL: this.config.database.url,
        REDIS_URL: this.config.redis.url,
        REDIS_PREFIX: this.config.redis.prefix,
        JWT_SECRET: this.config.auth.jwtSecret,
        APP_URL: this.config.http.appUrl,
        LOG_LEVEL: 'info',
        ...this.extraEnv,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const collect = (chunk: Buffer) => this.output.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    this.exitStatus = new Promise((resolvePromise) => child.on('exit', (code, signal) => resolvePromise({ code, signal })));
    this.child = child;
    const deadline = performance.now() + 90_000; // a cold start of Nest takes a while on a loaded machine
    for (;;) {
      const ready = await fetch(`${this.url}/health/ready`).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ready) return this;
      if (child.exitCode !== null || performance.now() > deadline) {
        await this.kill();
        throw new Error(`api did not start:\n${this.output.slice(-20).join('\n')}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  signal(signal: NodeJS.Signals): void {
    this.child?.kill(signal);
  }

  exited(): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    return this.exitStatus!;
  }

  async kill(): Promise<void> {
    if (!this.child || this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGKILL');
    await this.exitStatus;
  }
}
