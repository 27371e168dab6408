import { join, resolve } from 'node:path';
import { EMBEDDED_SERVICE, loadConfig, serviceAddress, StartupError } from '@app/config';
import {
  answersOnTcp,
  assertPortFree,
  chooseService,
  devPaths,
  DevPaths,
  displayPath,
  findRedisServer,
  GuardedProcess,
  POSTGRES_DEFAULT,
  REDIS_DEFAULT,
  ServiceChoice,
  startEmbeddedPostgres,
  startNodeProcess,
  startRedisServer,
  Supervisor,
} from '@app/dev-services';
import { assertPostgresReachable } from '@app/database';
import { assertRedisReachable } from '@app/queue';

/*
 * `npm start` once the build is done (scripts/start.js): finds Postgres and Redis or runs its own, migrates, seeds an
 * empty database, runs the api and the worker, prints the site's address once it answers, and stops it all
 * together. How the services are found: docs/running.md.
 */
const root = resolve(__dirname, '../..');
const say = (line: string) => process.stdout.write(`${line}\n`);
const supervisor = new Supervisor(say, (code) => process.exit(code));

for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.on(signal, () => void supervisor.stop(0));

/** Everything but the two service variables is checked before anything starts; those are the supervisor's. */
function withoutEmbedded(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const checked = { ...env };
  for (const name of ['DATABASE_URL', 'REDIS_URL']) if (checked[name]?.trim() === EMBEDDED_SERVICE) delete checked[name];
  return checked;
}

async function postgresUrl(choice: ServiceChoice, paths: DevPaths): Promise<string> {
  if (choice.use === 'url') {
    if (choice.isDefault) say(`Postgres: the server on ${serviceAddress(choice.url, 5432)} (DATABASE_URL unset: ${choice.url})`);
    return choice.url;
  }
  const postgres = await startEmbeddedPostgres({
    dataDir: paths.postgresData,
    passwordFile: paths.postgresPassword,
    logFile: paths.postgresLog,
  });
  supervisor.addService(postgres.process, paths.postgresLog);
  const data = postgres.initialised ? 'initialised now' : 'kept from an earlier start';
  say(
    `Postgres: embedded PostgreSQL ${postgres.version} on 127.0.0.1:${postgres.port} (${choice.because}), data in ${displayPath(paths.postgresData, true)} (${data})`,
  );
  return postgres.url;
}

function redisServerBinary(because: string): string {
  const binary = findRedisServer();
  if (binary) return binary;
  throw new StartupError(
    `Redis: ${because}, and there is no redis-server on PATH to start one. Install it (apt-get install redis-server, or brew install redis), ` +
      'or run everything in containers with docker compose -f docker/compose.yml up, or set REDIS_URL to a running Redis.',
  );
}

async function redisUrl(choice: ServiceChoice, binary: string | null, paths: DevPaths): Promise<string> {
  if (choice.use === 'url') {
    if (choice.isDefault) say(`Redis: the server on ${serviceAddress(choice.url, 6379)} (REDIS_URL unset: ${choice.url})`);
    return choice.url;
  }
  const redis = await startRedisServer({ binary: binary!, dataDir: paths.redisData, logFile: paths.redisLog });
  supervisor.addService(redis.process, paths.redisLog);
  say(
    `Redis: redis-server ${redis.version} (${binary}) on 127.0.0.1:${redis.port} (${choice.because}), data in ${displayPath(paths.redisData, true)}`,
  );
  return redis.url;
}

async function announceWhenReady(port: number, api: GuardedProcess): Promise<void> {
  while (!api.hasExited && !supervisor.isStopping) {
    const status = await fetch(`http://127.0.0.1:${port}/health/ready`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) {
      say(`Job board ready: http://localhost:${port} (API docs: http://localhost:${port}/docs; stop with Ctrl-C)`);
      return;
    }
    await new Promise((resolveLater) => setTimeout(resolveLater, 250));
  }
}

async function main(): Promise<void> {
  const env = { ...process.env };
  const production = env.NODE_ENV === 'production';
  const config = loadConfig(production ? env : withoutEmbedded(env));
  await assertPortFree(config.http.port);
  const urlOf = (url: string): ServiceChoice => ({ use: 'url', url, isDefault: false });
  const database = production ? urlOf(config.database.url) : await chooseService(POSTGRES_DEFAULT, env, answersOnTcp);
  const redis = production ? urlOf(config.redis.url) : await chooseService(REDIS_DEFAULT, env, answersOnTcp);
  // Every way this start can fail fast is tried before anything is printed or started.
  const redisBinary = redis.use === 'embedded' ? redisServerBinary(redis.because) : null;
  if (redis.use === 'url') await assertRedisReachable(redis.url);
  if (database.use === 'url') await assertPostgresReachable(database.url);

  const paths = devPaths(env.VAR_DIR ?? join(root, 'var'));
  const childEnv = { ...env, DATABASE_URL: await postgresUrl(database, paths), REDIS_URL: await redisUrl(redis, redisBinary, paths) };
  const script = (path: string) => join(root, 'dist', path);

  if (!(await supervisor.runStep(startNodeProcess('migrate', script('scripts/migrate.js'), [], childEnv)))) return;
  if (!(await supervisor.runStep(startNodeProcess('seed', script('scripts/seed.js'), ['--if-empty'], childEnv)))) return;
  if (supervisor.isStopping) return;
  const api = startNodeProcess('api', script('apps/api/src/main.js'), [], childEnv);
  supervisor.addApp(api);
  supervisor.addApp(startNodeProcess('worker', script('apps/worker/src/main.js'), [], childEnv));
  await announceWhenReady(config.http.port, api);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof StartupError ? error.message : `npm start failed: ${(error as Error)?.stack ?? String(error)}`}\n`,
  );
  void supervisor.stop(1);
});
