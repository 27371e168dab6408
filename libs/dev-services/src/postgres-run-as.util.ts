import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { dirname, parse } from 'node:path';
import { StartupError } from '@app/config';

export interface RunAs {
  user: string;
  uid: number;
  gid: number;
}

function idOf(user: string, flag: '-u' | '-g'): number {
  return Number(execFileSync('id', [flag, user], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
}

/** Postgres refuses to run as root: then its processes run as the system's `postgres` user. Null for anyone else. */
export function postgresRunAs(): RunAs | null {
  if (process.getuid?.() !== 0) return null;
  try {
    return { user: 'postgres', uid: idOf('postgres', '-u'), gid: idOf('postgres', '-g') };
  } catch {
    throw new StartupError(
      'The embedded Postgres cannot run as root and this machine has no postgres user: run npm start as a normal user, create one (useradd --system postgres), or set DATABASE_URL to a running Postgres.',
    );
  }
}

function canEnter(path: string, { uid, gid }: RunAs): boolean {
  const { mode, uid: owner, gid: group } = statSync(path);
  if (owner === uid) return (mode & 0o100) !== 0;
  if (group === gid) return (mode & 0o010) !== 0;
  return (mode & 0o001) !== 0;
}

/** True when every folder above `path` lets that user through. */
export function canReach(runAs: RunAs, path: string): boolean {
  return firstBlockingFolder(runAs, path) === null;
}

function firstBlockingFolder(runAs: RunAs, path: string): string | null {
  const { root } = parse(path);
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    if (!canEnter(dir, runAs)) return dir;
    if (dir === root) return null;
  }
}

/** Every folder above `path` must let that user through, or initdb and postgres fail with a bare EACCES. */
export function assertReachableBy(runAs: RunAs, path: string): void {
  const blocking = firstBlockingFolder(runAs, path);
  if (blocking === null) return;
  throw new StartupError(
    `The embedded Postgres runs as user ${runAs.user} (Postgres refuses root), which may not enter ${blocking}: run npm start as a normal user, set VAR_DIR to a folder that user can reach, or set DATABASE_URL to a running Postgres.`,
  );
}
