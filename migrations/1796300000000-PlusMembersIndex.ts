import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * "N professionals pay for Plus" on the pricing and guide pages: the subscriptions that can grant Plus, by price
 * and user, with what the plan rule reads, so the count is an index-only scan (SubscriptionRepository.countPlusMembers).
 */
export class PlusMembersIndex1796300000000 implements MigrationInterface {
    name = 'PlusMembersIndex1796300000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE INDEX "subscriptions_plus_members_idx" ON "subscriptions" ("price_id", "user_id")
            INCLUDE ("status", "cancel_at", "cancel_at_period_end", "current_period_end")
            WHERE status IN ('active', 'trialing', 'past_due')
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."subscriptions_plus_members_idx"
        `);
    }

}
