import { join, resolve } from 'node:path';

/** Where `npm start` keeps the data and logs of the services it runs itself: VAR_DIR, by default var/. */
export interface DevPaths {
  postgresData: string;
  postgresPassword: string;
  postgresLog: string;
  redisData: string;
  redisLog: string;
}

export function devPaths(varDir: string): DevPaths {
  const root = resolve(varDir);
  return {
    postgresData: join(root, 'postgres'),
    postgresPassword: join(root, 'postgres-password'),
    postgresLog: join(root, 'log', 'postgres.log'),
    redisData: join(root, 'redis'),
    redisLog: join(root, 'log', 'redis.log'),
  };
}
