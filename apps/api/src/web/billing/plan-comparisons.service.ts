import { Injectable } from '@nestjs/common';
import { BillingPlansService, PlusMembership, StripeClient } from '@app/billing';
import { StaleWhileRevalidate } from '@app/common';
import { PlanComparisonModel } from '../views/components/plan-cards';
import { formatMoney } from '../views/format';
import { ShellModel } from '../views/shell-model';
import { planFeatureLines, plusOnlyLines } from './plan-feature-lines';
import { planOfferFor } from './plan-offer';

/**
 * The pricing and guide pages count Plus members at most once per this many ms per process (billing's count, a few
 * seconds old at most): every anonymous visit of a guide paid a statement for it. The admin dashboard counts afresh.
 */
export const MEMBER_COUNT_TTL_MS = 5_000;

/** Free and Plus side by side, from the one plan source, with the count of Plus members and the viewer's offer. */
@Injectable()
export class PlanComparisons {
  private readonly memberCount: StaleWhileRevalidate<'plus', number>;

  constructor(
    private readonly plans: BillingPlansService,
    members: PlusMembership,
    private readonly stripe: StripeClient,
  ) {
    this.memberCount = new StaleWhileRevalidate(MEMBER_COUNT_TTL_MS, () => members.countMembers());
  }

  async of(shell: ShellModel): Promise<PlanComparisonModel> {
    const members = await this.memberCount.get('plus');
    const plans = this.plans.list().items;
    return {
      plans: plans.map((plan) => ({
        id: plan.id,
        name: plan.name,
        price: formatMoney(plan.price, plan.currency),
        per: plan.interval ? `a ${plan.interval}` : 'forever',
        ...(plan.id === 'plus'
          ? { intro: 'Everything in Free, and:', features: plusOnlyLines(plans) }
          : { intro: null, features: planFeatureLines(plan) }),
        current: shell.viewer !== null && !shell.viewer.isAdmin && (plan.id === 'plus') === shell.viewer.isPlus,
      })),
      members: `${members.toLocaleString('en-US')} ${members === 1 ? 'professional pays' : 'professionals pay'} for Plus`,
      offer: planOfferFor(shell.viewer, this.stripe.configured),
      csrfToken: shell.csrfToken,
    };
  }
}
