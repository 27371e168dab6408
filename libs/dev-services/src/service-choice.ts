import { DEFAULT_DATABASE_URL, DEFAULT_REDIS_URL, EMBEDDED_SERVICE } from '@app/config';

export interface ServiceDefault {
  variable: 'DATABASE_URL' | 'REDIS_URL';
  url: string;
}

export const POSTGRES_DEFAULT: ServiceDefault = { variable: 'DATABASE_URL', url: DEFAULT_DATABASE_URL };
export const REDIS_DEFAULT: ServiceDefault = { variable: 'REDIS_URL', url: DEFAULT_REDIS_URL };

export type ServiceChoice =
  /** Use this URL: the one set, or the default address, which answered. */
  | { use: 'url'; url: string; isDefault: boolean }
  /** Run our own; `because` says why, for the line that announces it. */
  | { use: 'embedded'; because: string };

/**
 * Outside production: a set URL is used as it is, `embedded` asks for our own, and with nothing set the default
 * address is used when something answers there, our own otherwise. (In production the variable is required and
 * used as it is: loadConfig says so.)
 */
export async function chooseService(
  service: ServiceDefault,
  env: Record<string, string | undefined>,
  answers: (host: string, port: number) => Promise<boolean>,
): Promise<ServiceChoice> {
  const value = env[service.variable]?.trim();
  if (value === EMBEDDED_SERVICE) return { use: 'embedded', because: `${service.variable}=${EMBEDDED_SERVICE}` };
  if (value) return { use: 'url', url: value, isDefault: false };
  const { hostname, port } = new URL(service.url);
  if (await answers(hostname, Number(port))) return { use: 'url', url: service.url, isDefault: true };
  return { use: 'embedded', because: `${service.variable} unset and nothing answers on ${hostname}:${port}` };
}
