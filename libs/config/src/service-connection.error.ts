import { redactUrl, serviceAddress } from './service-address.util';
import { StartupError } from './startup-error';

export interface ServiceEndpoint {
  /** The variable the URL came from, e.g. DATABASE_URL. */
  variable: string;
  /** The service's name as a person knows it, e.g. Postgres. */
  service: string;
  url: string;
  defaultPort: number;
  /** What `<variable>=embedded` makes `npm start` do, for the way out named in the message. */
  embedded: string;
}

/**
 * A service named by a variable could not be used: the one line says which variable, which host:port and URL
 * were tried, what went wrong in words, and the ways out.
 */
export class ServiceConnectionError extends StartupError {
  readonly address: string;

  constructor(
    readonly endpoint: ServiceEndpoint,
    readonly reason: string,
  ) {
    const address = serviceAddress(endpoint.url, endpoint.defaultPort);
    const { variable, service } = endpoint;
    super(
      `Cannot connect to ${service} at ${address} (${variable}=${redactUrl(endpoint.url)}): ${reason}. ` +
        `Start that server or set ${variable} to one that runs; outside production ${variable}=embedded makes npm start ${endpoint.embedded}.`,
    );
    this.name = 'ServiceConnectionError';
    this.address = address;
  }
}

const SOCKET_REASONS: Record<string, string> = {
  ECONNREFUSED: 'connection refused (nothing listens there)',
  ECONNRESET: 'the connection was reset',
  ETIMEDOUT: 'no answer (timed out)',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable',
  ENOTFOUND: 'the host name is unknown',
  EAI_AGAIN: 'the host name could not be looked up',
};

/** Words for a failed TCP connection (Node's error codes, also inside an AggregateError); null for other errors. */
export function describeSocketError(error: unknown): string | null {
  const code = (error as { code?: unknown })?.code;
  if (typeof code === 'string' && SOCKET_REASONS[code]) return SOCKET_REASONS[code];
  const inner = (error as { errors?: unknown[] })?.errors;
  if (Array.isArray(inner)) for (const each of inner) if (describeSocketError(each)) return describeSocketError(each);
  return null;
}
