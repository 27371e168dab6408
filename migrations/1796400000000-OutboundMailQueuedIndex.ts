import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The mail outbox sweep (MailOutboxSweep.requeueStranded) looks for mails stored but still queued, oldest first:
 * a partial index, so it reads only those rows however many mails were sent before.
 */
export class OutboundMailQueuedIndex1796400000000 implements MigrationInterface {
    name = 'OutboundMailQueuedIndex1796400000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE INDEX "outbound_mail_queued_idx" ON "outbound_mail" ("created_at")
            WHERE status = 'queued'
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."outbound_mail_queued_idx"
        `);
    }

}
