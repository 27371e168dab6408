import { Body, Controller, Get, HttpCode, Post, Query, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser, Role } from '@app/accounts';
import { BillingPlansService, BillingPortalService, BillingSyncService, CheckoutService } from '@app/billing';
import { ApiProblems } from '../http/api-problems.decorator';
import { CurrentUser } from '../http/current-user.decorator';
import { Operation } from '../http/operation.decorator';
import { Public } from '../http/public.decorator';
import { Roles } from '../http/roles.decorator';
import { BillingConfiguredGuard } from './billing-configured.guard';
import { BillingPlansDto, RedirectUrlDto, SubscriptionSummaryDto } from './dto/billing-responses.dto';
import { EmptyBodyDto } from './dto/empty-body.dto';
import { EmptyQueryDto } from './dto/empty-query.dto';
import { SyncBillingDto } from './dto/sync-billing.dto';

@ApiTags('billing')
@ApiProblems({ status: 503, description: 'Billing is not configured, or Stripe is unavailable' })
@UseGuards(BillingConfiguredGuard)
@Controller('billing')
export class BillingController {
  constructor(
    private readonly plans: BillingPlansService,
    private readonly checkout: CheckoutService,
    private readonly billingSync: BillingSyncService,
    private readonly portal: BillingPortalService,
  ) {}

  @Public()
  @Get('plans')
  @Operation('listPlans', 'The Free and Plus plans with price, interval and features')
  @ApiOkResponse({ type: BillingPlansDto })
  @ApiProblems({ status: 400, description: 'A query parameter was sent: this route reads none' })
  list(@Query() _query: EmptyQueryDto) {
    return this.plans.list();
  }

  @Post('checkout')
  @HttpCode(200)
  @Roles(Role.Seeker)
  @Operation('startCheckout', 'Start a Stripe Checkout for Plus', 'Answers the URL of the Checkout Session to send the browser to.')
  @ApiOkResponse({ type: RedirectUrlDto })
  @ApiProblems({ status: 409, description: 'Already on Plus' })
  startCheckout(@CurrentUser() user: AuthUser, @Body() _body: EmptyBodyDto) {
    return this.checkout.start(user);
  }

  @Post('sync')
  @HttpCode(200)
  @Roles(Role.Seeker)
  @Operation(
    'syncBilling',
    "Apply the caller's checkout session or subscription from Stripe now",
    'What the Checkout success page calls, so that it never waits for the webhook.',
  )
  @ApiOkResponse({ type: SubscriptionSummaryDto })
  @ApiProblems({ status: 404, description: 'No such checkout session of the caller' })
  sync(@CurrentUser() user: AuthUser, @Body() body: SyncBillingDto) {
    return this.billingSync.syncForUser(user.id, body.sessionId);
  }

  @Post('portal')
  @HttpCode(200)
  @Roles(Role.Seeker)
  @Operation('openBillingPortal', 'Open the Stripe Billing Portal of the caller', 'Answers the URL of a new portal session.')
  @ApiOkResponse({ type: RedirectUrlDto })
  @ApiProblems({ status: 404, description: 'The caller has no billing account yet' })
  openPortal(@CurrentUser() user: AuthUser, @Body() _body: EmptyBodyDto) {
    return this.portal.open(user.id);
  }
}
