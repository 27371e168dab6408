import { CanActivate, Injectable } from '@nestjs/common';
import { StripeClient } from '@app/billing';
import { DomainError, ErrorCode } from '@app/common';

/** Without Stripe configuration every billing route answers 503; the rest of the product works. */
@Injectable()
export class BillingConfiguredGuard implements CanActivate {
  constructor(private readonly stripe: StripeClient) {}

  canActivate(): boolean {
    if (!this.stripe.configured) throw new DomainError(ErrorCode.Unavailable, 'Billing is not configured on this server');
    return true;
  }
}
