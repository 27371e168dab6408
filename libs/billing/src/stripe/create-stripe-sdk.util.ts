import Stripe from 'stripe';
import { StripeConfig } from '@app/config';

/** The official SDK, pointed at STRIPE_API_URL when set (local Stripe-compatible servers). */
export function createStripeSdk(config: StripeConfig): Stripe {
  const target = config.apiUrl ? new URL(config.apiUrl) : null;
  const protocol = target?.protocol === 'http:' ? 'http' : 'https';
  return new Stripe(config.secretKey, {
    maxNetworkRetries: 2,
    timeout: 20_000,
    telemetry: false,
    appInfo: { name: 'jobboard' },
    ...(target ? { host: target.hostname, port: target.port || (protocol === 'http' ? 80 : 443), protocol } : {}),
  });
}
