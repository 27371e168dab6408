import { MigrationInterface, QueryRunner } from "typeorm";

export class Alerts1795972674985 implements MigrationInterface {
    name = 'Alerts1795972674985'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "alert_runs" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "trigger" text NOT NULL,
                "frequency" text NOT NULL,
                "status" text NOT NULL DEFAULT 'queued',
                "as_of" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "subscribers" integer NOT NULL DEFAULT '0',
                "digests" integer NOT NULL DEFAULT '0',
                "emails_sent" integer NOT NULL DEFAULT '0',
                "failed" integer NOT NULL DEFAULT '0',
                "fanned_out_at" TIMESTAMP WITH TIME ZONE,
                "started_at" TIMESTAMP WITH TIME ZONE,
                "finished_at" TIMESTAMP WITH TIME ZONE,
                "error" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_162c10a4d2785a7d7e3d8004183" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "alert_runs_open_idx" ON "alert_runs" ("trigger", "frequency", "created_at")
            WHERE status IN ('queued', 'running')
        `);
        await queryRunner.query(`
            CREATE TABLE "alert_run_batches" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "run_id" uuid NOT NULL,
                "seq" integer NOT NULL,
                "first_user_id" uuid NOT NULL,
                "last_user_id" uuid NOT NULL,
                "users" integer NOT NULL,
                "status" text NOT NULL DEFAULT 'pending',
                "done_at" TIMESTAMP WITH TIME ZONE,
                "error" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_1a39f786e24a7e5e4af6c19ddf8" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "alert_run_batches_pending_idx" ON "alert_run_batches" ("run_id")
            WHERE status = 'pending'
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "alert_run_batches_run_seq_key" ON "alert_run_batches" ("run_id", "seq")
        `);
        await queryRunner.query(`
            CREATE TABLE "alert_digests" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "run_id" uuid NOT NULL,
                "batch_id" uuid NOT NULL,
                "frequency" text NOT NULL,
                "period_key" text NOT NULL,
                "status" text NOT NULL,
                "sections" jsonb,
                "listing_count" integer NOT NULL DEFAULT '0',
                "last_error" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "sent_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_9a48d260ac42a724ad6b4a3fb18" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "alert_digests_pending_idx" ON "alert_digests" ("created_at")
            WHERE status = 'pending'
        `);
        await queryRunner.query(`
            CREATE INDEX "alert_digests_batch_idx" ON "alert_digests" ("batch_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "alert_digests_run_status_idx" ON "alert_digests" ("run_id", "status")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "alert_digests_user_period_key" ON "alert_digests" ("user_id", "period_key")
        `);
        await queryRunner.query(`
            CREATE TABLE "alert_deliveries" (
                "user_id" uuid NOT NULL,
                "listing_id" uuid NOT NULL,
                "digest_id" uuid NOT NULL,
                "delivered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "alert_deliveries_pkey" PRIMARY KEY ("user_id", "listing_id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "job_alerts" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "name" text NOT NULL,
                "frequency" text NOT NULL,
                "criteria" jsonb NOT NULL DEFAULT '{}',
                "criteria_key" text NOT NULL,
                "paused" boolean NOT NULL DEFAULT false,
                "cursor_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "last_digest_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_86de3f72f9720d708e6a2729a09" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "job_alerts_user_id_idx" ON "job_alerts" ("user_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "job_alerts_active_idx" ON "job_alerts" ("frequency", "user_id")
            WHERE paused = false
        `);
        await queryRunner.query(`
            ALTER TABLE "alert_run_batches"
            ADD CONSTRAINT "alert_run_batches_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "alert_runs"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "alert_digests"
            ADD CONSTRAINT "alert_digests_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "alert_digests"
            ADD CONSTRAINT "alert_digests_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "alert_runs"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "alert_digests"
            ADD CONSTRAINT "alert_digests_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "alert_run_batches"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "alert_deliveries"
            ADD CONSTRAINT "alert_deliveries_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "job_alerts"
            ADD CONSTRAINT "job_alerts_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "job_alerts" DROP CONSTRAINT "job_alerts_user_id_fkey"
        `);
        await queryRunner.query(`
            ALTER TABLE "alert_deliveries" DROP CONSTRAINT "alert_deliveries_user_id_fkey"
        `);
        await queryRunner.query(`
            ALTER TABLE "alert_digests" DROP CONSTRAINT "alert_digests_batch_id_fkey"
        `);
        await queryRunner.query(`
            ALTER TABLE "alert_digests" DROP CONSTRAINT "alert_digests_run_id_fkey"
        `);
        await queryRunner.query(`
            ALTER TABLE "alert_digests" DROP CONSTRAINT "alert_digests_user_id_fkey"
        `);
        await queryRunner.query(`
            ALTER TABLE "alert_run_batches" DROP CONSTRAINT "alert_run_batches_run_id_fkey"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."job_alerts_active_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."job_alerts_user_id_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "job_alerts"
        `);
        await queryRunner.query(`
            DROP TABLE "alert_deliveries"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."alert_digests_user_period_key"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."alert_digests_run_status_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."alert_digests_batch_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."alert_digests_pending_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "alert_digests"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."alert_run_batches_run_seq_key"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."alert_run_batches_pending_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "alert_run_batches"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."alert_runs_open_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "alert_runs"
        `);
    }

}
