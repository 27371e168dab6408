/*
 * Every statement the consultations repository runs, as text, so that the query-plan test explains exactly these.
 * A thread's latest message is found by its number (`seq = message_count`) on the thread-seq unique index.
 */
const THREAD_COLUMNS = `c.id, c.user_id, c.topic, c.status, c.message_count, c.waiting_since, c.last_message_at, c.closed_at,
  c.created_at, s.name AS seeker_name, s.email AS seeker_email`;

const WITH_LATEST = `SELECT ${THREAD_COLUMNS},
  m.id AS m_id, m.author AS m_author, m.body AS m_body, m.created_at AS m_created_at, a.name AS m_consultant_name
  FROM consultations c
  JOIN users s ON s.id = c.user_id
  JOIN consultation_messages m ON m.consultation_id = c.id AND m.seq = c.message_count
  LEFT JOIN users a ON a.id = m.consultant_id`;

export const CONSULTATION_SQL = {
  /** A seeker's threads, latest activity first. $1 user, $2 limit, ($3, $4) the cursor's position. */
  ownFirstPage: `${WITH_LATEST} WHERE c.user_id = $1 ORDER BY c.last_message_at DESC, c.id DESC LIMIT $2`,
  ownAfter: `${WITH_LATEST} WHERE c.user_id = $1 AND (c.last_message_at, c.id) < ($3, $4)
    ORDER BY c.last_message_at DESC, c.id DESC LIMIT $2`,
  /** The consultant's queue of open threads, longest waiting first. $1 limit, ($2, $3) the cursor's position. */
  waitingFirstPage: `${WITH_LATEST} WHERE c.status = 'open' ORDER BY c.waiting_since, c.id LIMIT $1`,
  waitingAfter: `${WITH_LATEST} WHERE c.status = 'open' AND (c.waiting_since, c.id) > ($2, $3) ORDER BY c.waiting_since, c.id LIMIT $1`,
  /** Answered or closed threads, latest activity first. $1 status, $2 limit, ($3, $4) the cursor's position. */
  recentFirstPage: `${WITH_LATEST} WHERE c.status = $1 ORDER BY c.last_message_at DESC, c.id DESC LIMIT $2`,
  recentAfter: `${WITH_LATEST} WHERE c.status = $1 AND (c.last_message_at, c.id) < ($3, $4)
    ORDER BY c.last_message_at DESC, c.id DESC LIMIT $2`,
  thread: `SELECT ${THREAD_COLUMNS} FROM consultations c JOIN users s ON s.id = c.user_id WHERE c.id = $1`,
  ownThread: `SELECT ${THREAD_COLUMNS} FROM consultations c JOIN users s ON s.id = c.user_id WHERE c.id = $1 AND c.user_id = $2`,
  messages: `SELECT m.id, m.consultation_id, m.author, m.body, m.created_at, a.name AS consultant_name
    FROM consultation_messages m LEFT JOIN users a ON a.id = m.consultant_id
    WHERE m.consultation_id = ANY($1::uuid[]) ORDER BY m.consultation_id, m.seq`,
  userName: `SELECT name FROM users WHERE id = $1`,
  countOpenOfUser: `SELECT count(*)::int AS n FROM consultations WHERE user_id = $1 AND status <> 'closed'`,
  lockOwner: `SELECT id FROM users WHERE id = $1 FOR UPDATE`,
  lockThread: `SELECT id, status, message_count, waiting_since FROM consultations WHERE id = $1 FOR UPDATE`,
  lockOwnThread: `SELECT id, status, message_count, waiting_since FROM consultations WHERE id = $1 AND user_id = $2 FOR UPDATE`,
  insertThread: `INSERT INTO consultations (user_id, topic, status, message_count, waiting_since, last_message_at, created_at, updated_at)
    VALUES ($1, $2, 'open', 0, $3, $3, $3, $3) RETURNING id`,
  insertMessage: `INSERT INTO consultation_messages (consultation_id, seq, author, consultant_id, body, created_at)
    VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
  afterMessage: `UPDATE consultations SET status = $2, message_count = $3, waiting_since = $4, last_message_at = $5, updated_at = $5
    WHERE id = $1`,
  close: `UPDATE consultations SET status = 'closed', waiting_since = NULL, closed_at = $2, updated_at = $2 WHERE id = $1`,
  threadsOfUser: `SELECT ${THREAD_COLUMNS} FROM consultations c JOIN users s ON s.id = c.user_id WHERE c.user_id = $1 ORDER BY c.created_at, c.id`,
  repliesOfConsultant: `SELECT m.id, m.consultation_id, m.body, m.created_at FROM consultation_messages m
    WHERE m.consultant_id = $1 ORDER BY m.created_at, m.id`,
  eraseOfUser: `DELETE FROM consultations WHERE user_id = $1`,
} as const;
