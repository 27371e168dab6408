import { Injectable } from '@nestjs/common';
import { BillingPlansService, PlusMembership, StripeClient } from '@app/billing';
import { PlanComparisonModel } from '../views/components/plan-cards';
import { formatMoney } from '../views/format';
import { ShellModel } from '../views/shell-model';
import { planFeatureLines, plusOnlyLines } from './plan-feature-lines';
import { planOfferFor } from './plan-offer';

/** Free and Plus side by side, from the one plan source, with the live count of Plus members and the viewer's offer. */
@Injectable()
export class PlanComparisons {
  constructor(
    private readonly plans: BillingPlansService,
    private readonly members: PlusMembership,
    private readonly stripe: StripeClient,
  ) {}

  async of(shell: ShellModel): Promise<PlanComparisonModel> {
    const members = await this.members.countMembers();
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
