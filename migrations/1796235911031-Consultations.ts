import { MigrationInterface, QueryRunner } from "typeorm";

/** The career consultant (Plus): threads between a seeker and the consultants (admins), and their numbered messages. */
export class Consultations1796235911031 implements MigrationInterface {
    name = 'Consultations1796235911031'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "consultations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "topic" text NOT NULL,
                "status" text NOT NULL DEFAULT 'open',
                "message_count" integer NOT NULL DEFAULT '0',
                "waiting_since" TIMESTAMP(3) WITH TIME ZONE,
                "last_message_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "closed_at" TIMESTAMP(3) WITH TIME ZONE,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "consultations_status_check" CHECK ("status" IN ('open', 'answered', 'closed')),
                CONSTRAINT "consultations_pkey" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "consultations_status_last_message_idx" ON "consultations" ("status", "last_message_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "consultations_status_waiting_idx" ON "consultations" ("status", "waiting_since", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "consultations_user_last_message_idx" ON "consultations" ("user_id", "last_message_at", "id")
        `);
        await queryRunner.query(`
            CREATE TABLE "consultation_messages" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "consultation_id" uuid NOT NULL,
                "seq" integer NOT NULL,
                "author" text NOT NULL,
                "consultant_id" uuid,
                "body" text NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "consultation_messages_thread_seq_key" UNIQUE ("consultation_id", "seq"),
                CONSTRAINT "consultation_messages_author_check" CHECK ("author" IN ('seeker', 'consultant')),
                CONSTRAINT "consultation_messages_pkey" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "consultation_messages_consultant_idx" ON "consultation_messages" ("consultant_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "consultations"
            ADD CONSTRAINT "consultations_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "consultation_messages"
            ADD CONSTRAINT "consultation_messages_consultation_id_fkey" FOREIGN KEY ("consultation_id") REFERENCES "consultations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "consultation_messages"
            ADD CONSTRAINT "consultation_messages_consultant_id_fkey" FOREIGN KEY ("consultant_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "consultation_messages" DROP CONSTRAINT "consultation_messages_consultant_id_fkey"
        `);
        await queryRunner.query(`
            ALTER TABLE "consultation_messages" DROP CONSTRAINT "consultation_messages_consultation_id_fkey"
        `);
        await queryRunner.query(`
            ALTER TABLE "consultations" DROP CONSTRAINT "consultations_user_id_fkey"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."consultation_messages_consultant_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "consultation_messages"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."consultations_user_last_message_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."consultations_status_waiting_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."consultations_status_last_message_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "consultations"
        `);
    }

}
