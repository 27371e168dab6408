import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Resumes (SPEC §14): one per user, their CV files (bytes in Postgres), and the snapshot an application keeps.
 * The search vector and the lower-case skills are kept by a trigger; the directory reads public resumes through
 * partial indexes (featured first, newest update first; full text; skills). Handles are unique in any case.
 */
export class Resumes1796310000000 implements MigrationInterface {
  name = 'Resumes1796310000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "resume_files" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "content" bytea NOT NULL,
        "byte_size" integer NOT NULL,
        "sha256" text NOT NULL,
        "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "resume_files_pkey" PRIMARY KEY ("id")
      )
    `);
    await queryRunner.query(`CREATE INDEX "resume_files_user_idx" ON "resume_files" ("user_id")`);
    await queryRunner.query(`
      ALTER TABLE "resume_files"
      ADD CONSTRAINT "resume_files_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
    `);

    await queryRunner.query(`
      CREATE TABLE "resumes" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "headline" text NOT NULL,
        "summary" text NOT NULL,
        "summary_html" text NOT NULL,
        "location" text,
        "skills" text array NOT NULL DEFAULT '{}',
        "skill_keys" text array NOT NULL DEFAULT '{}',
        "experience" jsonb NOT NULL DEFAULT '[]',
        "education" jsonb NOT NULL DEFAULT '[]',
        "links" jsonb NOT NULL DEFAULT '[]',
        "visibility" text NOT NULL DEFAULT 'private',
        "handle" text,
        "featured" boolean NOT NULL DEFAULT false,
        "file_id" uuid,
        "search_vector" tsvector NOT NULL,
        "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "resumes_visibility_check" CHECK ("visibility" IN ('private', 'public')),
        CONSTRAINT "resumes_pkey" PRIMARY KEY ("id")
      )
    `);
    await queryRunner.query(`CREATE UNIQUE INDEX "resumes_user_id_key" ON "resumes" ("user_id")`);
    await queryRunner.query(`CREATE INDEX "resumes_file_idx" ON "resumes" ("file_id")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "resumes_handle_key" ON "resumes" (lower("handle"))`);
    await queryRunner.query(`
      ALTER TABLE "resumes"
      ADD CONSTRAINT "resumes_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
    `);
    await queryRunner.query(`
      ALTER TABLE "resumes"
      ADD CONSTRAINT "resumes_file_id_fkey" FOREIGN KEY ("file_id") REFERENCES "resume_files"("id") ON DELETE SET NULL ON UPDATE NO ACTION
    `);
    await queryRunner.query(`ALTER TABLE "resumes" ALTER "search_vector" SET STORAGE PLAIN`);

    // Headline A > skills B > summary C (english), location D ('simple': place names are not stemmed; region= matches it).
    await queryRunner.query(`
      CREATE FUNCTION resumes_search() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.skill_keys := ARRAY(SELECT lower(skill) FROM unnest(NEW.skills) AS skill);
        NEW.search_vector :=
          setweight(to_tsvector('english', NEW.headline), 'A') ||
          setweight(to_tsvector('english', array_to_string(NEW.skills, ' ')), 'B') ||
          setweight(to_tsvector('english', left(NEW.summary, 4000)), 'C') ||
          setweight(to_tsvector('simple', coalesce(NEW.location, '')), 'D');
        RETURN NEW;
      END $$
    `);
    await queryRunner.query(`
      CREATE TRIGGER resumes_search BEFORE INSERT OR UPDATE OF headline, skills, summary, location
      ON resumes FOR EACH ROW EXECUTE FUNCTION resumes_search()
    `);
    await queryRunner.query(
      `CREATE INDEX "resumes_directory_idx" ON "resumes" ("featured", "updated_at", "id") WHERE visibility = 'public'`,
    );
    await queryRunner.query(`CREATE INDEX "resumes_search_idx" ON "resumes" USING gin ("search_vector") WHERE visibility = 'public'`);
    await queryRunner.query(`CREATE INDEX "resumes_skills_idx" ON "resumes" USING gin ("skill_keys") WHERE visibility = 'public'`);

    await queryRunner.query(`
      CREATE TABLE "application_resumes" (
        "application_id" uuid NOT NULL,
        "snapshot" jsonb NOT NULL,
        "file_id" uuid,
        "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "application_resumes_pkey" PRIMARY KEY ("application_id")
      )
    `);
    await queryRunner.query(`CREATE INDEX "application_resumes_file_idx" ON "application_resumes" ("file_id")`);
    await queryRunner.query(`
      ALTER TABLE "application_resumes"
      ADD CONSTRAINT "application_resumes_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "job_applications"("id") ON DELETE CASCADE ON UPDATE NO ACTION
    `);
    await queryRunner.query(`
      ALTER TABLE "application_resumes"
      ADD CONSTRAINT "application_resumes_file_id_fkey" FOREIGN KEY ("file_id") REFERENCES "resume_files"("id") ON DELETE SET NULL ON UPDATE NO ACTION
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "application_resumes"`);
    await queryRunner.query(`DROP TABLE "resumes"`);
    await queryRunner.query(`DROP FUNCTION resumes_search()`);
    await queryRunner.query(`DROP TABLE "resume_files"`);
  }
}
