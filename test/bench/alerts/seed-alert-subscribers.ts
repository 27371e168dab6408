import { DataSource } from 'typeorm';
import { AlertCriteria, criteriaKey } from '@app/alerts';

export const BENCH_EMAIL_DOMAIN = 'bench-alerts.test';

export interface CriteriaVocabulary {
  categories: string[];
  regions: string[];
  tags: string[];
  words: string[];
}

/** A small deterministic generator, so every bench run seeds the same alerts. */
class Lcg {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (Math.imul(this.state, 1664525) + 1013904223) >>> 0;
    return this.state / 2 ** 32;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
}

/** What the listings actually contain, so the generated alerts match like real ones do. */
export async function readVocabulary(dataSource: DataSource): Promise<CriteriaVocabulary> {
  const categories = await dataSource.query(`SELECT DISTINCT category FROM job_listings ORDER BY category`);
  const regions = await dataSource.query(
    `SELECT r, count(*) FROM job_listings, unnest(regions) r GROUP BY r ORDER BY count(*) DESC LIMIT 8`,
  );
  const tags = await dataSource.query(`SELECT t, count(*) FROM job_listings, unnest(tags) t GROUP BY t ORDER BY count(*) DESC LIMIT 60`);
  const words = await dataSource.query(
    `SELECT w, count(*) FROM (SELECT regexp_split_to_table(lower(title), '[^a-z]+') w FROM job_listings LIMIT 50000) s
     WHERE length(w) > 3 GROUP BY w ORDER BY count(*) DESC LIMIT 40`,
  );
  return {
    categories: categories.map((row: { category: string }) => row.category),
    regions: regions.map((row: { r: string }) => row.r),
    tags: tags.map((row: { t: string }) => row.t),
    words: words.map((row: { w: string }) => row.w),
  };
}

function generateCriteria(random: Lcg, vocabulary: CriteriaVocabulary): AlertCriteria {
  const criteria: AlertCriteria = {};
  if (random.chance(0.75)) criteria.category = random.pick(vocabulary.categories);
  if (random.chance(0.35)) criteria.region = random.pick(vocabulary.regions);
  if (random.chance(0.3)) criteria.remote = true;
  if (random.chance(0.25)) criteria.seniority = random.pick(['junior', 'mid', 'senior', 'lead'] as const);
  if (random.chance(0.1)) criteria.type = random.pick(['full_time', 'contract'] as const);
  if (random.chance(0.25)) criteria.tags = [random.pick(vocabulary.tags)];
  if (random.chance(0.2)) criteria.q = random.pick(vocabulary.words);
  if (random.chance(0.15)) criteria.salaryMin = random.pick([60000, 80000, 100000, 120000, 150000]);
  if (Object.keys(criteria).length === 0) criteria.category = random.pick(vocabulary.categories);
  return criteria;
}

/**
 * `count` seekers (every fifth one Plus through an active subscription on the Plus price), each with
 * 1–3 alerts: Plus users mostly daily, Free users weekly. Idempotent: an existing seed of the same size is kept.
 */
export async function seedAlertSubscribers(
  dataSource: DataSource,
  count: number,
  pricePlus: string,
  log: (line: string) => void,
): Promise<{ alerts: number; distinctCriteria: number }> {
  const pattern = `%@${BENCH_EMAIL_DOMAIN}`;
  const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM users WHERE email LIKE $1`, [pattern]);
  if (n !== count || process.env.BENCH_RESEED) {
    log(`seeding ${count} subscribers with 1–3 alerts each …`);
    await dataSource.query(`DELETE FROM users WHERE email LIKE $1`, [pattern]);
    const zones = ['UTC', 'Europe/Berlin', 'Europe/London', 'America/New_York', 'America/Los_Angeles', 'Asia/Tokyo', 'Asia/Kolkata'];
    for (let start = 1; start <= count; start += 20_000) {
      const end = Math.min(count, start + 19_999);
      await dataSource.query(
        `INSERT INTO users (email, name, password_hash, timezone)
         SELECT 'sub' || i || '@${BENCH_EMAIL_DOMAIN}', 'Subscriber ' || i, 'x', ($3::text[])[1 + i % array_length($3::text[], 1)]
         FROM generate_series($1::int, $2::int) AS i`,
        [start, end, zones],
      );
    }
    await dataSource.query(
      `INSERT INTO subscriptions (stripe_subscription_id, user_id, stripe_customer_id, status, price_id, current_period_start, current_period_end)
       SELECT 'sub_bench_' || u.id, u.id, 'cus_bench_' || u.id, 'active', $2, now(), now() + interval '3650 days'
       FROM users u WHERE u.email LIKE $1 AND substring(u.email FROM '^sub([0-9]+)@')::int % 5 = 0`,
      [pattern, pricePlus],
    );
    await insertAlerts(dataSource, pattern, await readVocabulary(dataSource));
  }
  const [stats] = await dataSource.query(
    `SELECT count(*)::int AS alerts, count(DISTINCT a.criteria_key)::int AS distinct FROM job_alerts a JOIN users u ON u.id = a.user_id WHERE u.email LIKE $1`,
    [pattern],
  );
  return { alerts: stats.alerts, distinctCriteria: stats.distinct };
}

async function insertAlerts(dataSource: DataSource, pattern: string, vocabulary: CriteriaVocabulary): Promise<void> {
  const users: Array<{ id: string; i: number }> = await dataSource.query(
    `SELECT id, substring(email FROM '^sub([0-9]+)@')::int AS i FROM users WHERE email LIKE $1 ORDER BY 2`,
    [pattern],
  );
  const random = new Lcg(42);
  let columns = { user: [] as string[], name: [] as string[], frequency: [] as string[], criteria: [] as string[], key: [] as string[] };
  const flush = async () => {
    if (columns.user.length === 0) return;
    await dataSource.query(
      `INSERT INTO job_alerts (user_id, name, frequency, criteria, criteria_key, cursor_at)
       SELECT * , now() FROM unnest($1::uuid[], $2::text[], $3::text[], $4::jsonb[], $5::text[])`,
      [columns.user, columns.name, columns.frequency, columns.criteria, columns.key],
    );
    columns = { user: [], name: [], frequency: [], criteria: [], key: [] };
  };
  for (const user of users) {
    const plus = user.i % 5 === 0;
    const alerts = 1 + Math.floor(random.next() * 3);
    for (let k = 0; k < alerts; k += 1) {
      const criteria = generateCriteria(random, vocabulary);
      columns.user.push(user.id);
      columns.name.push(`Alert ${k + 1}`);
      columns.frequency.push(plus && random.chance(0.6) ? 'daily' : 'weekly');
      columns.criteria.push(JSON.stringify(criteria));
      columns.key.push(criteriaKey(criteria));
    }
    if (columns.user.length >= 5000) await flush();
  }
  await flush();
}
