import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { prepareDatabase } from '@app/database';
import {
  devPaths,
  DevPaths,
  EmbeddedPostgres,
  findFreePort,
  findRedisServer,
  LocalRedis,
  startEmbeddedPostgres,
  startRedisServer,
} from '@app/dev-services';
import { createScratchVarDir, ScratchVarDir } from '@app/testing';

/**
 * A redis-server of this test's own, on a port it keeps across a stop and a start, saving to a scratch folder:
 * stopping it (SIGTERM, as an orchestrator does) keeps what was queued, as a Redis with persistence would.
 */
export class PrivateRedis {
  private varDir?: ScratchVarDir;
  private paths?: DevPaths;
  private server?: LocalRedis;
  port = 0;

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    this.varDir ??= createScratchVarDir();
    this.paths ??= devPaths(this.varDir.path);
    this.port ||= await findFreePort();
    const binary = findRedisServer();
    if (!binary) throw new Error('redis-server is not on PATH');
    this.server = await startRedisServer({ binary, dataDir: this.paths.redisData, logFile: this.paths.redisLog, port: this.port });
    return this;
  }

  async stop(): Promise<void> {
    if (this.server && !this.server.process.hasExited) await this.server.process.stop();
  }

  async remove(): Promise<void> {
    await this.stop();
    this.varDir?.remove();
  }
}

/** A Postgres cluster of this test's own (initdb in a scratch folder), restartable in place on the same port. */
export class PrivatePostgres {
  private varDir?: ScratchVarDir;
  private paths?: DevPaths;
  private server?: EmbeddedPostgres;
  port = 0;

  get url(): string {
    if (!this.server) throw new Error('Postgres not started');
    return this.server.url;
  }

  async start(): Promise<this> {
    this.varDir ??= createScratchVarDir();
    this.paths ??= devPaths(this.varDir.path);
    this.port ||= await findFreePort();
    const { postgresData, postgresPassword, postgresLog } = this.paths;
    const first = !this.server;
    this.server = await startEmbeddedPostgres({
      dataDir: postgresData,
      passwordFile: postgresPassword,
      logFile: postgresLog,
      port: this.port,
    });
    if (first) await prepareDatabase(this.server.url);
    return this;
  }

  /** Fast shutdown (SIGINT): Postgres ends every session and exits, as a restart by an operator does. */
  async stop(): Promise<void> {
    if (this.server && !this.server.process.hasExited) await this.server.process.stop();
  }

  /** SIGKILL of the postmaster: a crash, no goodbye to the clients. */
  async kill(): Promise<void> {
    const pid = Number(readFileSync(join(this.paths!.postgresData, 'postmaster.pid'), 'utf8').split('\n')[0]);
    process.kill(pid, 'SIGKILL');
    await this.server!.process.exited;
  }

  async remove(): Promise<void> {
    await this.stop();
    this.varDir?.remove();
  }
}
