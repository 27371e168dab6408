import { describe, it } from 'node:test';
import { expect } from 'expect';
import { ConfigError } from './config-error';
import { loadConfig } from './load-config';

const base = { NODE_ENV: 'test', JWT_SECRET: 'a'.repeat(32), DEV_SECRET_FILE: '/nonexistent/never-written' };

function errorOf(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('gives working defaults outside production', () => {
    const config = loadConfig(base);
    expect(config.database.url).toBe('postgres://postgres@127.0.0.1:5432/jobboard');
    expect(config.redis.url).toBe('redis://127.0.0.1:6379');
    expect(config.http.port).toBe(3000);
    expect(config.alerts).toEqual({ tickCron: '*/15 * * * *', sendHour: 8 });
    expect(config.stripe).toBeNull();
    expect(config.mail.smtpUrl).toBeNull();
    expect(config.plans.free).toMatchObject({ maxAlerts: 3, alertFrequencies: ['weekly'], ads: true });
    expect(config.plans.plus).toMatchObject({ maxAlerts: 20, alertFrequencies: ['daily', 'weekly'], ads: false });
    expect(config.billing.pastDueGrantsPlus).toBe(true);
  });

  it('names REDIS_URL when it is not a URL, in one line', () => {
    const error = errorOf({ ...base, REDIS_URL: 'not-a-url' });
    expect(error.variable).toBe('REDIS_URL');
    expect(error.message).toContain('REDIS_URL');
    expect(error.message).not.toContain('\n');
  });

  it('requires JWT_SECRET of at least 32 bytes in production', () => {
    const production = {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://db/x',
      REDIS_URL: 'redis://r',
      APP_URL: 'https://jobs.example',
      SMTP_URL: 'smtp://mail',
    };
    expect(errorOf(production).variable).toBe('JWT_SECRET');
    expect(errorOf({ ...production, JWT_SECRET: 'short' }).variable).toBe('JWT_SECRET');
    expect(loadConfig({ ...production, JWT_SECRET: 'x'.repeat(32) }).env).toBe('production');
  });

  it('has no defaults for connection strings in production', () => {
    expect(errorOf({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) }).variable).toBe('APP_URL');
  });

  it('requires DATABASE_URL and REDIS_URL in production, naming each', () => {
    const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), APP_URL: 'https://jobs.example', SMTP_URL: 'smtp://mail' };
    expect(errorOf(production).message).toBe('Invalid configuration: DATABASE_URL is required in production (a postgres:// URL)');
    expect(errorOf({ ...production, DATABASE_URL: 'postgres://db/x' }).variable).toBe('REDIS_URL');
  });

  it('refuses "embedded" in a process started without npm start, and in production, in one line naming the variable', () => {
    const direct = errorOf({ ...base, DATABASE_URL: 'embedded' });
    expect(direct.variable).toBe('DATABASE_URL');
    expect(direct.message).toContain('only npm start understands');
    expect(errorOf({ ...base, REDIS_URL: 'embedded' }).variable).toBe('REDIS_URL');
    const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), APP_URL: 'https://jobs.example', SMTP_URL: 'smtp://m' };
    const refused = errorOf({ ...production, DATABASE_URL: 'embedded', REDIS_URL: 'redis://r' });
    expect(refused.message).toBe(
      'Invalid configuration: DATABASE_URL is "embedded", which is never used in production: set a postgres:// URL',
    );
    expect(refused.message).not.toContain('\n');
  });

  it('rejects out-of-range numbers, bad booleans and bad cron expressions by name', () => {
    expect(errorOf({ ...base, PORT: '70000' }).variable).toBe('PORT');
    expect(errorOf({ ...base, TRUST_PROXY: 'maybe' }).variable).toBe('TRUST_PROXY');
    expect(errorOf({ ...base, ALERTS_SEND_HOUR: '24' }).variable).toBe('ALERTS_SEND_HOUR');
    expect(errorOf({ ...base, ALERTS_TICK_CRON: 'every minute' }).variable).toBe('ALERTS_TICK_CRON');
    expect(errorOf({ ...base, DATABASE_URL: 'mysql://x/y' }).variable).toBe('DATABASE_URL');
  });

  it('reads the retention periods, and refuses a ledger period shorter than an alert can look back', () => {
    expect(loadConfig(base).retention).toEqual({
      cron: '20 3 * * *',
      batchSize: 1000,
      sessionsDays: 7,
      resetTokensDays: 7,
      mailDays: 30,
      alertLedgerDays: 90,
      stripeEventsDays: 90,
    });
    expect(errorOf({ ...base, RETENTION_ALERT_LEDGER_DAYS: '7' }).message).toMatch(/RETENTION_ALERT_LEDGER_DAYS must be an integer from 8/);
    expect(errorOf({ ...base, RETENTION_CRON: 'nightly' }).message).toMatch(/RETENTION_CRON must be a cron/);
    expect(errorOf({ ...base, RETENTION_BATCH_SIZE: '0' }).message).toMatch(/RETENTION_BATCH_SIZE must be an integer/);
  });

  it('requires the whole Stripe configuration once a secret key is set', () => {
    expect(errorOf({ ...base, STRIPE_SECRET_KEY: 'sk_test_1' }).variable).toBe('STRIPE_WEBHOOK_SECRET');
    expect(errorOf({ ...base, STRIPE_SECRET_KEY: 'sk_test_1', STRIPE_WEBHOOK_SECRET: 'whsec_1' }).variable).toBe('STRIPE_PRICE_PLUS');
    const stripe = loadConfig({
      ...base,
      STRIPE_SECRET_KEY: 'sk_test_1',
      STRIPE_WEBHOOK_SECRET: 'whsec_1, whsec_2',
      STRIPE_PRICE_PLUS: 'price_1',
    }).stripe;
    expect(stripe).toMatchObject({ webhookSecrets: ['whsec_1', 'whsec_2'], pricePlus: 'price_1', livemode: false, apiUrl: null });
  });

  it('requires both admin variables or neither', () => {
    expect(errorOf({ ...base, ADMIN_EMAIL: 'admin@example.com' }).variable).toBe('ADMIN_PASSWORD');
    expect(errorOf({ ...base, ADMIN_PASSWORD: 'long-enough-password' }).variable).toBe('ADMIN_EMAIL');
  });
});
