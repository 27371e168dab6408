import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StartupError } from '@app/config';
import {
  describeExit,
  devPaths,
  DevPaths,
  EmbeddedPostgres,
  locatePostgresBinaries,
  postgresBinariesFor,
  postgresRunAs,
  startEmbeddedPostgres,
} from '@app/dev-services';
import { createScratchVarDir, processesGoneWithin, processesMentioning, queryDatabase, ScratchVarDir } from '@app/testing';

describe('the embedded Postgres', () => {
  let varDir: ScratchVarDir;
  let paths: DevPaths;
  const start = (): Promise<EmbeddedPostgres> =>
    startEmbeddedPostgres({
      dataDir: paths.postgresData,
      passwordFile: paths.postgresPassword,
      logFile: paths.postgresLog,
      database: 'postgres',
    });

  before(() => {
    varDir = createScratchVarDir();
    paths = devPaths(varDir.path);
  });
  after(async () => {
    expect(await processesGoneWithin(paths.postgresData, 5_000)).toEqual([]);
    varDir.remove();
  });

  it('initialises its cluster on the first start, listens on loopback only, and leaves no process after stop', async () => {
    const postgres = await start();
    expect(postgres.initialised).toBe(true);
    expect(new URL(postgres.url).hostname).toBe('127.0.0.1');
    const [settings] = await queryDatabase<{ version: string; data: string; listen: string }>(
      postgres.url,
      "SELECT current_setting('server_version') AS version, current_setting('data_directory') AS data, current_setting('listen_addresses') AS listen",
    );
    expect(settings).toEqual({ version: expect.stringMatching(/^18\./), data: paths.postgresData, listen: '127.0.0.1' });
    await queryDatabase(postgres.url, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('written by the first start')");
    expect(describeExit(await postgres.process.stop())).toBe('exit code 0');
    expect(await processesGoneWithin(paths.postgresData, 5_000)).toEqual([]);
  });

  it('reuses the cluster on the next start, data kept, and refuses to start twice on it', async () => {
    const postgres = await start();
    expect(postgres.initialised).toBe(false);
    expect(await queryDatabase(postgres.url, 'SELECT note FROM kept')).toEqual([{ note: 'written by the first start' }]);
    const second = await start().catch((error: unknown) => error);
    expect(second).toBeInstanceOf(StartupError);
    expect((second as Error).message).toMatch(/ is in use by Postgres pid \d+ \(another npm start of this checkout\?\)/);
    await postgres.process.stop();
  });

  it('refuses a password in the URL other than the one it was initialised with', async () => {
    const postgres = await start();
    const wrong = new URL(postgres.url);
    wrong.password = 'not-the-password';
    await expect(queryDatabase(wrong.toString(), 'SELECT 1')).rejects.toThrow(/password authentication failed/);
    await postgres.process.stop();
  });

  it('reports being killed under its supervisor as its exit, and leaves no process behind', async () => {
    const postgres = await start();
    const postmaster = Number(readFileSync(join(paths.postgresData, 'postmaster.pid'), 'utf8').split('\n')[0]);
    expect(processesMentioning(paths.postgresData)).toContain(postmaster);
    process.kill(postmaster, 'SIGKILL');
    expect(describeExit(await postgres.process.exited)).toBe('killed by SIGKILL');
    expect(await processesGoneWithin(paths.postgresData, 5_000)).toEqual([]);
  });

  it('as root, runs binaries the postgres user cannot reach from a copy it can reach', { skip: process.getuid?.() !== 0 }, () => {
    const runAs = postgresRunAs()!;
    const installed = locatePostgresBinaries();
    const hidden = join(varDir.path, 'private');
    mkdirSync(hidden, { mode: 0o700 });
    chmodSync(hidden, 0o700);
    cpSync(installed.nativeDir, join(hidden, 'native'), { recursive: true, verbatimSymlinks: true });
    const unreachable = { ...installed, nativeDir: join(hidden, 'native'), postgres: join(hidden, 'native/bin/postgres') };
    // The checkout itself may sit where the postgres user cannot reach (a clone under a 0700 mktemp directory).
    const installedReachable = (() => {
      try {
        execFileSync(installed.postgres, ['--version'], { uid: runAs.uid, gid: runAs.gid, stdio: 'ignore' });
        return true;
      } catch {
        return false;
      }
    })();
    if (installedReachable) expect(postgresBinariesFor(runAs, installed)).toEqual(installed);
    else expect(postgresBinariesFor(runAs, installed).postgres.startsWith(tmpdir())).toBe(true);
    const usable = postgresBinariesFor(runAs, unreachable);
    expect(usable.postgres.startsWith(tmpdir())).toBe(true);
    expect(execFileSync(usable.postgres, ['--version'], { uid: runAs.uid, gid: runAs.gid, encoding: 'utf8' })).toMatch(/PostgreSQL\) 18\./);
    rmSync(usable.nativeDir, { recursive: true, force: true });
  });
});
