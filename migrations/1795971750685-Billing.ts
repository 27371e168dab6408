import { MigrationInterface, QueryRunner } from "typeorm";

export class Billing1795971750685 implements MigrationInterface {
    name = 'Billing1795971750685'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "billing_customers" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "stripe_customer_id" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_33443c37051e342361f61a54b86" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "billing_customers_user_id_key" ON "billing_customers" ("user_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "billing_customers_stripe_customer_id_key" ON "billing_customers" ("stripe_customer_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "checkout_attempts" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "stripe_session_id" text NOT NULL,
                "stripe_customer_id" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_5e7e97c71b98cfa266ac2e0aebe" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "checkout_attempts_user_id_idx" ON "checkout_attempts" ("user_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "checkout_attempts_stripe_session_id_key" ON "checkout_attempts" ("stripe_session_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "payment_failure_notices" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "stripe_invoice_id" text NOT NULL,
                "attempt_count" integer NOT NULL,
                "mail_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_ccb6ca2309f3bffcf0931a88249" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "payment_failure_notices_user_id_idx" ON "payment_failure_notices" ("user_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "payment_failure_notices_invoice_attempt_key" ON "payment_failure_notices" ("stripe_invoice_id", "attempt_count")
        `);
        await queryRunner.query(`
            CREATE TABLE "stripe_events" (
                "id" text NOT NULL,
                "type" text NOT NULL,
                "livemode" boolean NOT NULL,
                "payload" jsonb NOT NULL,
                "customer_id" text,
                "status" text NOT NULL DEFAULT 'received',
                "attempts" integer NOT NULL DEFAULT '0',
                "last_error" text,
                "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "processed_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_d3247bd5fc3f66b6982bbcdd897" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "stripe_events_customer_id_idx" ON "stripe_events" ("customer_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "subscriptions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "stripe_subscription_id" text NOT NULL,
                "user_id" uuid NOT NULL,
                "stripe_customer_id" text NOT NULL,
                "status" text NOT NULL,
                "price_id" text,
                "cancel_at_period_end" boolean NOT NULL DEFAULT false,
                "cancel_at" TIMESTAMP WITH TIME ZONE,
                "current_period_start" TIMESTAMP WITH TIME ZONE,
                "current_period_end" TIMESTAMP WITH TIME ZONE,
                "ended_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_a87248d73155605cf782be9ee5e" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "subscriptions_stripe_subscription_id_key" ON "subscriptions" ("stripe_subscription_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "subscriptions_user_id_idx" ON "subscriptions" ("user_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "billing_customers"
            ADD CONSTRAINT "FK_9247f7fb18111a77f9d5ff06b99" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "checkout_attempts"
            ADD CONSTRAINT "FK_b2d2f1b118cb56484e5ea78a770" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "payment_failure_notices"
            ADD CONSTRAINT "FK_e56916166807d8d4e0222fa0c45" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "subscriptions"
            ADD CONSTRAINT "FK_d0a95ef8a28188364c546eb65c1" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "subscriptions" DROP CONSTRAINT "FK_d0a95ef8a28188364c546eb65c1"
        `);
        await queryRunner.query(`
            ALTER TABLE "payment_failure_notices" DROP CONSTRAINT "FK_e56916166807d8d4e0222fa0c45"
        `);
        await queryRunner.query(`
            ALTER TABLE "checkout_attempts" DROP CONSTRAINT "FK_b2d2f1b118cb56484e5ea78a770"
        `);
        await queryRunner.query(`
            ALTER TABLE "billing_customers" DROP CONSTRAINT "FK_9247f7fb18111a77f9d5ff06b99"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."subscriptions_user_id_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."subscriptions_stripe_subscription_id_key"
        `);
        await queryRunner.query(`
            DROP TABLE "subscriptions"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."stripe_events_customer_id_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "stripe_events"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."payment_failure_notices_invoice_attempt_key"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."payment_failure_notices_user_id_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "payment_failure_notices"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."checkout_attempts_stripe_session_id_key"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."checkout_attempts_user_id_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "checkout_attempts"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."billing_customers_stripe_customer_id_key"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."billing_customers_user_id_key"
        `);
        await queryRunner.query(`
            DROP TABLE "billing_customers"
        `);
    }

}
