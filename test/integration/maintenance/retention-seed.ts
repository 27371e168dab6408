import { DataSource } from 'typeorm';

/** A time `days` from now (negative: ago), as SQL sees it. */
export const daysFromNow = (days: number) => new Date(Date.now() + days * 24 * 3600 * 1000);

export async function insertUser(dataSource: DataSource, email: string): Promise<string> {
  const [{ id }] = await dataSource.query(
    `INSERT INTO users (email, name, role, password_hash) VALUES ($1, 'Retention', 'seeker', 'x') RETURNING id`,
    [email],
  );
  return id;
}

export async function insertRefreshSession(
  dataSource: DataSource,
  userId: string,
  values: { createdAt: Date; lastUsedAt?: Date; revokedAt?: Date; tokenExpiries: Date[] },
): Promise<{ sessionId: string; tokenIds: string[] }> {
  const [{ id: sessionId }] = await dataSource.query(
    `INSERT INTO refresh_sessions (user_id, created_at, last_used_at, revoked_at, revoke_reason)
     VALUES ($1, $2, $3, $4, CASE WHEN $4::timestamptz IS NULL THEN NULL ELSE 'logout' END) RETURNING id`,
    [userId, values.createdAt, values.lastUsedAt ?? null, values.revokedAt ?? null],
  );
  const tokenIds: string[] = [];
  for (const expiresAt of values.tokenExpiries) {
    const [{ id }] = await dataSource.query(
      `INSERT INTO refresh_tokens (session_id, token_hash, expires_at) VALUES ($1, md5(random()::text), $2) RETURNING id`,
      [sessionId, expiresAt],
    );
    tokenIds.push(id);
  }
  return { sessionId, tokenIds };
}

export async function insertBrowserSession(dataSource: DataSource, userId: string, expiresAt: Date, endedAt?: Date): Promise<string> {
  const [{ id }] = await dataSource.query(
    `INSERT INTO browser_sessions (user_id, token_hash, expires_at, ended_at, end_reason)
     VALUES ($1, md5(random()::text), $2, $3, CASE WHEN $3::timestamptz IS NULL THEN NULL ELSE 'logout' END) RETURNING id`,
    [userId, expiresAt, endedAt ?? null],
  );
  return id;
}

export async function insertResetToken(dataSource: DataSource, userId: string, expiresAt: Date, used = false): Promise<string> {
  const [{ id }] = await dataSource.query(
    `INSERT INTO password_reset_tokens (user_id, token_hash, expires_at, used_at)
     VALUES ($1, md5(random()::text), $2, CASE WHEN $3 THEN $2::timestamptz - interval '30 minutes' END) RETURNING id`,
    [userId, expiresAt, used],
  );
  return id;
}

export async function insertMail(dataSource: DataSource, createdAt: Date, status: 'queued' | 'sent' | 'failed'): Promise<string> {
  const [{ id }] = await dataSource.query(
    `INSERT INTO outbound_mail (to_address, subject, text, html, status, created_at, sent_at)
     VALUES ('someone@retention.test', 'Hello', CASE WHEN $2 = 'sent' THEN '' ELSE 'body' END, '', $2, $1,
             CASE WHEN $2 = 'sent' THEN $1::timestamptz END) RETURNING id`,
    [createdAt, status],
  );
  return id;
}

export async function insertAlert(dataSource: DataSource, userId: string, cursorAt: Date, paused = false): Promise<void> {
  await dataSource.query(
    `INSERT INTO job_alerts (user_id, name, frequency, criteria, criteria_key, paused, cursor_at)
     VALUES ($1, 'Alert', 'weekly', '{}', md5(random()::text), $2, $3)`,
    [userId, paused, cursorAt],
  );
}

/** A ledger row; returns the listing id (a plain reference, no listing needed). */
export async function insertDelivery(dataSource: DataSource, userId: string, deliveredAt: Date): Promise<string> {
  const [{ listing_id }] = await dataSource.query(
    `INSERT INTO alert_deliveries (user_id, listing_id, digest_id, delivered_at)
     VALUES ($1, gen_random_uuid(), gen_random_uuid(), $2) RETURNING listing_id`,
    [userId, deliveredAt],
  );
  return listing_id;
}

export async function insertStripeEvent(
  dataSource: DataSource,
  receivedAt: Date,
  status: 'received' | 'processed' | 'skipped' | 'failed',
): Promise<string> {
  const [{ id }] = await dataSource.query(
    `INSERT INTO stripe_events (id, type, livemode, payload, status, received_at)
     VALUES ('evt_' || md5(random()::text), 'customer.subscription.updated', false, '{}', $2, $1) RETURNING id`,
    [receivedAt, status],
  );
  return id;
}

export async function remaining(dataSource: DataSource, table: string, column: string, ids: string[]): Promise<string[]> {
  const rows: Array<{ id: string }> = await dataSource.query(`SELECT ${column}::text AS id FROM ${table} WHERE ${column}::text = ANY($1)`, [
    ids,
  ]);
  return rows.map((row) => row.id).sort();
}
