import { Injectable } from '@nestjs/common';
import { entitlementsForPlan, Plan } from '@app/accounts';
import { AppConfig } from '@app/config';

export interface BillingPlan {
  id: Plan;
  name: string;
  /** Major units of `currency` (8 for $8). */
  price: number;
  currency: string;
  interval: 'month' | null;
  features: {
    alertFrequencies: Array<'daily' | 'weekly'>;
    maxAlerts: number;
    ads: boolean;
    featuredResume: boolean;
    customResumeUrl: boolean;
    careerConsultant: boolean;
    jobAdvice: boolean;
  };
}

/** The Free and Plus plans as configured (prices and limits are configuration). */
@Injectable()
export class BillingPlansService {
  constructor(private readonly config: AppConfig) {}

  list(): { items: BillingPlan[] } {
    const { currency, plusPriceCents } = this.config.billing;
    return {
      items: [
        { id: 'free', name: 'Free', price: 0, currency, interval: null, features: this.features('free') },
        { id: 'plus', name: 'Plus', price: plusPriceCents / 100, currency, interval: 'month', features: this.features('plus') },
      ],
    };
  }

  private features(plan: Plan): BillingPlan['features'] {
    const { plan: _plan, ...features } = entitlementsForPlan(plan, this.config.plans);
    return features;
  }
}
