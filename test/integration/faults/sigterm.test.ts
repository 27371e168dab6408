import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { AccessTokenService, Role } from '@app/accounts';
import { createAdminSession, createUser, sleep, until } from '@app/testing';
import { waitForRun } from '../../e2e/alerts/alerts-test-kit';
import { insertLoadListings, LoadWorld, seedSubscribers, startLoadWorld, WorkerProcess } from '../alerts/load-kit';
import { ApiProcess } from './api-process';

const SUBSCRIBERS = 800;
const IMPORT_ROWS = 600;

const importRow = (batch: string, i: number) => ({
  title: `Imported ${batch} Engineer ${i}`,
  company: { name: `Import ${batch} Corp` },
  description: `Builds **things**, row ${i}.\n\n- one\n- two\n- three`,
  employmentType: 'full_time',
  seniority: 'mid',
  category: `import-${batch}`,
  remote: true,
  tags: ['go', 'rust', `t${i % 7}`],
  regions: ['Europe'],
});

describe('SIGTERM in the middle of work', () => {
  let world: LoadWorld;

  before(async () => {
    world = await startLoadWorld();
  });
  after(() => world?.close());

  it(
    'a worker stopped during an alert run finishes its jobs and exits; the next one completes the run: every subscriber mailed once',
    { timeout: 240_000 },
    async () => {
      const { env, sink, workers, smtpUrl } = world;
      await insertLoadListings(env.api.dataSource);
      const emails = await seedSubscribers(env.api.dataSource, SUBSCRIBERS, 'term');
      const first = new WorkerProcess(env.config, { SMTP_URL: smtpUrl }).start();
      workers.push(first);
      await first.ready();
      const admin = await createAdminSession(env.api);
      const started = await admin.http.post('/v1/admin/alerts/runs', { frequency: 'weekly' });
      expect(started.status).toBe(202);
      await sink.waitForCount(SUBSCRIBERS / 5, 90_000);

      const signalledAt = Date.now();
      const sentAtSignal = sink.count;
      await first.kill('SIGTERM');
      const stopMs = Date.now() - signalledAt;
      const sentByFirst = sink.count;
      const midRun = (await admin.http.get(`/v1/admin/alerts/runs/${started.body.id}`)).body;

      const second = new WorkerProcess(env.config, { SMTP_URL: smtpUrl }).start();
      workers.push(second);
      await second.ready();
      const run = await waitForRun(admin.http, started.body.id, 180_000);
      await sleep(2_000);

      const figures = {
        subscribers: SUBSCRIBERS,
        mailsWhenSignalled: sentAtSignal,
        mailsByFirstWorker: sentByFirst,
        stopMs,
        firstWorkerExit: first.exitCode,
        runStatusAtSignal: midRun.status,
        mailsDelivered: sink.count,
        doubled: emails.filter((email) => sink.countFor(email) > 1).length,
        missing: emails.filter((email) => sink.countFor(email) === 0).length,
      };
      console.log(`sigterm alert run figures ${JSON.stringify(figures)}`);
      expect(first.exitCode).toBe(0);
      expect(first.lines('SIGTERM received')).toBe(1);
      expect(stopMs).toBeLessThan(25_000);
      expect(midRun.status).toBe('running');
      expect(sentByFirst).toBeLessThan(SUBSCRIBERS);
      expect(run).toMatchObject({
        status: 'completed',
        subscribers: SUBSCRIBERS,
        digests: SUBSCRIBERS,
        emailsSent: SUBSCRIBERS,
        failed: 0,
      });
      expect(sink.count).toBe(SUBSCRIBERS);
      expect(emails.filter((email) => sink.countFor(email) !== 1)).toEqual([]);
    },
  );

  it(
    'an api stopped during a bulk import finishes it whole, and refuses the import sent after the signal: nothing half-imported',
    { timeout: 120_000 },
    async () => {
      const { env } = world;
      const api = await new ApiProcess(env.config).start();
      try {
        const adminUser = await createUser(env.api.dataSource, { role: Role.Admin });
        const token = new AccessTokenService(env.config).sign({ id: adminUser.id, email: adminUser.email, role: adminUser.role });
        const post = (batch: string) => {
          const sentAt = Date.now();
          return fetch(`${api.url}/v1/admin/jobs/import`, {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body: JSON.stringify(Array.from({ length: IMPORT_ROWS }, (_, i) => importRow(batch, i))),
          }).then(
            async (response) => ({
              status: response.status,
              body: (await response.json().catch(() => null)) as { count?: number } | null,
              ms: Date.now() - sentAt,
              at: Date.now(),
            }),
            (error: unknown) => ({
              status: 0,
              body: { error: String(error) } as { count?: number; error?: string } | null,
              ms: Date.now() - sentAt,
              at: Date.now(),
            }),
          );
        };
        const inFlight = post('a');
        // The import is inside its transaction: its first rows are written but not committed.
        await until(
          'the import writing',
          async () => {
            const rows = await env.api.dataSource.query(
              `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND xact_start IS NOT NULL AND state <> 'idle'
             AND query ILIKE '%job_listings%' AND pid <> pg_backend_pid()`,
            );
            return rows.length > 0;
          },
          30_000,
          10,
        );
        const signalledAt = Date.now();
        api.signal('SIGTERM');
        await sleep(100);
        const late = await post('b');
        const first = await inFlight;
        const exit = await api.exited();
        const counted = async (batch: string) =>
          (await env.api.dataSource.query(`SELECT count(*)::int AS n FROM job_listings WHERE category = $1`, [`import-${batch}`]))[0].n;
        const audits = (
          await env.api.dataSource.query(`SELECT count(*)::int AS n FROM audit_entries WHERE action = 'listing.import' AND actor_id = $1`, [
            adminUser.id,
          ])
        )[0].n;
        const figures = {
          rows: IMPORT_ROWS,
          inFlight: { status: first.status, ms: first.ms, answeredAfterSignalMs: first.at - signalledAt },
          late: { status: late.status },
          importedA: await counted('a'),
          importedB: await counted('b'),
          auditEntries: audits,
          exit,
        };
        console.log(`sigterm import figures ${JSON.stringify(figures)}`);

        expect(first.status).toBe(201);
        expect(first.body?.count).toBe(IMPORT_ROWS);
        expect(figures.inFlight.answeredAfterSignalMs).toBeGreaterThan(0);
        expect(figures.importedA).toBe(IMPORT_ROWS);
        expect(audits).toBe(IMPORT_ROWS);
        expect([0, 503]).toContain(late.status);
        expect(figures.importedB).toBe(0);
        expect(exit.code).toBe(0);
      } finally {
        await api.kill();
      }
    },
  );
});
