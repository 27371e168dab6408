import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The admin console: the append-only audit trail of admin changes, and the indexes of the admin lists
 * (newest change first, by status; users by email or name through trigrams) and of the dashboard's per-day counts.
 */
export class AdminConsole1796228766457 implements MigrationInterface {
    name = 'AdminConsole1796228766457'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "audit_entries" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "actor_id" uuid,
                "action" text NOT NULL,
                "entity" text NOT NULL,
                "entity_id" uuid NOT NULL,
                "changes" jsonb NOT NULL DEFAULT '{}',
                "request_id" text,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_6b1623bcad4d04530b76548d619" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "audit_entries_entity_id_created_idx" ON "audit_entries" ("entity", "entity_id", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "audit_entries_entity_created_idx" ON "audit_entries" ("entity", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "audit_entries_actor_created_idx" ON "audit_entries" ("actor_id", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "audit_entries_created_idx" ON "audit_entries" ("created_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "users_role_created_idx" ON "users" ("role", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "users_created_idx" ON "users" ("created_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "alert_runs_created_idx" ON "alert_runs" ("created_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "alert_digests_sent_idx" ON "alert_digests" ("sent_at")
            WHERE status = 'sent'
        `);
        await queryRunner.query(`
            CREATE INDEX "career_guides_admin_status_updated_idx" ON "career_guides" ("status", "updated_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "career_guides_admin_updated_idx" ON "career_guides" ("updated_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "job_listings_admin_status_updated_idx" ON "job_listings" ("status", "updated_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "job_listings_admin_updated_idx" ON "job_listings" ("updated_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "job_applications_created_idx" ON "job_applications" ("created_at")
        `);
        await queryRunner.query(`
            ALTER TABLE "audit_entries"
            ADD CONSTRAINT "audit_entries_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        // Append-only: the one UPDATE allowed is the foreign key's own, when the actor's account is erased.
        await queryRunner.query(`
            CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'UPDATE' THEN
                    IF OLD.actor_id IS NOT NULL AND NEW.actor_id IS NULL
                        AND (to_jsonb(NEW) - 'actor_id') = (to_jsonb(OLD) - 'actor_id') THEN
                        RETURN NEW;
                    END IF;
                END IF;
                RAISE EXCEPTION 'audit entries are append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
            END
            $$
        `);
        await queryRunner.query(`
            CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON "audit_entries"
            FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only()
        `);
        await queryRunner.query(`
            CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON "audit_entries"
            FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only()
        `);
        // Admins search every status: these complete the public search indexes (partial on published rows), so
        // "published OR not" is a bitmap OR of two partial indexes and no row is indexed twice.
        await queryRunner.query(`
            CREATE INDEX "job_listings_admin_search_idx" ON "job_listings" USING gin ("search_vector") WHERE status <> 'published'
        `);
        await queryRunner.query(`
            CREATE INDEX "career_guides_admin_search_idx" ON "career_guides" USING gin ("search_vector") WHERE status <> 'published'
        `);
        await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
        await queryRunner.query(`
            CREATE INDEX "users_search_idx" ON "users" USING gin (lower(email || ' ' || name) gin_trgm_ops)
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."users_search_idx"`);
        await queryRunner.query(`DROP INDEX "public"."career_guides_admin_search_idx"`);
        await queryRunner.query(`DROP INDEX "public"."job_listings_admin_search_idx"`);
        await queryRunner.query(`DROP TRIGGER audit_entries_no_truncate ON "audit_entries"`);
        await queryRunner.query(`DROP TRIGGER audit_entries_append_only ON "audit_entries"`);
        await queryRunner.query(`DROP FUNCTION audit_entries_append_only()`);
        await queryRunner.query(`
            ALTER TABLE "audit_entries" DROP CONSTRAINT "audit_entries_actor_id_fkey"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."job_applications_created_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."job_listings_admin_updated_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."job_listings_admin_status_updated_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."career_guides_admin_updated_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."career_guides_admin_status_updated_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."alert_digests_sent_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."alert_runs_created_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."users_created_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."users_role_created_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."audit_entries_created_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."audit_entries_actor_created_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."audit_entries_entity_created_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."audit_entries_entity_id_created_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "audit_entries"
        `);
    }

}
