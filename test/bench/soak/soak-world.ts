import { DataSource } from 'typeorm';
import { PasswordHasher } from '@app/accounts';

export const SOAK_PASSWORD = 'soak-password-123';

export interface SoakListing {
  id: string;
  slug: string;
}

export interface SoakWorld {
  users: Array<{ id: string; email: string }>;
  admin: { email: string };
  listings: SoakListing[];
  guides: string[];
  searches: string[];
}

const SEARCHES = ['engineer', 'kubernetes', 'python', '"machine learning"', 'designer', 'remote senior', 'ocaml', 'data -junior'];

/**
 * The soak's users (created once, with one hash of one password, so no signup rate limit or argon2 time is spent
 * on them), their earlier runs' applications, bookmarks and alerts removed, and the listings and guides they visit.
 */
export async function prepareSoakWorld(dataSource: DataSource, userCount: number): Promise<SoakWorld> {
  const hash = await new PasswordHasher().hash(SOAK_PASSWORD);
  await dataSource.query(
    `INSERT INTO users (email, name, role, password_hash)
     SELECT 'soak-' || i || '@bench.test', 'Soak user ' || i, 'seeker', $2 FROM generate_series(1, $1) i
     ON CONFLICT (email) DO UPDATE SET password_hash = EXCLUDED.password_hash`,
    [userCount, hash],
  );
  await dataSource.query(
    `INSERT INTO users (email, name, role, password_hash) VALUES ('soak-admin@bench.test', 'Soak admin', 'admin', $1)
     ON CONFLICT (email) DO UPDATE SET password_hash = EXCLUDED.password_hash, role = 'admin'`,
    [hash],
  );
  const users: SoakWorld['users'] = await dataSource.query(
    `SELECT id, email FROM users WHERE email LIKE 'soak-%@bench.test' AND role = 'seeker'
      ORDER BY (regexp_replace(email, '\\D', '', 'g'))::int LIMIT $1`,
    [userCount],
  );
  const ids = users.map((user) => user.id);
  await dataSource.query('DELETE FROM job_applications WHERE user_id = ANY($1)', [ids]);
  await dataSource.query('DELETE FROM job_bookmarks WHERE user_id = ANY($1)', [ids]);
  await dataSource.query('DELETE FROM job_alerts WHERE user_id = ANY($1)', [ids]);
  const listings: SoakListing[] = await dataSource.query(
    `SELECT id, slug FROM job_listings WHERE status = 'published' AND expires_at > now() AND apply_url IS NULL
      ORDER BY first_published_at DESC LIMIT 2000`,
  );
  const guides: Array<{ slug: string }> = await dataSource.query(`SELECT slug FROM career_guides WHERE status = 'published' ORDER BY slug`);
  return { users, admin: { email: 'soak-admin@bench.test' }, listings, guides: guides.map((g) => g.slug), searches: SEARCHES };
}
