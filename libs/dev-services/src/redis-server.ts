import { execFileSync } from 'node:child_process';
import { accessSync, constants, mkdirSync } from 'node:fs';
import { connect } from 'node:net';
import { delimiter, dirname, join } from 'node:path';
import { StartupError } from '@app/config';
import { displayPath } from './display-path.util';
import { describeExit } from './exit-status';
import { findFreePort } from './free-port.util';
import { GuardedProcess } from './guarded-process';
import { lastTellingLine } from './log-tail.util';

const READY_TIMEOUT_MS = 30_000;

/** The redis-server on PATH, or null. No Redis binary ships in an npm package, so this is the one place to look. */
export function findRedisServer(path = process.env.PATH ?? ''): string | null {
  for (const dir of path.split(delimiter).filter(Boolean)) {
    const candidate = join(dir, 'redis-server');
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

export interface RedisServerOptions {
  binary: string;
  dataDir: string;
  logFile: string;
  port?: number;
}

export interface LocalRedis {
  url: string;
  port: number;
  version: string;
  process: GuardedProcess;
}

/** redis-server on 127.0.0.1 and a free port, saving to `dataDir` (a snapshot each minute with changes, and at stop). */
export async function startRedisServer(options: RedisServerOptions): Promise<LocalRedis> {
  mkdirSync(options.dataDir, { recursive: true });
  mkdirSync(dirname(options.logFile), { recursive: true });
  const port = options.port ?? (await findFreePort());
  const service = GuardedProcess.start({
    name: 'the local redis-server',
    command: options.binary,
    args: [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--dir',
      options.dataDir,
      '--save',
      '60',
      '1',
      '--appendonly',
      'no',
      '--daemonize',
      'no',
    ],
    stopSignal: 'TERM',
    output: { logFile: options.logFile },
  });
  await waitUntilPong(port, service, options.logFile);
  return { url: `redis://127.0.0.1:${port}`, port, version: redisVersion(options.binary), process: service };
}

function redisVersion(binary: string): string {
  const output = execFileSync(binary, ['--version'], { encoding: 'utf8' });
  return /v=([\d.]+)/.exec(output)?.[1] ?? 'unknown version';
}

function pong(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    let reply = '';
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk) => {
      reply += chunk.toString();
      if (reply.includes('\r\n')) done(reply.startsWith('+PONG'));
    });
  });
}

async function waitUntilPong(port: number, service: GuardedProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!(await pong(port))) {
    if (service.hasExited) {
      const status = describeExit(await service.exited);
      throw new StartupError(`redis-server stopped while starting (${status}): ${lastTellingLine(logFile)} (log: ${displayPath(logFile)})`);
    }
    if (Date.now() > deadline) {
      await service.stop();
      throw new StartupError(`redis-server did not answer within ${READY_TIMEOUT_MS / 1000} s (log: ${displayPath(logFile)})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
