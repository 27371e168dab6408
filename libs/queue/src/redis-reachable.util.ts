import Redis from 'ioredis';
import { describeSocketError, ServiceConnectionError, ServiceEndpoint } from '@app/config';
import { redisOptionsFromUrl } from './redis-connection.util';

const CONNECT_TIMEOUT_MS = 5_000;

export function redisEndpoint(url: string): ServiceEndpoint {
  return { variable: 'REDIS_URL', service: 'Redis', url, defaultPort: 6379, embedded: 'run redis-server from PATH (data in var/redis/)' };
}

function redisFailureReason(error: unknown): string {
  const socket = describeSocketError(error);
  if (socket) return socket;
  const message = String((error as Error)?.message ?? error);
  if (/NOAUTH/.test(message)) return 'the server needs a password (put it in the URL: redis://:password@host:port)';
  if (/WRONGPASS|invalid password|invalid username/i.test(message)) return 'the user name or password was refused';
  if (/Connection is closed|connect timeout|ETIMEDOUT/i.test(message)) return 'no answer (timed out)';
  return message;
}

/**
 * One PING with no retries, at boot: BullMQ's own connections retry forever, so without this a process started
 * against a Redis that is not there would wait in silence. Fails with one line naming REDIS_URL.
 */
export async function assertRedisReachable(url: string, timeoutMs = CONNECT_TIMEOUT_MS): Promise<void> {
  const client = new Redis({
    ...redisOptionsFromUrl(url),
    lazyConnect: true,
    connectTimeout: timeoutMs,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    connectionName: 'jobboard-boot-check',
  });
  let socketError: unknown;
  client.on('error', (error) => (socketError = error));
  try {
    // connect() only says "Connection is closed."; the socket's own error says why.
    await client.connect().catch((error: unknown) => Promise.reject(socketError ?? error));
    await client.ping();
  } catch (error) {
    throw new ServiceConnectionError(redisEndpoint(url), redisFailureReason(error));
  } finally {
    client.disconnect();
  }
}
