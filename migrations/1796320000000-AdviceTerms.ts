import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Job advice (SPEC §15) reads its candidates from a narrow read model of the open listings: one row per listing and
 * tag, per title word (its English lexeme) and one for its category, with the listing's expiry. A trigger keeps it in
 * step with job_listings (only published listings have rows), so the ranking's first stage is an index-only scan
 * instead of a walk over the listings' wide rows. See docs/advice.md.
 */
export class AdviceTerms1796320000000 implements MigrationInterface {
  name = 'AdviceTerms1796320000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "listing_advice_terms" (
        "listing_id" uuid NOT NULL,
        "source" text NOT NULL,
        "term" text NOT NULL,
        "category" text NOT NULL,
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "listing_advice_terms_source_check" CHECK ("source" IN ('tag', 'title', 'category')),
        CONSTRAINT "listing_advice_terms_pkey" PRIMARY KEY ("listing_id", "source", "term")
      )
    `);
    await queryRunner.query(`
      ALTER TABLE "listing_advice_terms" ADD CONSTRAINT "listing_advice_terms_listing_id_fkey"
      FOREIGN KEY ("listing_id") REFERENCES "job_listings"("id") ON DELETE CASCADE ON UPDATE NO ACTION
    `);
    // Candidates: the newest open listings of one term, read from the index alone.
    await queryRunner.query(`
      CREATE INDEX "listing_advice_terms_lookup_idx" ON "listing_advice_terms" ("source", "term", "expires_at") INCLUDE ("listing_id")
    `);
    // Skill gap: how many open listings of a category carry each tag (and how many the category has).
    await queryRunner.query(`
      CREATE INDEX "listing_advice_terms_category_idx" ON "listing_advice_terms" ("source", "category", "term", "expires_at")
    `);
    await queryRunner.query(`
      CREATE FUNCTION listing_advice_terms_of(tags text[], title text, category text) RETURNS TABLE (source text, term text)
      LANGUAGE sql IMMUTABLE AS $$
        SELECT DISTINCT 'tag', lower(t) FROM unnest(tags) t
        UNION SELECT 'title', lexeme FROM unnest(to_tsvector('english'::regconfig, title))
        UNION SELECT 'category', category
      $$
    `);
    // Inserts are set-based (one statement-level trigger over the inserted rows: imports and seeds insert thousands);
    // updates of the columns the terms come from replace the listing's rows (transition tables cannot name columns).
    await queryRunner.query(`
      CREATE FUNCTION job_listings_advice_terms_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO listing_advice_terms (listing_id, source, term, category, expires_at)
        SELECT l.id, t.source, t.term, l.category, l.expires_at
        FROM inserted l CROSS JOIN LATERAL listing_advice_terms_of(l.tags, l.title, l.category) t
        WHERE l.status = 'published' AND l.expires_at IS NOT NULL;
        RETURN NULL;
      END $$
    `);
    await queryRunner.query(`
      CREATE TRIGGER job_listings_advice_terms_inserted AFTER INSERT ON job_listings
      REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION job_listings_advice_terms_inserted()
    `);
    await queryRunner.query(`
      CREATE FUNCTION job_listings_advice_terms_updated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM listing_advice_terms WHERE listing_id = OLD.id;
        IF NEW.status = 'published' AND NEW.expires_at IS NOT NULL THEN
          INSERT INTO listing_advice_terms (listing_id, source, term, category, expires_at)
          SELECT NEW.id, t.source, t.term, NEW.category, NEW.expires_at FROM listing_advice_terms_of(NEW.tags, NEW.title, NEW.category) t;
        END IF;
        RETURN NULL;
      END $$
    `);
    await queryRunner.query(`
      CREATE TRIGGER job_listings_advice_terms_updated AFTER UPDATE OF status, title, tags, category, expires_at
      ON job_listings FOR EACH ROW EXECUTE FUNCTION job_listings_advice_terms_updated()
    `);
    await queryRunner.query(`
      INSERT INTO listing_advice_terms (listing_id, source, term, category, expires_at)
      SELECT l.id, t.source, t.term, l.category, l.expires_at
      FROM job_listings l CROSS JOIN LATERAL listing_advice_terms_of(l.tags, l.title, l.category) t
      WHERE l.status = 'published' AND l.expires_at IS NOT NULL
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "job_listings_advice_terms_updated" ON "job_listings"`);
    await queryRunner.query(`DROP TRIGGER "job_listings_advice_terms_inserted" ON "job_listings"`);
    await queryRunner.query(`DROP FUNCTION job_listings_advice_terms_updated()`);
    await queryRunner.query(`DROP FUNCTION job_listings_advice_terms_inserted()`);
    await queryRunner.query(`DROP FUNCTION listing_advice_terms_of(text[], text, text)`);
    await queryRunner.query(`DROP TABLE "listing_advice_terms"`);
  }
}
