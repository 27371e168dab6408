import { AccessTokenService } from '@app/accounts';
import {
  createAdminSession,
  createJobListing,
  createSession,
  Session,
  startTestEnvironment,
  StripeStub,
  TestEnvironment,
} from '@app/testing';
import { FuzzOperation } from './fuzz-operation';
import { Identity } from './fuzz-request';
import { operationsFromOpenApi } from './openapi-operations';
import { pageOperation, PAGE_ROUTES } from './page-routes';
import { KnownValues } from './schema-values';

/** Re-sign the identities' access tokens this often, so long runs outlive the 15-minute token lifetime. */
const TOKEN_REFRESH_MS = 10 * 60 * 1000;

/** The fuzzed world: the real API (with a local Stripe), a seeker and an admin, and rows the requests can name. */
export interface FuzzWorld {
  env: TestEnvironment;
  port: number;
  operations: FuzzOperation[];
  known: KnownValues;
  tokenFor(identity: Identity): string | undefined;
  close(): Promise<void>;
}

async function must<T>(label: string, response: Promise<{ status: number; body: T }>): Promise<T> {
  const { status, body } = await response;
  if (status >= 300) throw new Error(`fuzz world setup: ${label} answered ${status}: ${JSON.stringify(body)}`);
  return body;
}

/** A listing of each state, a published guide, an application, an alert, a bookmark, an alert run, and a cursor of each list. */
async function seedKnownValues(env: TestEnvironment, seeker: Session, admin: Session): Promise<KnownValues> {
  const dataSource = env.api.dataSource;
  const listings = [
    await createJobListing(dataSource, { title: 'Senior Rust Engineer', tags: ['rust', 'remote'] }),
    await createJobListing(dataSource, {
      featured: true,
      regions: ['Europe'],
      salaryMin: 90_000,
      salaryMax: 120_000,
      salaryCurrency: 'EUR',
      salaryPeriod: 'year',
    }),
    await createJobListing(dataSource, { status: 'draft' }),
    await createJobListing(dataSource, { applyUrl: 'https://jobs.example/apply' }),
  ];
  const guide = await must<any>(
    'create guide',
    admin.http.post('/v1/admin/guides', {
      title: 'Backend Developer Career Path',
      summary: 'Builds the server side.',
      jobCategory: 'engineering',
      tags: ['rust'],
    }),
  );
  await must('publish guide', admin.http.post(`/v1/admin/guides/${guide.id}/publish`));
  const application = await must<any>('apply', seeker.http.post(`/v1/jobs/${listings[0]!.id}/applications`, { coverLetter: 'Hello' }));
  const alert = await must<any>(
    'create alert',
    seeker.http.post('/v1/me/alerts', { name: 'Rust', frequency: 'weekly', criteria: { q: 'rust' } }),
  );
  await must('bookmark', seeker.http.put(`/v1/me/bookmarks/${listings[1]!.id}`));
  const run = await must<any>('alert run', admin.http.post('/v1/admin/alerts/runs', { frequency: 'weekly' }));
  const cursors = await Promise.all(
    ['/v1/jobs?limit=1', '/v1/guides?limit=1', '/v1/me/applications?limit=1'].map((path) => seeker.http.get(path)),
  );
  const listingIds = listings.map((listing) => listing.id);
  const ids = [...listingIds, guide.id, application.id, alert.id, run.id, seeker.user.id, admin.user.id];
  return {
    ids,
    jobs: [...listingIds, ...listings.map((listing) => listing.slug)],
    bookmarks: listingIds,
    guides: [guide.id, guide.slug],
    applications: [application.id],
    alerts: [alert.id],
    runs: [run.id],
    users: [seeker.user.id, admin.user.id],
    cursors: cursors.map((response) => response.body?.nextCursor).filter((cursor): cursor is string => typeof cursor === 'string'),
  };
}

/** Starts the world: its own database and Redis prefix, the API, a local Stripe; operations read from the served OpenAPI document. */
export async function startFuzzWorld(): Promise<FuzzWorld> {
  const stripe = await new StripeStub().start();
  const env = await startTestEnvironment({
    env: {
      STRIPE_SECRET_KEY: 'sk_test_fuzz',
      STRIPE_WEBHOOK_SECRET: 'whsec_fuzz',
      STRIPE_PRICE_PLUS: 'price_plus',
      STRIPE_API_URL: stripe.url,
    },
  });
  const seeker = await createSession(env.api, { name: 'Fuzz Seeker' });
  const admin = await createAdminSession(env.api);
  const known = await seedKnownValues(env, seeker, admin);
  const document = await must<any>('OpenAPI document', env.api.http.get('/docs/openapi.json'));
  const operations = [...operationsFromOpenApi(document), ...PAGE_ROUTES.map(pageOperation)];

  const tokens = new AccessTokenService(env.config);
  const users = { seeker: seeker.user, admin: admin.user };
  let signed = { at: Date.now(), seeker: seeker.accessToken, admin: admin.accessToken };
  return {
    env,
    port: env.api.port,
    operations,
    known,
    tokenFor(identity) {
      if (identity === 'anonymous') return undefined;
      if (Date.now() - signed.at > TOKEN_REFRESH_MS) {
        const sign = (user: typeof users.seeker) => tokens.sign({ id: user.id, email: user.email, role: user.role });
        signed = { at: Date.now(), seeker: sign(users.seeker), admin: sign(users.admin) };
      }
      return signed[identity];
    },
    close: async () => {
      await env.close();
      await stripe.stop();
    },
  };
}
