const UNAVAILABLE_MESSAGES = [
  "Stream isn't writeable and enableOfflineQueue options is false",
  'Connection is closed.',
  'Reached the max retries per request limit',
];
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH']);

/** True for the errors ioredis (and BullMQ through it) raises when Redis cannot be reached: a 503, not a bug. */
export function isRedisUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'MaxRetriesPerRequestError') return true;
  if (UNAVAILABLE_CODES.has((error as NodeJS.ErrnoException).code ?? '')) return true;
  return UNAVAILABLE_MESSAGES.some((message) => error.message.startsWith(message));
}
