import { MigrationInterface, QueryRunner } from 'typeorm';

export class JobListings1795971511681 implements MigrationInterface {
  name = 'JobListings1795971511681';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "companies" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "slug" text NOT NULL,
        "name" text NOT NULL,
        "website" text,
        "logo_url" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_d4bc3e82a314fa9e29f652c2c22" PRIMARY KEY ("id")
      )
    `);
    await queryRunner.query(`CREATE UNIQUE INDEX "companies_slug_key" ON "companies" ("slug")`);
    await queryRunner.query(`
      CREATE TABLE "job_listings" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "slug" text NOT NULL,
        "company_id" uuid NOT NULL,
        "title" text NOT NULL,
        "description" text NOT NULL,
        "description_html" text NOT NULL,
        "employment_type" text NOT NULL,
        "seniority" text NOT NULL,
        "category" text NOT NULL,
        "remote" boolean NOT NULL DEFAULT false,
        "regions" text array NOT NULL DEFAULT '{}',
        "location" text,
        "salary_min" integer,
        "salary_max" integer,
        "salary_currency" text,
        "salary_period" text,
        "salary_annual_min" integer,
        "salary_annual_max" integer,
        "salary_usd_annual_min" integer,
        "salary_usd_annual_max" integer,
        "tags" text array NOT NULL DEFAULT '{}',
        "apply_url" text,
        "status" text NOT NULL DEFAULT 'draft',
        "featured" boolean NOT NULL DEFAULT false,
        "first_published_at" TIMESTAMP WITH TIME ZONE,
        "published_at" TIMESTAMP WITH TIME ZONE,
        "expires_at" TIMESTAMP WITH TIME ZONE,
        "closed_at" TIMESTAMP WITH TIME ZONE,
        "search_vector" tsvector NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_ce5adead49e5fbf2df55e1917c1" PRIMARY KEY ("id")
      )
    `);
    await queryRunner.query(`CREATE UNIQUE INDEX "job_listings_slug_key" ON "job_listings" ("slug")`);
    await queryRunner.query(`CREATE INDEX "job_listings_company_id_idx" ON "job_listings" ("company_id")`);
    await queryRunner.query(`
      ALTER TABLE "job_listings"
      ADD CONSTRAINT "job_listings_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
    `);

    // Keep the hot heap narrow: the search vector stays inline and uncompressed (its inputs are bounded),
    // while the Markdown and HTML bodies go to TOAST, so a newest-first walk touches one small row per listing.
    await queryRunner.query(`ALTER TABLE "job_listings" ALTER "search_vector" SET STORAGE PLAIN`);
    await queryRunner.query(`ALTER TABLE "job_listings" SET (toast_tuple_target = 128)`);

    // Weighted search vector: title A > tags B > company C > description D (its first 1000 characters, to stay lean),
    // plus the publish day and hour.
    await queryRunner.query(`
      CREATE FUNCTION job_listings_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_vector :=
          setweight(to_tsvector('english', NEW.title), 'A') ||
          setweight(to_tsvector('english', array_to_string(NEW.tags, ' ')), 'B') ||
          setweight(to_tsvector('english', coalesce((SELECT name FROM companies WHERE id = NEW.company_id), '')), 'C') ||
          setweight(to_tsvector('english', left(NEW.description, 1000)), 'D') ||
          -- the publish day and hour as lexemes no query text can produce: a search bounds its date window in the GIN index
          coalesce(to_char(NEW.published_at AT TIME ZONE 'UTC', '"_d"YYYYMMDD "_h"YYYYMMDDHH24')::tsvector, '');
        RETURN NEW;
      END $$
    `);
    await queryRunner.query(`
      CREATE TRIGGER job_listings_search_vector BEFORE INSERT OR UPDATE OF title, tags, description, company_id, published_at
      ON job_listings FOR EACH ROW EXECUTE FUNCTION job_listings_search_vector()
    `);
    await queryRunner.query(`
      CREATE FUNCTION companies_refresh_listing_search() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE job_listings SET company_id = company_id WHERE company_id = NEW.id;
        RETURN NULL;
      END $$
    `);
    await queryRunner.query(`
      CREATE TRIGGER companies_refresh_listing_search AFTER UPDATE OF name ON companies
      FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION companies_refresh_listing_search()
    `);

    // Newest first (featured pinned) for the public list, overall and per category; all partial on published rows.
    await queryRunner.query(
      `CREATE INDEX "job_listings_feed_idx" ON "job_listings" ("featured", "published_at", "id") WHERE status = 'published'`,
    );
    await queryRunner.query(
      `CREATE INDEX "job_listings_category_feed_idx" ON "job_listings" ("category", "featured", "published_at", "id") WHERE status = 'published'`,
    );
    await queryRunner.query(`CREATE INDEX "job_listings_search_idx" ON "job_listings" USING gin ("search_vector") WHERE status = 'published'`);
    await queryRunner.query(`CREATE INDEX "job_listings_tags_idx" ON "job_listings" USING gin ("tags") WHERE status = 'published'`);
    await queryRunner.query(`CREATE INDEX "job_listings_expiry_idx" ON "job_listings" ("expires_at") WHERE status = 'published'`);
    await queryRunner.query(
      `CREATE INDEX "job_listings_first_published_idx" ON "job_listings" ("first_published_at", "id") WHERE status = 'published'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "job_listings"`);
    await queryRunner.query(`DROP FUNCTION job_listings_search_vector()`);
    await queryRunner.query(`DROP TABLE "companies"`);
    await queryRunner.query(`DROP FUNCTION companies_refresh_listing_search()`);
  }
}
