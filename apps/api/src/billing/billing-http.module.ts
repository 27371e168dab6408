import { Module } from '@nestjs/common';
import { BillingModule } from '@app/billing';
import { BillingConfiguredGuard } from './billing-configured.guard';
import { BillingWebhookController } from './billing-webhook.controller';
import { BillingController } from './billing.controller';
import { MeSubscriptionController } from './me-subscription.controller';

@Module({
  imports: [BillingModule],
  controllers: [BillingController, BillingWebhookController, MeSubscriptionController],
  providers: [BillingConfiguredGuard],
})
export class BillingHttpModule {}
