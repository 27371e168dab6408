import { MigrationInterface, QueryRunner } from "typeorm";

export class ApplicationsBookmarks1795972963182 implements MigrationInterface {
    name = 'ApplicationsBookmarks1795972963182'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "job_applications" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "listing_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "status" text NOT NULL DEFAULT 'submitted',
                "cover_letter" text,
                "resume_url" text,
                "status_changed_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "job_applications_listing_user_key" UNIQUE ("listing_id", "user_id"),
                CONSTRAINT "job_applications_pkey" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "job_applications_listing_created_idx" ON "job_applications" ("listing_id", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "job_applications_user_created_idx" ON "job_applications" ("user_id", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE TABLE "job_bookmarks" (
                "user_id" uuid NOT NULL,
                "listing_id" uuid NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "job_bookmarks_pkey" PRIMARY KEY ("user_id", "listing_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "job_bookmarks_listing_idx" ON "job_bookmarks" ("listing_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "job_bookmarks_user_created_idx" ON "job_bookmarks" ("user_id", "created_at", "listing_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "job_applications"
            ADD CONSTRAINT "job_applications_listing_id_fkey" FOREIGN KEY ("listing_id") REFERENCES "job_listings"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "job_applications"
            ADD CONSTRAINT "job_applications_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "job_bookmarks"
            ADD CONSTRAINT "job_bookmarks_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "job_bookmarks"
            ADD CONSTRAINT "job_bookmarks_listing_id_fkey" FOREIGN KEY ("listing_id") REFERENCES "job_listings"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "job_bookmarks" DROP CONSTRAINT "job_bookmarks_listing_id_fkey"
        `);
        await queryRunner.query(`
            ALTER TABLE "job_bookmarks" DROP CONSTRAINT "job_bookmarks_user_id_fkey"
        `);
        await queryRunner.query(`
            ALTER TABLE "job_applications" DROP CONSTRAINT "job_applications_user_id_fkey"
        `);
        await queryRunner.query(`
            ALTER TABLE "job_applications" DROP CONSTRAINT "job_applications_listing_id_fkey"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."job_bookmarks_user_created_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."job_bookmarks_listing_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "job_bookmarks"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."job_applications_user_created_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."job_applications_listing_created_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "job_applications"
        `);
    }

}
