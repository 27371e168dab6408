import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The indexes the worker's retention policies walk, oldest first, in bounded batches (docs/operations.md, "Retention").
 * The two expression indexes are what the policies compare: a refresh family's last moment, and when a browser
 * session stopped working (`least` skips a null ended_at).
 * IF NOT EXISTS: a development database may have run this migration under its first name, RetentionIndexes1796400000000.
 */
export class RetentionIndexes1796400000001 implements MigrationInterface {
    name = 'RetentionIndexes1796400000001'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE INDEX IF NOT EXISTS "refresh_tokens_expires_at_idx" ON "refresh_tokens" ("expires_at") `);
        await queryRunner.query(`CREATE INDEX IF NOT EXISTS "password_reset_tokens_expires_at_idx" ON "password_reset_tokens" ("expires_at") `);
        await queryRunner.query(`CREATE INDEX IF NOT EXISTS "outbound_mail_created_at_idx" ON "outbound_mail" ("created_at") `);
        await queryRunner.query(`CREATE INDEX IF NOT EXISTS "alert_deliveries_delivered_at_idx" ON "alert_deliveries" ("delivered_at") `);
        await queryRunner.query(`CREATE INDEX IF NOT EXISTS "stripe_events_done_received_at_idx" ON "stripe_events" ("received_at") WHERE status IN ('processed', 'skipped')`);
        await queryRunner.query(`CREATE INDEX IF NOT EXISTS "refresh_sessions_last_moment_idx" ON "refresh_sessions" ((coalesce(revoked_at, last_used_at, created_at)))`);
        await queryRunner.query(`CREATE INDEX IF NOT EXISTS "browser_sessions_over_at_idx" ON "browser_sessions" ((least(ended_at, expires_at)))`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."browser_sessions_over_at_idx"`);
        await queryRunner.query(`DROP INDEX "public"."refresh_sessions_last_moment_idx"`);
        await queryRunner.query(`DROP INDEX "public"."stripe_events_done_received_at_idx"`);
        await queryRunner.query(`DROP INDEX "public"."alert_deliveries_delivered_at_idx"`);
        await queryRunner.query(`DROP INDEX "public"."outbound_mail_created_at_idx"`);
        await queryRunner.query(`DROP INDEX "public"."password_reset_tokens_expires_at_idx"`);
        await queryRunner.query(`DROP INDEX "public"."refresh_tokens_expires_at_idx"`);
    }

}
