/** Event types that can change a subscription; everything else is stored as skipped. */
export const SUBSCRIPTION_EVENT_TYPES = [
  'customer.subscription.created',
  'customer.subscription.updated',
  'customer.subscription.deleted',
  'customer.subscription.paused',
  'customer.subscription.resumed',
  'customer.subscription.pending_update_applied',
  'customer.subscription.pending_update_expired',
] as const;

export const CHECKOUT_EVENT_TYPES = ['checkout.session.completed', 'checkout.session.async_payment_succeeded'] as const;

export const INVOICE_EVENT_TYPES = ['invoice.paid', 'invoice.payment_failed'] as const;

export const HANDLED_EVENT_TYPES: ReadonlySet<string> = new Set([
  ...SUBSCRIPTION_EVENT_TYPES,
  ...CHECKOUT_EVENT_TYPES,
  ...INVOICE_EVENT_TYPES,
]);
