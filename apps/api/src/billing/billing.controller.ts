import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser, Role } from '@app/accounts';
import { BillingPlansService, BillingPortalService, BillingSyncService, CheckoutService } from '@app/billing';
import { CurrentUser } from '../http/current-user.decorator';
import { Public } from '../http/public.decorator';
import { Roles } from '../http/roles.decorator';
import { BillingConfiguredGuard } from './billing-configured.guard';
import { BillingPlansDto, RedirectUrlDto, SubscriptionSummaryDto } from './dto/billing-responses.dto';
import { EmptyBodyDto } from './dto/empty-body.dto';
import { SyncBillingDto } from './dto/sync-billing.dto';

@ApiTags('billing')
@ApiServiceUnavailableResponse({ description: 'Billing is not configured, or Stripe is unavailable' })
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
  @ApiOkResponse({ type: BillingPlansDto })
  list() {
    return this.plans.list();
  }

  @Post('checkout')
  @HttpCode(200)
  @Roles(Role.Seeker)
  @ApiBearerAuth()
  @ApiOkResponse({ type: RedirectUrlDto, description: 'URL of a Stripe Checkout Session; 409 when already on Plus' })
  startCheckout(@CurrentUser() user: AuthUser, @Body() _body: EmptyBodyDto) {
    return this.checkout.start(user);
  }

  @Post('sync')
  @HttpCode(200)
  @Roles(Role.Seeker)
  @ApiBearerAuth()
  @ApiOkResponse({ type: SubscriptionSummaryDto })
  sync(@CurrentUser() user: AuthUser, @Body() body: SyncBillingDto) {
    return this.billingSync.syncForUser(user.id, body.sessionId);
  }

  @Post('portal')
  @HttpCode(200)
  @Roles(Role.Seeker)
  @ApiBearerAuth()
  @ApiOkResponse({ type: RedirectUrlDto, description: 'URL of a Stripe Billing Portal session; 404 without a billing account' })
  openPortal(@CurrentUser() user: AuthUser, @Body() _body: EmptyBodyDto) {
    return this.portal.open(user.id);
  }
}
