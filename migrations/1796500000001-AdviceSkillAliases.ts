import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Job advice compares the seeker's skills as skill keys (libs/advice skillKey: lower case, single spaces, aliases
 * folded), so the read model's tag terms are skill keys too: `postgresql` on a listing meets `postgres` on a resume.
 * skill_aliases() is the SQL copy of skillKey's alias table; test/integration/advice/skill-aliases.test.ts fails when
 * the two differ, so a new alias comes with a migration that replaces skill_aliases() and backfills the tag terms.
 * The listings' own tags stay as written. See docs/advice.md.
 */
export class AdviceSkillAliases1796500000001 implements MigrationInterface {
  name = 'AdviceSkillAliases1796500000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Three small SQL functions rather than one with a subquery: Postgres inlines them into the trigger's statement
    // (a bulk insert folds each tag in an expression, not in a function call per tag).
    await queryRunner.query(`
      CREATE FUNCTION skill_aliases() RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
        SELECT '{"golang": "go", "postgresql": "postgres", "k8s": "kubernetes", "nodejs": "node.js", "node": "node.js",
          "amazon web services": "aws", "google cloud platform": "gcp", "google cloud": "gcp",
          "js": "javascript", "ts": "typescript"}'::jsonb
      $$
    `);
    await queryRunner.query(`
      CREATE FUNCTION fold_skill_alias(spelling text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
        SELECT coalesce(skill_aliases() ->> spelling, spelling)
      $$
    `);
    await queryRunner.query(`
      CREATE FUNCTION skill_key(skill text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
        SELECT fold_skill_alias(btrim(regexp_replace(lower(skill), '\\s+', ' ', 'g')))
      $$
    `);
    await this.replaceTermsOf(queryRunner, 'skill_key(t)');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await this.replaceTermsOf(queryRunner, 'lower(t)');
    await queryRunner.query(`DROP FUNCTION skill_key(text)`);
    await queryRunner.query(`DROP FUNCTION fold_skill_alias(text)`);
    await queryRunner.query(`DROP FUNCTION skill_aliases()`);
  }

  /** listing_advice_terms_of (migration AdviceTerms) with its tags as `tagTerm`, and the tag rows written anew. */
  private async replaceTermsOf(queryRunner: QueryRunner, tagTerm: string): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION listing_advice_terms_of(tags text[], title text, category text) RETURNS TABLE (source text, term text)
      LANGUAGE sql IMMUTABLE AS $$
        SELECT DISTINCT 'tag', ${tagTerm} FROM unnest(tags) t
        UNION SELECT 'title', lexeme FROM unnest(to_tsvector('english'::regconfig, title))
        UNION SELECT 'category', category
      $$
    `);
    await queryRunner.query(`DELETE FROM listing_advice_terms WHERE source = 'tag'`);
    await queryRunner.query(`
      INSERT INTO listing_advice_terms (listing_id, source, term, category, expires_at)
      SELECT l.id, t.source, t.term, l.category, l.expires_at
      FROM job_listings l CROSS JOIN LATERAL listing_advice_terms_of(l.tags, l.title, l.category) t
      WHERE l.status = 'published' AND l.expires_at IS NOT NULL AND t.source = 'tag'
    `);
  }
}
