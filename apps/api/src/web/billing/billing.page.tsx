import { Query, Req, Res } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { Role } from '@app/accounts';
import {
  BillingPlansService,
  BillingPortalService,
  BillingSyncService,
  CheckoutService,
  StripeClient,
  SubscriptionSummaryService,
} from '@app/billing';
import { DomainError, ErrorCode } from '@app/common';
import { SyncBillingDto } from '../../billing/dto/sync-billing.dto';
import { Roles } from '../../http/roles.decorator';
import { h, render } from '../html/jsx';
import { Flash, flashOf } from '../http/flash';
import { PageShell } from '../http/page-shell.service';
import { page, PageResult, redirect } from '../http/page-result';
import { validateForm } from '../http/validate-form';
import { Viewer } from '../http/viewer';
import { GetPage, PostForm, WebController } from '../http/web-controller.decorator';
import { BillingPage } from '../views/pages/billing-page';
import { plusOnlyLines } from './plan-feature-lines';
import { planOfferFor } from './plan-offer';
import { toBillingPageModel } from './to-billing-page-model';

function signedIn(request: FastifyRequest): Viewer {
  if (!request.viewer) throw new DomainError(ErrorCode.Unauthenticated, 'Log in to see your billing');
  return request.viewer;
}

/**
 * /billing and the Stripe round trip, with the services of /v1/billing: Checkout and the portal are 303s to
 * Stripe; the return from Checkout applies its session at once (as POST /v1/billing/sync), never waiting for
 * the webhook. Without Stripe configuration every billing page says so (503).
 */
@WebController('billing')
export class BillingPages {
  constructor(
    private readonly shell: PageShell,
    private readonly summaries: SubscriptionSummaryService,
    private readonly checkout: CheckoutService,
    private readonly portal: BillingPortalService,
    private readonly billingSync: BillingSyncService,
    private readonly plans: BillingPlansService,
    private readonly stripe: StripeClient,
  ) {}

  @GetPage()
  async billing(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Query('checkout') checkout?: string,
  ): Promise<PageResult> {
    const viewer = signedIn(request);
    // Stripe's cancel_url: back here with a message, on the plain address.
    if (checkout === 'cancelled') return redirect('/billing', 'checkout-cancelled');
    return this.billingPage(request, reply, viewer, null);
  }

  @GetPage('success')
  @Roles(Role.Seeker)
  async success(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Query('session_id') sessionId?: string,
  ): Promise<PageResult> {
    const viewer = signedIn(request);
    if (!this.stripe.configured) return this.billingPage(request, reply, viewer, null);
    const given = await validateForm(SyncBillingDto, sessionId ? { sessionId } : {});
    if (!given.ok) throw DomainError.badInput('session_id', given.errors[0]!.message);
    const summary = await this.billingSync.syncForUser(viewer.id, given.value.sessionId);
    const notice: Flash =
      summary.plan === 'plus'
        ? flashOf('plus-active')!
        : { kind: 'info', text: 'Stripe has not confirmed the payment yet. This page updates once it does.' };
    return this.billingPage(request, reply, viewer, notice);
  }

  @PostForm('checkout')
  @Roles(Role.Seeker)
  async startCheckout(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<PageResult> {
    const viewer = signedIn(request);
    if (!this.stripe.configured) return this.billingPage(request, reply, viewer, null);
    try {
      return redirect((await this.checkout.start(viewer)).url);
    } catch (error) {
      if (error instanceof DomainError && error.code === ErrorCode.Conflict) return redirect('/billing', 'already-plus');
      throw error;
    }
  }

  @PostForm('portal')
  @Roles(Role.Seeker)
  openPortal(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<PageResult> {
    return this.toPortal(request, reply);
  }

  /** The "update your card" mail links here: a new portal session each time (they expire). */
  @GetPage('portal')
  @Roles(Role.Seeker)
  portalLink(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<PageResult> {
    return this.toPortal(request, reply);
  }

  private async toPortal(request: FastifyRequest, reply: FastifyReply): Promise<PageResult> {
    const viewer = signedIn(request);
    if (!this.stripe.configured) return this.billingPage(request, reply, viewer, null);
    try {
      return redirect((await this.portal.open(viewer.id)).url);
    } catch (error) {
      if (error instanceof DomainError && error.code === ErrorCode.NotFound) return redirect('/billing', 'no-billing-account');
      throw error;
    }
  }

  /** The plan page; 503 when billing is not configured here. */
  private async billingPage(request: FastifyRequest, reply: FastifyReply, viewer: Viewer, notice: Flash | null): Promise<PageResult> {
    const [summary, shell] = await Promise.all([this.summaries.forUser(viewer.id), this.shell.of(request, reply)]);
    const model = toBillingPageModel(summary, {
      offer: planOfferFor(shell.viewer, this.stripe.configured),
      plusFeatures: plusOnlyLines(this.plans.list().items),
      notice,
    });
    return page(render(<BillingPage shell={shell} model={model} />), this.stripe.configured ? 200 : 503);
  }
}
