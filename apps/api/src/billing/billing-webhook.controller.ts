import { Controller, Headers, HttpCode, Post, RawBodyRequest, Req, UseGuards } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { FastifyRequest } from 'fastify';
import { StripeWebhookService } from '@app/billing';
import { Public } from '../http/public.decorator';
import { BillingConfiguredGuard } from './billing-configured.guard';
import { WebhookReceivedDto } from './dto/billing-responses.dto';

/** Called by Stripe: the signature is verified on the exact raw bytes (the app runs with rawBody). */
@ApiTags('billing')
@Public()
@UseGuards(BillingConfiguredGuard)
@Controller('billing/webhook')
export class BillingWebhookController {
  constructor(private readonly webhooks: StripeWebhookService) {}

  @Post()
  @HttpCode(200)
  @ApiOkResponse({ type: WebhookReceivedDto })
  @ApiBadRequestResponse({ description: 'The signature does not verify; nothing is stored' })
  receive(@Req() request: RawBodyRequest<FastifyRequest>, @Headers('stripe-signature') signature?: string) {
    return this.webhooks.receive(request.rawBody, signature);
  }
}
