import { Injectable } from '@nestjs/common';
import Stripe from 'stripe';
import { DomainError, ErrorCode } from '@app/common';
import { AppConfig, StripeConfig } from '@app/config';
import { createStripeSdk } from './create-stripe-sdk.util';

/**
 * Options for calls made while a person waits (checkout, portal): Stripe hanging answers 503 within about 10 s
 * instead of the SDK's 20 s × 3 tries that the worker can afford.
 */
export const INTERACTIVE_STRIPE_CALL: Stripe.RequestOptions = { timeout: 5_000, maxNetworkRetries: 1 };

/** The Stripe SDK when billing is configured; every use without configuration is a 503. */
@Injectable()
export class StripeClient {
  private readonly sdk: Stripe | null;

  constructor(private readonly config: AppConfig) {
    this.sdk = config.stripe ? createStripeSdk(config.stripe) : null;
  }

  get configured(): boolean {
    return this.sdk !== null;
  }

  get api(): Stripe {
    if (!this.sdk) throw new DomainError(ErrorCode.Unavailable, 'Billing is not configured on this server');
    return this.sdk;
  }

  get settings(): StripeConfig {
    if (!this.config.stripe) throw new DomainError(ErrorCode.Unavailable, 'Billing is not configured on this server');
    return this.config.stripe;
  }
}
