import { MigrationInterface, QueryRunner } from "typeorm";

/** Server-side sessions of the website (the cookie holds a token, the row its hash). */
export class BrowserSessions1796226797408 implements MigrationInterface {
    name = 'BrowserSessions1796226797408'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "browser_sessions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "token_hash" text NOT NULL,
                "user_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "ended_at" TIMESTAMP WITH TIME ZONE,
                "end_reason" text,
                "user_agent" text,
                "ip" text,
                CONSTRAINT "PK_62bb0057d5bf51b68d790563ba3" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "browser_sessions_token_hash_key" ON "browser_sessions" ("token_hash")
        `);
        await queryRunner.query(`
            CREATE INDEX "browser_sessions_user_id_idx" ON "browser_sessions" ("user_id")
            WHERE ended_at IS NULL
        `);
        await queryRunner.query(`
            ALTER TABLE "browser_sessions"
            ADD CONSTRAINT "browser_sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "browser_sessions" DROP CONSTRAINT "browser_sessions_user_id_fkey"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."browser_sessions_user_id_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."browser_sessions_token_hash_key"
        `);
        await queryRunner.query(`
            DROP TABLE "browser_sessions"
        `);
    }

}
