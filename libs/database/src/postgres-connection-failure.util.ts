import { describeSocketError, ServiceConnectionError, ServiceEndpoint } from '@app/config';

export function postgresEndpoint(url: string): ServiceEndpoint {
  return {
    variable: 'DATABASE_URL',
    service: 'Postgres',
    url,
    defaultPort: 5432,
    embedded: 'run its own Postgres (data in var/postgres/)',
  };
}

/** Server answers that mean "this server cannot be used now or with these credentials", not "this statement failed". */
const SERVER_REFUSALS: Record<string, string> = {
  '28P01': '', // invalid_password: the server's own words name the user
  '28000': '', // invalid_authorization_specification (no pg_hba.conf entry, unknown role)
  '3D000': '', // invalid_catalog_name: the database does not exist
  '53300': 'the server has too many connections',
  '57P01': 'the server is shutting down',
  '57P02': 'the server crashed',
  '57P03': 'the server is starting up or shutting down',
};

const CLIENT_MESSAGES: Array<[RegExp, string]> = [
  [/timeout exceeded when trying to connect|connection timeout/i, 'no answer (timed out)'],
  [/Connection terminated|connection error and is not queryable/i, 'the server closed the connection'],
  [/does not support SSL/i, 'the server does not support SSL (remove sslmode from the URL)'],
];

/**
 * Words for an error that means Postgres could not be used at all (unreachable, refused, gone), or null for an
 * error of a statement. TypeORM's QueryFailedError is looked through to the driver's error.
 */
export function postgresConnectionFailure(error: unknown): string | null {
  const driverError = (error as { driverError?: unknown })?.driverError ?? error;
  const socket = describeSocketError(driverError);
  if (socket) return socket;
  const { code, message } = (driverError ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && code in SERVER_REFUSALS) return SERVER_REFUSALS[code] || String(message);
  if (typeof code === 'string' && code.startsWith('08')) return `the connection failed (${String(message)})`;
  if (typeof message !== 'string') return null;
  return CLIENT_MESSAGES.find(([pattern]) => pattern.test(message))?.[1] ?? null;
}

export function isDatabaseUnavailable(error: unknown): boolean {
  return postgresConnectionFailure(error) !== null;
}

/** A connection-level failure as a one-line ServiceConnectionError naming DATABASE_URL; other errors unchanged. */
export function explainPostgresFailure(error: unknown, url: string): unknown {
  if (error instanceof ServiceConnectionError) return error;
  const reason = postgresConnectionFailure(error);
  return reason === null ? error : new ServiceConnectionError(postgresEndpoint(url), reason);
}
