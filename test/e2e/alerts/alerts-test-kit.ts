import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  decodeMailText,
  decodeQuotedPrintable,
  CountingSmtpSink,
  createAdminSession,
  HttpClient,
  PLUS_TEST_ENV,
  Session,
  startTestEnvironment,
  TestEnvironment,
} from '@app/testing';

/** A tick that never fires during a test: runs are started explicitly. */
export const NEVER_CRON = '0 0 1 1 *';

export interface AlertsWorld {
  env: TestEnvironment;
  sink: CountingSmtpSink;
  admin: Session;
  close(): Promise<void>;
}

/** The real API and worker, billing plans derivable, and an SMTP sink that keeps whole messages. */
export async function startAlertsWorld(options: { worker?: boolean; env?: Record<string, string> } = {}): Promise<AlertsWorld> {
  const sink = await new CountingSmtpSink({ keepRaw: true }).start();
  const env = await startTestEnvironment({
    worker: options.worker ?? true,
    env: { ...PLUS_TEST_ENV, SMTP_URL: `${sink.url}?pool=true&maxConnections=8`, ALERTS_TICK_CRON: NEVER_CRON, ...options.env },
  });
  const admin = await createAdminSession(env.api);
  return {
    env,
    sink,
    admin,
    close: async () => {
      await env.close();
      await sink.stop();
    },
  };
}

export interface ListingSeed {
  title?: string;
  company?: string;
  category?: string;
  tags?: string[];
  regions?: string[];
  employmentType?: string;
  seniority?: string;
  remote?: boolean;
  salaryMin?: number | null;
  salaryMax?: number | null;
  salaryCurrency?: string | null;
  salaryPeriod?: string | null;
  status?: 'published' | 'closed' | 'expired' | 'draft';
  /** Minutes before now the listing was first published. */
  publishedMinutesAgo?: number;
  /** Minutes from now until it expires (negative: already expired). */
  expiresInMinutes?: number;
}

/** Inserts a listing directly (published unless told otherwise); returns its id and slug. */
export async function insertListing(dataSource: DataSource, seed: ListingSeed = {}): Promise<{ id: string; slug: string; title: string }> {
  const suffix = randomBytes(4).toString('hex');
  const company = seed.company ?? 'Acme Cloud';
  const [{ id: companyId }] = await dataSource.query(
    `INSERT INTO companies (slug, name) VALUES ($1, $2) ON CONFLICT (slug) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
    [company.toLowerCase().replace(/[^a-z0-9]+/g, '-'), company],
  );
  const title = seed.title ?? `Backend Engineer ${suffix}`;
  const status = seed.status ?? 'published';
  const minutesAgo = seed.publishedMinutesAgo ?? 60;
  const min = seed.salaryMin === undefined ? 90000 : seed.salaryMin;
  const max = seed.salaryMax === undefined ? 120000 : seed.salaryMax;
  const [row] = await dataSource.query(
    `INSERT INTO job_listings (slug, company_id, title, description, description_html, employment_type, seniority, category, remote,
       regions, salary_min, salary_max, salary_currency, salary_period, salary_annual_min, salary_annual_max, salary_usd_annual_min,
       salary_usd_annual_max, tags, status, first_published_at, published_at, expires_at, closed_at)
     VALUES ($1, $2, $3, 'A job.', '<p>A job.</p>', $4, $5, $6, $7, $8, $9, $10, $11, $12, $9, $10, $9, $10, $13, $14,
       CASE WHEN $14 = 'draft' THEN NULL ELSE now() - make_interval(mins => $15) END,
       CASE WHEN $14 = 'draft' THEN NULL ELSE now() - make_interval(mins => $15) END,
       now() + make_interval(mins => $16), CASE WHEN $14 = 'closed' THEN now() END)
     RETURNING id, slug, title`,
    [
      `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${suffix}`,
      companyId,
      title,
      seed.employmentType ?? 'full_time',
      seed.seniority ?? 'senior',
      seed.category ?? 'backend',
      seed.remote ?? true,
      seed.regions ?? ['Europe'],
      min,
      max,
      seed.salaryCurrency === undefined ? 'USD' : seed.salaryCurrency,
      seed.salaryPeriod === undefined ? 'year' : seed.salaryPeriod,
      seed.tags ?? ['go'],
      status,
      minutesAgo,
      seed.expiresInMinutes ?? 30 * 24 * 60,
    ],
  );
  return row;
}

/** Starts a forced run as an admin and waits until it completed; returns the run as the API shows it. */
export async function runAlerts(world: Pick<AlertsWorld, 'admin'>, frequency: 'daily' | 'weekly', timeoutMs = 30_000) {
  const started = await world.admin.http.post('/v1/admin/alerts/runs', { frequency });
  if (started.status !== 202) throw new Error(`run not started: ${started.status} ${started.text}`);
  return waitForRun(world.admin.http, started.body.id, timeoutMs);
}

export async function waitForRun(http: HttpClient, id: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await http.get(`/v1/admin/alerts/runs/${id}`);
    if (response.body.status === 'completed' || response.body.status === 'failed') return response.body;
    if (Date.now() > deadline) throw new Error(`run ${id} still ${response.body.status}: ${JSON.stringify(response.body)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The raw message with its body parts decoded (see decodeMailText). */
export const decoded = decodeMailText;

/** A header of a raw message, unfolded, with MIME encoded-words decoded. */
export function headerOf(raw: string, name: string): string | undefined {
  const head = raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ');
  const value = new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head)?.[1]?.trim();
  return value?.replace(/=\?UTF-8\?([QB])\?([^?]*)\?=\s*/gi, (_m, kind: string, body: string) =>
    kind.toUpperCase() === 'B' ? Buffer.from(body, 'base64').toString('utf8') : decodeQuotedPrintable(body.replace(/_/g, ' ')),
  );
}
