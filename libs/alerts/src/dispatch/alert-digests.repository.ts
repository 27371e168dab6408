import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AlertFrequency } from '../alerts/alert-criteria';
import { queryPrepared } from '@app/database';
import { openListingCondition } from '@app/jobs';
import { AlertDigest } from '../entities/alert-digest.entity';
import { DigestListing } from '../mail/format-listing.util';
import { DigestSection } from '../matching/digest-section';
import { CommittedDigest, DigestDraft } from './digest-draft';

export interface DigestForMail {
  id: string;
  runId: string;
  userId: string;
  email: string;
  frequency: AlertFrequency;
  status: AlertDigest['status'];
  sections: DigestSection[];
  /** The digest's listings that are still open (published, not expired), by id. */
  openListings: Map<string, DigestListing>;
}

interface DigestForMailRow {
  id: string;
  run_id: string;
  user_id: string;
  email: string;
  frequency: AlertFrequency;
  status: AlertDigest['status'];
  sections: DigestSection[] | null;
  listings: DigestListing[] | null;
}

/** Digests and the delivery ledger. */
@Injectable()
export class AlertDigestsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Refreshes the planner statistics of the ledger, once per run before its batches start. Each run adds up to ~20
   * ledger rows per subscriber; with statistics that lag (autovacuum analyzes only after 10% growth, and never where
   * it is off) the batches' ledger lookup became a sequential scan of the whole ledger: 0.5 s per batch at 100 000
   * subscribers, against ~0.4 s once for this. (Not the digests: their pending share swings from none to all
   * within a run, so any snapshot of it is wrong — see transition().)
   */
  async refreshLedgerStatistics(): Promise<void> {
    await this.dataSource.query('ANALYZE (SKIP_LOCKED) alert_deliveries');
  }

  /**
   * Which of these listings (all first published after `since`) each user already received. A
   * listing cannot have been delivered before it was published, so only ledger rows newer than
   * `since` are read: one short index range per user, the listings matched by hash (compared as
   * text on purpose, so the planner never probes the index once per user and listing).
   */
  async deliveredAmong(userIds: string[], listingIds: string[], since: Date): Promise<Map<string, Set<string>>> {
    const delivered = new Map<string, Set<string>>();
    if (userIds.length === 0 || listingIds.length === 0) return delivered;
    const rows: Array<{ user_id: string; listing_id: string }> = await this.dataSource.query(
      `SELECT d.user_id, d.listing_id FROM alert_deliveries d
       WHERE d.user_id = ANY($1::uuid[]) AND d.delivered_at > $3 AND d.listing_id::text = ANY($2::text[])`,
      [userIds, listingIds, since],
    );
    for (const row of rows) {
      if (!delivered.has(row.user_id)) delivered.set(row.user_id, new Set());
      delivered.get(row.user_id)!.add(row.listing_id);
    }
    return delivered;
  }

  /**
   * Inside the batch transaction: inserts the digests (a user who already has one for the period
   * keeps it), writes the ledger for the listings they show, and advances the served alerts'
   * cursors, all or nothing. A listing another run delivered meanwhile is taken out of the digest.
   */
  async insertDigests(
    manager: EntityManager,
    ids: { runId: string; batchId: string; frequency: AlertFrequency },
    drafts: DigestDraft[],
    cursorAt: Date,
  ): Promise<CommittedDigest[]> {
    if (drafts.length === 0) return [];
    const payload = drafts.map((d) => ({
      user_id: d.userId,
      period_key: d.periodKey,
      status: d.status,
      sections: d.status === 'pending' ? d.sections : null,
      listing_count: d.sections.reduce((sum, s) => sum + s.listingIds.length, 0),
    }));
    const inserted: Array<{ id: string; user_id: string; status: DigestDraft['status'] }> = await manager.query(
      `INSERT INTO alert_digests (user_id, run_id, batch_id, frequency, period_key, status, sections, listing_count)
       SELECT x.user_id, $2, $3, $4, x.period_key, x.status, x.sections, x.listing_count
       FROM jsonb_to_recordset($1::jsonb) AS x(user_id uuid, period_key text, status text, sections jsonb, listing_count int)
       ON CONFLICT (user_id, period_key) DO NOTHING
       RETURNING id, user_id, status`,
      [JSON.stringify(payload), ids.runId, ids.batchId, ids.frequency],
    );
    const draftOf = new Map(drafts.map((d) => [d.userId, d]));
    const committed = inserted.map((row) => ({ id: row.id, userId: row.user_id, status: row.status }));
    await this.writeLedger(manager, committed, draftOf);
    const served = committed.flatMap((c) => draftOf.get(c.userId)!.servedAlertIds);
    const contributed = committed.flatMap((c) => draftOf.get(c.userId)!.sections.map((s) => s.alertId));
    if (served.length > 0) {
      await manager.query(
        `UPDATE job_alerts SET cursor_at = GREATEST(cursor_at, $2),
           last_digest_at = CASE WHEN id = ANY($3::uuid[]) THEN now() ELSE last_digest_at END
         WHERE id = ANY($1::uuid[])`,
        [served, cursorAt, contributed],
      );
    }
    return committed;
  }

  private async writeLedger(manager: EntityManager, committed: CommittedDigest[], draftOf: Map<string, DigestDraft>): Promise<void> {
    const users: string[] = [];
    const listings: string[] = [];
    const digests: string[] = [];
    for (const digest of committed) {
      if (digest.status !== 'pending') continue;
      for (const section of draftOf.get(digest.userId)!.sections) {
        for (const listingId of section.listingIds) {
          users.push(digest.userId);
          listings.push(listingId);
          digests.push(digest.id);
        }
      }
    }
    if (users.length === 0) return;
    const written: Array<{ user_id: string; listing_id: string }> = await manager.query(
      `INSERT INTO alert_deliveries (user_id, listing_id, digest_id)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[])
       ON CONFLICT (user_id, listing_id) DO NOTHING
       RETURNING user_id, listing_id`,
      [users, listings, digests],
    );
    if (written.length === users.length) return;
    // Another run delivered some of these listings meanwhile: never show them a second time.
    const ok = new Set(written.map((row) => `${row.user_id}/${row.listing_id}`));
    for (const digest of committed) {
      if (digest.status !== 'pending') continue;
      const draft = draftOf.get(digest.userId)!;
      const sections = draft.sections
        .map((s) => ({ ...s, listingIds: s.listingIds.filter((id) => ok.has(`${digest.userId}/${id}`)) }))
        .filter((s) => s.listingIds.length > 0);
      const count = sections.reduce((sum, s) => sum + s.listingIds.length, 0);
      if (count === draft.sections.reduce((sum, s) => sum + s.listingIds.length, 0)) continue;
      draft.sections = sections;
      if (count === 0) digest.status = 'empty';
      await manager.query(`UPDATE alert_digests SET sections = $2, listing_count = $3, status = $4 WHERE id = $1`, [
        digest.id,
        count === 0 ? null : JSON.stringify(sections),
        count,
        digest.status,
      ]);
    }
  }

  async pendingIdsOfBatch(batchId: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM alert_digests WHERE batch_id = $1 AND status = 'pending'`,
      [batchId],
    );
    return rows.map((row) => row.id);
  }

  async stalePendingIds(createdBefore: Date, limit: number): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM alert_digests WHERE status = 'pending' AND created_at < $1 ORDER BY created_at LIMIT $2`,
      [createdBefore, limit],
    );
    return rows.map((row) => row.id);
  }

  /**
   * The digest, its recipient and (while pending) those of its listings still open, in one round trip. Run once per
   * mail, so prepared; `= ANY(ARRAY(…))` lets the planner expect a handful of ids (a set-returning function would
   * count as thousands of rows and hash-join every company).
   */
  async findForMail(id: string): Promise<DigestForMail | null> {
    const [row] = await queryPrepared<DigestForMailRow>(
      this.dataSource,
      `SELECT d.id, d.run_id, d.user_id, u.email, d.frequency, d.status, d.sections,
         CASE WHEN d.status = 'pending' THEN (
           SELECT coalesce(json_agg(json_build_object('id', l.id, 'slug', l.slug, 'title', l.title, 'companyName', c.name,
             'regions', l.regions, 'employmentType', l.employment_type, 'remote', l.remote, 'salaryMin', l.salary_min,
             'salaryMax', l.salary_max, 'salaryCurrency', l.salary_currency, 'salaryPeriod', l.salary_period)), '[]'::json)
           FROM job_listings l JOIN companies c ON c.id = l.company_id
           WHERE l.id = ANY (ARRAY(SELECT (jsonb_array_elements_text(s -> 'listingIds'))::uuid FROM jsonb_array_elements(d.sections) s))
             AND ${openListingCondition('l')}
         ) END AS listings
       FROM alert_digests d JOIN users u ON u.id = d.user_id WHERE d.id = $1`,
      [id],
    );
    if (!row) return null;
    return {
      id: row.id,
      runId: row.run_id,
      userId: row.user_id,
      email: row.email,
      frequency: row.frequency,
      status: row.status,
      sections: row.sections ?? [],
      openListings: new Map((row.listings ?? []).map((listing) => [listing.id, listing])),
    };
  }

  /** True only for the call that moved it from pending, so a re-run never counts twice. */
  async markSent(id: string): Promise<boolean> {
    return this.transition(id, 'sent', `sent_at = now(), last_error = NULL`);
  }

  async markDropped(id: string): Promise<boolean> {
    return this.transition(id, 'dropped', 'last_error = NULL');
  }

  async markFailed(id: string, error: string): Promise<boolean> {
    return this.transition(id, 'failed', 'last_error = $2', [error.slice(0, 500)]);
  }

  async recordError(id: string, error: string): Promise<void> {
    await this.dataSource.query(`UPDATE alert_digests SET last_error = $2 WHERE id = $1`, [id, error.slice(0, 500)]);
  }

  /**
   * `status = (SELECT 'pending')`, not `= 'pending'`: with the literal the planner may take the partial index of
   * pending digests, which statistics gathered while none were pending cost as empty — and then every transition
   * scanned every pending digest (73 ms each with 50 000 pending, measured). Through the subquery only the primary
   * key leads to the row.
   */
  private async transition(id: string, status: string, set: string, extra: unknown[] = []): Promise<boolean> {
    const rows = await queryPrepared(
      this.dataSource,
      `UPDATE alert_digests SET status = '${status}', ${set} WHERE id = $1 AND status = (SELECT 'pending'::text) RETURNING id`,
      [id, ...extra],
    );
    return rows.length > 0;
  }
}
