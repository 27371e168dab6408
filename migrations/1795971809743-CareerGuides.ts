import { MigrationInterface, QueryRunner } from 'typeorm';

export class CareerGuides1795971809743 implements MigrationInterface {
  name = 'CareerGuides1795971809743';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "career_guides" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "slug" text NOT NULL,
        "title" text NOT NULL,
        "summary" text NOT NULL,
        "status" text NOT NULL DEFAULT 'draft',
        "stats" jsonb NOT NULL,
        "responsibilities" jsonb NOT NULL DEFAULT '[]',
        "tech_stack" jsonb NOT NULL DEFAULT '[]',
        "skills" jsonb NOT NULL,
        "career_tiers" jsonb NOT NULL DEFAULT '[]',
        "sections" jsonb NOT NULL DEFAULT '[]',
        "case_studies" jsonb NOT NULL DEFAULT '[]',
        "faqs" jsonb NOT NULL DEFAULT '[]',
        "pros" jsonb NOT NULL DEFAULT '[]',
        "cons" jsonb NOT NULL DEFAULT '[]',
        "common_mistakes" jsonb NOT NULL DEFAULT '[]',
        "related_roles" jsonb NOT NULL DEFAULT '[]',
        "job_category" text,
        "tags" text array NOT NULL DEFAULT '{}',
        "sources" jsonb NOT NULL DEFAULT '[]',
        "version" integer NOT NULL,
        "published_at" TIMESTAMP WITH TIME ZONE,
        "search_vector" tsvector NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "career_guides_status_check" CHECK ("status" IN ('draft', 'published', 'archived')),
        CONSTRAINT "PK_8aab558bea0cb98c2e46c374eef" PRIMARY KEY ("id")
      )
    `);
    await queryRunner.query(`CREATE UNIQUE INDEX "career_guides_slug_key" ON "career_guides" ("slug")`);

    // Weighted search vector: title A > summary B > skills, tech stack and tags C > every other text D.
    await queryRunner.query(`
      CREATE FUNCTION career_guides_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_vector :=
          setweight(to_tsvector('english', NEW.title), 'A') ||
          setweight(to_tsvector('english', NEW.summary), 'B') ||
          setweight(
            jsonb_to_tsvector('english', NEW.tech_stack || coalesce(NEW.skills -> 'technical', '[]') || coalesce(NEW.skills -> 'soft', '[]'), '["string"]') ||
            to_tsvector('english', array_to_string(NEW.tags, ' ')),
            'C') ||
          setweight(
            to_tsvector('english', coalesce(NEW.skills ->> 'education', '')) ||
            jsonb_to_tsvector('english',
              NEW.responsibilities || NEW.career_tiers || NEW.sections || NEW.case_studies || NEW.faqs ||
              NEW.pros || NEW.cons || NEW.common_mistakes || NEW.related_roles,
              '["string"]'),
            'D');
        RETURN NEW;
      END $$
    `);
    await queryRunner.query(`
      CREATE TRIGGER career_guides_search_vector BEFORE INSERT OR UPDATE OF
        title, summary, tech_stack, skills, tags, responsibilities, career_tiers, sections, case_studies, faqs, pros, cons,
        common_mistakes, related_roles
      ON career_guides FOR EACH ROW EXECUTE FUNCTION career_guides_search_vector()
    `);

    // Public list: newest published first, overall and per category; search over published rows only.
    await queryRunner.query(
      `CREATE INDEX "career_guides_published_idx" ON "career_guides" ("published_at" DESC, "id" DESC) WHERE status = 'published'`,
    );
    await queryRunner.query(
      `CREATE INDEX "career_guides_category_published_idx" ON "career_guides" ("job_category", "published_at" DESC, "id" DESC) WHERE status = 'published'`,
    );
    await queryRunner.query(`CREATE INDEX "career_guides_search_idx" ON "career_guides" USING gin ("search_vector") WHERE status = 'published'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "career_guides"`);
    await queryRunner.query(`DROP FUNCTION career_guides_search_vector()`);
  }
}
