import { DataSource } from 'typeorm';

/*
 * `count` seekers with a resume each, in one INSERT … SELECT generate_series per table: 90% public, 5% featured (as
 * billing marks a Plus owner), headlines, skills and locations from small vocabularies so that a search term matches a
 * realistic share of rows. Each attribute takes its own digits of the row number, so none of them predicts another. Used by the talent benchmark and the EXPLAIN test.
 */
export async function seedTalent(dataSource: DataSource, count: number, prefix = 'talent'): Promise<void> {
  await dataSource.query(
    `INSERT INTO users (email, name, password_hash)
     SELECT $2 || '-' || g || '@bench.example', 'Person ' || g, 'x' FROM generate_series(1, $1) g`,
    [count, prefix],
  );
  await dataSource.query(
    `WITH vocab AS (
       SELECT ARRAY['Backend developer', 'Frontend engineer', 'Data scientist', 'Product designer', 'DevOps engineer',
                    'Mobile developer', 'QA engineer', 'Engineering manager', 'Technical writer', 'Security analyst'] AS titles,
              ARRAY['TypeScript', 'PostgreSQL', 'Go', 'Rust', 'Python', 'Kubernetes', 'React', 'Figma', 'Kotlin', 'Swift',
                    'Terraform', 'GraphQL', 'Elixir', 'Haskell', 'COBOL'] AS skills,
              ARRAY['Berlin, Germany', 'Lisbon, Portugal', 'Austin, USA', 'Toronto, Canada', 'Remote', 'London, UK',
                    'Nairobi, Kenya', 'Auckland, New Zealand'] AS places
     )
     INSERT INTO resumes (user_id, headline, summary, summary_html, location, skills, visibility, featured, updated_at, created_at)
     SELECT u.id,
            titles[1 + (n % 10)] || CASE WHEN n % 997 = 0 THEN ' and quokka keeper' ELSE '' END,
            'Ten years of shipping software. I care about ' || skills[1 + (n * 7 % 15)] || ' and clear writing.',
            '<p>Ten years of shipping software.</p>',
            places[1 + ((n / 3) % 8)],
            ARRAY[skills[1 + (n % 15)], skills[1 + (n * 3 % 15)], skills[1 + ((n / 7) % 15)]],
            CASE WHEN (n / 10) % 10 = 0 THEN 'private' ELSE 'public' END,
            (n / 100) % 20 = 1,
            now() - (n || ' minutes')::interval,
            now() - (n || ' minutes')::interval
     FROM (SELECT id, row_number() OVER (ORDER BY email) AS n FROM users WHERE email LIKE $1 || '-%@bench.example') u, vocab`,
    [prefix],
  );
  await dataSource.query('VACUUM ANALYZE resumes');
  await dataSource.query('VACUUM ANALYZE users');
}
