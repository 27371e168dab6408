export type NodeEnv = 'development' | 'test' | 'production';

export interface PlanLimits {
  alertFrequencies: Array<'daily' | 'weekly'>;
  maxAlerts: number;
  featuredResume: boolean;
  customResumeUrl: boolean;
  /** A thread with a career consultant (SPEC §15). */
  careerConsultant: boolean;
  /** Job advice: listings ranked for the resume and alerts, and a skill gap (SPEC §15). */
  jobAdvice: boolean;
  ads: boolean;
}

export interface StripeConfig {
  secretKey: string;
  webhookSecrets: string[];
  pricePlus: string;
  apiUrl: string | null;
  livemode: boolean;
}

/**
 * The whole runtime configuration, validated once at boot (see loadConfig).
 * Injected by class token: `constructor(private readonly config: AppConfig)`.
 */
export abstract class AppConfig {
  abstract readonly env: NodeEnv;
  abstract readonly http: {
    port: number;
    trustProxy: boolean;
    appUrl: string;
    corsOrigins: string[] | true;
    bodyLimitBytes: number;
  };
  abstract readonly log: { level: string };
  abstract readonly database: { url: string; statementTimeoutMs: number };
  abstract readonly redis: { url: string; prefix: string };
  abstract readonly auth: {
    jwtSecret: string;
    accessTokenTtlSeconds: number;
    refreshTokenTtlDays: number;
    browserSessionTtlDays: number;
    admin: { email: string; password: string } | null;
  };
  abstract readonly mail: { smtpUrl: string | null; from: string; outboxDir: string };
  abstract readonly stripe: StripeConfig | null;
  abstract readonly billing: { pastDueGrantsPlus: boolean; plusPriceCents: number; currency: string };
  abstract readonly plans: { free: PlanLimits; plus: PlanLimits };
  abstract readonly alerts: { tickCron: string; sendHour: number };
  /** The career consultant's desk: how many threads a subscriber may have open (not closed) at once. */
  abstract readonly consultations: { maxOpenThreads: number };
  abstract readonly jobs: { defaultExpiryDays: number; usdRates: Record<string, number> };
  /** How long rows past their use are kept, in days, and how the worker's maintenance prunes them. */
  abstract readonly retention: RetentionConfig;
}

export interface RetentionConfig {
  /** When the maintenance jobs run (UTC). */
  cron: string;
  /** Rows one statement deletes at most. */
  batchSize: number;
  /** Refresh tokens, refresh sessions and browser sessions, counted from their expiry or end. */
  sessionsDays: number;
  /** Password-reset tokens, counted from their expiry. */
  resetTokensDays: number;
  /** Outbound mails, counted from when they were queued. */
  mailDays: number;
  /** The alert delivery ledger, counted from delivery (see docs/alerts.md for the rule). */
  alertLedgerDays: number;
  /** Processed or skipped Stripe webhook events, counted from their receipt. */
  stripeEventsDays: number;
}
