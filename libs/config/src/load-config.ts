import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { AppConfig, NodeEnv, PlanLimits } from './app-config';
import { ConfigError } from './config-error';
import { Env, EnvReader } from './env-readers.util';

/** The value of DATABASE_URL or REDIS_URL that asks `npm start` to run the service itself (never in production). */
export const EMBEDDED_SERVICE = 'embedded';
export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/jobboard';
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

const CRON_FIELD = /^[\d*/,\-A-Za-z?LW#]+$/;
/** Units of each currency per 1 USD is not what we store: this is USD per 1 unit of the currency. */
const DEFAULT_USD_RATES =
  'USD=1,EUR=1.08,GBP=1.27,CAD=0.73,AUD=0.66,CHF=1.13,SEK=0.095,NOK=0.094,DKK=0.145,PLN=0.25,INR=0.012,JPY=0.0067,BRL=0.18';

/** Reads and validates every variable once; throws ConfigError naming the first bad one. */
export function loadConfig(rawEnv: Env = process.env): AppConfig {
  const env = new EnvReader(rawEnv);
  const nodeEnv = readNodeEnv(env);
  const production = nodeEnv === 'production';
  const dev = <T>(value: T): T | undefined => (production ? undefined : value);

  const jwtSecret = env.optional('JWT_SECRET') ?? (production ? undefined : devSecret(rawEnv));
  if (jwtSecret === undefined) throw new ConfigError('JWT_SECRET', 'is required in production (at least 32 bytes)');
  if (Buffer.byteLength(jwtSecret) < 32) throw new ConfigError('JWT_SECRET', 'must be at least 32 bytes');

  const appUrl = env.url('APP_URL', dev('http://localhost:3000'), ['http', 'https']).replace(/\/+$/, '');
  const corsOrigins = env.list('CORS_ORIGINS');

  return {
    env: nodeEnv,
    http: {
      port: env.int('PORT', 3000, { min: 0, max: 65535 }),
      trustProxy: env.bool('TRUST_PROXY', false),
      appUrl,
      corsOrigins: corsOrigins.length > 0 ? corsOrigins : production ? [appUrl] : true,
      bodyLimitBytes: 1024 * 1024,
    },
    log: { level: readLogLevel(env, nodeEnv) },
    database: {
      url: readServiceUrl(env, 'DATABASE_URL', dev(DEFAULT_DATABASE_URL), ['postgres', 'postgresql'], production),
      statementTimeoutMs: env.int('DATABASE_STATEMENT_TIMEOUT_MS', 5000, { min: 100, max: 600000 }),
    },
    redis: {
      url: readServiceUrl(env, 'REDIS_URL', dev(DEFAULT_REDIS_URL), ['redis', 'rediss'], production),
      prefix: readPrefix(env),
    },
    auth: {
      jwtSecret,
      accessTokenTtlSeconds: env.int('ACCESS_TOKEN_TTL_SECONDS', 900, { min: 30, max: 900 }),
      refreshTokenTtlDays: env.int('REFRESH_TOKEN_TTL_DAYS', 30, { min: 1, max: 365 }),
      browserSessionTtlDays: env.int('BROWSER_SESSION_TTL_DAYS', 30, { min: 1, max: 365 }),
      admin: readAdmin(env),
    },
    mail: {
      smtpUrl: readSmtpUrl(env, production),
      from: env.string('MAIL_FROM', 'Job Board <no-reply@jobboard.local>'),
      outboxDir: resolve(env.string('MAIL_OUTBOX_DIR', 'var/outbox')),
    },
    stripe: readStripe(env),
    billing: {
      pastDueGrantsPlus: env.bool('BILLING_PAST_DUE_GRANTS_PLUS', true),
      plusPriceCents: env.int('PLUS_PRICE_CENTS', 800, { min: 0, max: 1_000_000 }),
      currency: 'USD',
    },
    plans: {
      free: plan(['weekly'], env.int('FREE_MAX_ALERTS', 3, { min: 0, max: 1000 }), false),
      plus: plan(['daily', 'weekly'], env.int('PLUS_MAX_ALERTS', 20, { min: 0, max: 1000 }), true),
    },
    alerts: {
      tickCron: readCron(env, 'ALERTS_TICK_CRON', '*/15 * * * *'),
      sendHour: env.int('ALERTS_SEND_HOUR', 8, { min: 0, max: 23 }),
    },
    consultations: {
      maxOpenThreads: env.int('CONSULTATIONS_MAX_OPEN', 3, { min: 1, max: 100 }),
    },
    jobs: {
      defaultExpiryDays: env.int('JOBS_DEFAULT_EXPIRY_DAYS', 30, { min: 1, max: 365 }),
      usdRates: readRates(env),
    },
    retention: {
      cron: readCron(env, 'RETENTION_CRON', '20 3 * * *'),
      batchSize: env.int('RETENTION_BATCH_SIZE', 1000, { min: 1, max: 100_000 }),
      sessionsDays: env.int('RETENTION_SESSIONS_DAYS', 7, { min: 1, max: 3650 }),
      resetTokensDays: env.int('RETENTION_RESET_TOKENS_DAYS', 7, { min: 1, max: 3650 }),
      mailDays: env.int('RETENTION_MAIL_DAYS', 30, { min: 1, max: 3650 }),
      // Longer than the longest alert period (a week), which a new or resumed alert looks back: see docs/alerts.md.
      alertLedgerDays: env.int('RETENTION_ALERT_LEDGER_DAYS', 90, { min: 8, max: 3650 }),
      // Stripe retries a webhook for up to 3 days; an event older than that is never delivered again.
      stripeEventsDays: env.int('RETENTION_STRIPE_EVENTS_DAYS', 90, { min: 30, max: 3650 }),
    },
  };
}

function readNodeEnv(env: EnvReader): NodeEnv {
  const value = env.string('NODE_ENV', 'development');
  if (value !== 'development' && value !== 'test' && value !== 'production') {
    throw new ConfigError('NODE_ENV', `must be development, test or production (got "${value}")`);
  }
  return value;
}

/**
 * `embedded` is resolved by `npm start`, which starts the service and hands each process a real URL; a process that
 * still sees it was started some other way.
 */
function readServiceUrl(env: EnvReader, name: string, fallback: string | undefined, protocols: string[], production: boolean): string {
  if (env.optional(name) === EMBEDDED_SERVICE) {
    throw new ConfigError(
      name,
      production
        ? `is "${EMBEDDED_SERVICE}", which is never used in production: set a ${protocols[0]}:// URL`
        : `is "${EMBEDDED_SERVICE}", which only npm start understands (it starts the service and passes its URL on): use npm start, or set a ${protocols[0]}:// URL`,
    );
  }
  if (production && env.optional(name) === undefined) throw new ConfigError(name, `is required in production (a ${protocols[0]}:// URL)`);
  return env.url(name, fallback, protocols);
}

function readLogLevel(env: EnvReader, nodeEnv: NodeEnv): string {
  const level = env.string('LOG_LEVEL', nodeEnv === 'test' ? 'warn' : 'info');
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(level)) {
    throw new ConfigError('LOG_LEVEL', 'must be one of fatal, error, warn, info, debug, trace, silent');
  }
  return level;
}

function readPrefix(env: EnvReader): string {
  const prefix = env.string('REDIS_PREFIX', 'jobboard');
  if (!/^[a-z0-9_-]+$/i.test(prefix)) throw new ConfigError('REDIS_PREFIX', 'must contain only letters, digits, - and _');
  return prefix;
}

function readAdmin(env: EnvReader): { email: string; password: string } | null {
  const email = env.optional('ADMIN_EMAIL');
  const password = env.optional('ADMIN_PASSWORD');
  if (!email && !password) return null;
  if (!email) throw new ConfigError('ADMIN_EMAIL', 'is required when ADMIN_PASSWORD is set');
  if (!password) throw new ConfigError('ADMIN_PASSWORD', 'is required when ADMIN_EMAIL is set');
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new ConfigError('ADMIN_EMAIL', 'must be an email address');
  if (password.length < 10) throw new ConfigError('ADMIN_PASSWORD', 'must be at least 10 characters');
  return { email, password };
}

function readSmtpUrl(env: EnvReader, production: boolean): string | null {
  const url = env.optionalUrl('SMTP_URL', ['smtp', 'smtps']);
  if (url === null && production) throw new ConfigError('SMTP_URL', 'is required in production');
  return url;
}

function readStripe(env: EnvReader): AppConfig['stripe'] {
  const secretKey = env.optional('STRIPE_SECRET_KEY');
  if (!secretKey) return null;
  const webhookSecrets = env.list('STRIPE_WEBHOOK_SECRET');
  if (webhookSecrets.length === 0) throw new ConfigError('STRIPE_WEBHOOK_SECRET', 'is required when STRIPE_SECRET_KEY is set');
  const pricePlus = env.optional('STRIPE_PRICE_PLUS');
  if (!pricePlus) throw new ConfigError('STRIPE_PRICE_PLUS', 'is required when STRIPE_SECRET_KEY is set');
  return {
    secretKey,
    webhookSecrets,
    pricePlus,
    apiUrl: env.optionalUrl('STRIPE_API_URL', ['http', 'https']),
    livemode: secretKey.startsWith('sk_live_') || secretKey.startsWith('rk_live_'),
  };
}

function readCron(env: EnvReader, name: string, fallback: string): string {
  const cron = env.string(name, fallback);
  const fields = cron.split(/\s+/);
  if (fields.length < 5 || fields.length > 6 || !fields.every((field) => CRON_FIELD.test(field))) {
    throw new ConfigError(name, `must be a cron expression with 5 or 6 fields (got "${cron}")`);
  }
  return cron;
}

function readRates(env: EnvReader): Record<string, number> {
  const rates: Record<string, number> = {};
  for (const pair of (env.optional('FX_USD_RATES') ?? DEFAULT_USD_RATES).split(',')) {
    const [code, rate] = pair.split('=').map((part) => part.trim());
    const value = Number(rate);
    if (!/^[A-Z]{3}$/.test(code ?? '') || !(value > 0)) {
      throw new ConfigError('FX_USD_RATES', 'must look like "EUR=1.08,GBP=1.27" (USD per unit)');
    }
    rates[code!] = value;
  }
  rates.USD = 1;
  return rates;
}

function plan(alertFrequencies: PlanLimits['alertFrequencies'], maxAlerts: number, plus: boolean): PlanLimits {
  return { alertFrequencies, maxAlerts, featuredResume: plus, customResumeUrl: plus, careerConsultant: plus, jobAdvice: plus, ads: !plus };
}

/** Outside production a random secret is generated once and kept in var/, so api and worker agree. */
function devSecret(rawEnv: Env): string {
  const file = resolve(rawEnv.DEV_SECRET_FILE ?? 'var/dev-jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(48).toString('base64url');
  mkdirSync(dirname(file), { recursive: true });
  try {
    writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch {
    return readFileSync(file, 'utf8').trim(); // another process wrote it first
  }
}
