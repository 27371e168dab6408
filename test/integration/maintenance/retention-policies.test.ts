import { INestApplicationContext } from '@nestjs/common';
import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { DataSource } from 'typeorm';
import { OutboundMailRetentionPolicy } from '@app/mail';
import { RetentionRunner } from '@app/database';
import { createTestDatabase, startWorker, TestDatabase, testConfig } from '@app/testing';
import {
  daysFromNow,
  insertAlert,
  insertBrowserSession,
  insertDelivery,
  insertMail,
  insertRefreshSession,
  insertResetToken,
  insertStripeEvent,
  insertUser,
  remaining,
} from './retention-seed';

/*
 * Each policy against rows on both sides of its period (defaults: sessions and reset tokens 7 days, mail 30,
 * the alert ledger 90, Stripe events 90), run by the worker's RetentionRunner on a real database.
 */
describe('retention policies: old rows go, recent ones stay', () => {
  let db: TestDatabase;
  let worker: INestApplicationContext;
  let dataSource: DataSource;
  let runner: RetentionRunner;
  let userId: string;

  before(async () => {
    db = await createTestDatabase();
    worker = await startWorker(testConfig(db.url, { RETENTION_BATCH_SIZE: '2' }));
    dataSource = worker.get(DataSource);
    runner = worker.get(RetentionRunner);
    userId = await insertUser(dataSource, 'retention@retention.test');
  });
  after(async () => {
    await worker?.close();
    await db?.drop();
  });

  it('knows one policy per table, each named once', () => {
    expect(
      runner
        .policies()
        .map((p) => p.name)
        .sort(),
    ).toEqual([
      'alert-deliveries',
      'browser-sessions',
      'outbound-mail',
      'password-reset-tokens',
      'refresh-sessions',
      'refresh-tokens',
      'stripe-events',
    ]);
  });

  it('drops refresh tokens expired over a week ago and keeps the rest of a live family', async () => {
    const { tokenIds } = await insertRefreshSession(dataSource, userId, {
      createdAt: daysFromNow(-40),
      lastUsedAt: daysFromNow(-1),
      tokenExpiries: [daysFromNow(-10), daysFromNow(-9), daysFromNow(-2), daysFromNow(29)],
    });
    const outcome = await runner.prune('refresh-tokens');
    expect(outcome).toMatchObject({ deleted: 2 });
    expect(await remaining(dataSource, 'refresh_tokens', 'id', tokenIds)).toEqual([tokenIds[2], tokenIds[3]].sort());
  });

  it('drops refresh families revoked or dead for over a week, with their tokens, and keeps live and recent ones', async () => {
    const revokedLongAgo = await insertRefreshSession(dataSource, userId, {
      createdAt: daysFromNow(-20),
      revokedAt: daysFromNow(-10),
      tokenExpiries: [daysFromNow(10)],
    });
    const expiredLongAgo = await insertRefreshSession(dataSource, userId, {
      createdAt: daysFromNow(-45),
      tokenExpiries: [daysFromNow(-15)],
    });
    const revokedYesterday = await insertRefreshSession(dataSource, userId, {
      createdAt: daysFromNow(-20),
      revokedAt: daysFromNow(-1),
      tokenExpiries: [daysFromNow(10)],
    });
    const idleButValid = await insertRefreshSession(dataSource, userId, {
      createdAt: daysFromNow(-25),
      lastUsedAt: daysFromNow(-20),
      tokenExpiries: [daysFromNow(10)],
    });
    const expiredLately = await insertRefreshSession(dataSource, userId, { createdAt: daysFromNow(-33), tokenExpiries: [daysFromNow(-3)] });
    const sessions = [revokedLongAgo, expiredLongAgo, revokedYesterday, idleButValid, expiredLately];

    await runner.prune('refresh-sessions');

    const ids = sessions.map((s) => s.sessionId);
    expect(await remaining(dataSource, 'refresh_sessions', 'id', ids)).toEqual(
      [revokedYesterday.sessionId, idleButValid.sessionId, expiredLately.sessionId].sort(),
    );
    expect(await remaining(dataSource, 'refresh_tokens', 'id', revokedLongAgo.tokenIds)).toEqual([]);
    expect(await remaining(dataSource, 'refresh_tokens', 'id', idleButValid.tokenIds)).toEqual(idleButValid.tokenIds);
  });

  it('drops browser sessions ended or expired over a week ago and keeps live and recent ones', async () => {
    const endedLongAgo = await insertBrowserSession(dataSource, userId, daysFromNow(20), daysFromNow(-10));
    const expiredLongAgo = await insertBrowserSession(dataSource, userId, daysFromNow(-8));
    const endedYesterday = await insertBrowserSession(dataSource, userId, daysFromNow(20), daysFromNow(-1));
    const live = await insertBrowserSession(dataSource, userId, daysFromNow(29));
    const expiredLately = await insertBrowserSession(dataSource, userId, daysFromNow(-3));

    await runner.prune('browser-sessions');

    expect(
      await remaining(dataSource, 'browser_sessions', 'id', [endedLongAgo, expiredLongAgo, endedYesterday, live, expiredLately]),
    ).toEqual([endedYesterday, live, expiredLately].sort());
  });

  it('drops password-reset tokens expired over a week ago, used or not', async () => {
    const usedLongAgo = await insertResetToken(dataSource, userId, daysFromNow(-8), true);
    const unusedLongAgo = await insertResetToken(dataSource, userId, daysFromNow(-30));
    const expiredYesterday = await insertResetToken(dataSource, userId, daysFromNow(-1), true);
    const usable = await insertResetToken(dataSource, userId, daysFromNow(1 / 24));

    await runner.prune('password-reset-tokens');

    expect(await remaining(dataSource, 'password_reset_tokens', 'id', [usedLongAgo, unusedLongAgo, expiredYesterday, usable])).toEqual(
      [expiredYesterday, usable].sort(),
    );
  });

  it('drops mails queued over 30 days ago, sent or given up on, and keeps recent and waiting ones', async () => {
    const sentLongAgo = await insertMail(dataSource, daysFromNow(-31), 'sent');
    const failedLongAgo = await insertMail(dataSource, daysFromNow(-45), 'failed');
    const abandonedLongAgo = await insertMail(dataSource, daysFromNow(-60), 'queued');
    const sentLately = await insertMail(dataSource, daysFromNow(-29), 'sent');
    const waiting = await insertMail(dataSource, daysFromNow(0), 'queued');

    await runner.prune('outbound-mail');

    expect(await remaining(dataSource, 'outbound_mail', 'id', [sentLongAgo, failedLongAgo, abandonedLongAgo, sentLately, waiting])).toEqual(
      [sentLately, waiting].sort(),
    );
  });

  it('drops ledger rows no alert can find again and keeps every row an alert could still match', async () => {
    const served = await insertUser(dataSource, 'served@retention.test');
    await insertAlert(dataSource, served, daysFromNow(-1));
    await insertAlert(dataSource, served, daysFromNow(-365), true); // paused: resumes at most a week back
    const servedOld = await insertDelivery(dataSource, served, daysFromNow(-100));
    const servedRecent = await insertDelivery(dataSource, served, daysFromNow(-10));

    const stale = await insertUser(dataSource, 'stale-cursor@retention.test');
    await insertAlert(dataSource, stale, daysFromNow(-200)); // an active alert whose cursor is older than the row
    const staleOld = await insertDelivery(dataSource, stale, daysFromNow(-100));

    const noAlerts = await insertUser(dataSource, 'no-alerts@retention.test');
    const noAlertsOld = await insertDelivery(dataSource, noAlerts, daysFromNow(-91));
    const noAlertsRecent = await insertDelivery(dataSource, noAlerts, daysFromNow(-89));

    await runner.prune('alert-deliveries');

    expect(
      await remaining(dataSource, 'alert_deliveries', 'listing_id', [servedOld, servedRecent, staleOld, noAlertsOld, noAlertsRecent]),
    ).toEqual([servedRecent, staleOld, noAlertsRecent].sort());
  });

  it('drops Stripe events processed or skipped over 90 days ago and keeps failed, pending and recent ones', async () => {
    const processedOld = await insertStripeEvent(dataSource, daysFromNow(-91), 'processed');
    const skippedOld = await insertStripeEvent(dataSource, daysFromNow(-120), 'skipped');
    const failedOld = await insertStripeEvent(dataSource, daysFromNow(-120), 'failed');
    const pendingOld = await insertStripeEvent(dataSource, daysFromNow(-120), 'received');
    const processedRecent = await insertStripeEvent(dataSource, daysFromNow(-89), 'processed');

    await runner.prune('stripe-events');

    expect(await remaining(dataSource, 'stripe_events', 'id', [processedOld, skippedOld, failedOld, pendingOld, processedRecent])).toEqual(
      [failedOld, pendingOld, processedRecent].sort(),
    );
  });

  it('never deletes more than the batch in one statement, and loops until a batch comes back short', async () => {
    const old = [];
    for (let i = 0; i < 7; i += 1) old.push(await insertMail(dataSource, daysFromNow(-40 - i), 'sent'));
    const policy = worker.get(OutboundMailRetentionPolicy);

    expect(await runner.deleteBatch(policy, 3)).toBe(3);
    expect(await remaining(dataSource, 'outbound_mail', 'id', old)).toHaveLength(4);
    // RETENTION_BATCH_SIZE is 2 here: 4 rows take two full batches and a third that finds nothing.
    expect(await runner.prune('outbound-mail')).toEqual({ policy: 'outbound-mail', deleted: 4, batches: 3 });
    expect(await remaining(dataSource, 'outbound_mail', 'id', old)).toEqual([]);
  });
});
