import { Controller, Headers, HttpCode, Post, RawBodyRequest, Req, UseGuards } from '@nestjs/common';
import { ApiBody, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { FastifyRequest } from 'fastify';
import { StripeWebhookService } from '@app/billing';
import { ApiProblems } from '../http/api-problems.decorator';
import { Operation } from '../http/operation.decorator';
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
  @Operation('receiveStripeEvent', 'Receive a Stripe event (called by Stripe)', 'Stored once under its id, then processed in the worker.')
  @ApiHeader({ name: 'Stripe-Signature', required: true, description: 'Verified against each secret of STRIPE_WEBHOOK_SECRET' })
  @ApiBody({ schema: { type: 'object', additionalProperties: true }, description: 'A Stripe event, as Stripe sends it' })
  @ApiOkResponse({ type: WebhookReceivedDto, description: 'Stored (or a duplicate)' })
  @ApiProblems(
    { status: 400, description: 'The signature does not verify; nothing is stored' },
    { status: 503, description: 'Billing is not configured' },
  )
  receive(@Req() request: RawBodyRequest<FastifyRequest>, @Headers('stripe-signature') signature?: string) {
    return this.webhooks.receive(request.rawBody, signature);
  }
}
