import { StubObject } from './stripe-stub-objects';
import { StripeStubStore } from './stripe-stub-store';

/** A browser's answer from the stub: an HTML page or a redirect. */
export type HostedReply = { status: number; html: string } | { status: 303; location: string };

const escape = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

function document(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title></head><body><main><h1>${escape(title)}</h1>${body}</main></body></html>`;
}

const missing = (what: string): HostedReply => ({ status: 404, html: document('Not found', `<p>No such ${escape(what)}.</p>`) });

/**
 * Stand-ins for the pages Stripe hosts, so a browser under test can "pay" and "manage billing": Checkout
 * (`/checkout/:id`, whose Pay button creates the active subscription and returns to the success URL) and the
 * billing portal (`/portal/:id`: the customer's subscriptions, cancel at period end, back to the site).
 */
export class StripeStubHostedPages {
  constructor(private readonly store: StripeStubStore) {}

  answer(method: string, path: string): HostedReply | null {
    const checkout = /^\/checkout\/([^/]+)(\/pay)?$/.exec(path);
    if (checkout && method === 'GET' && !checkout[2]) return this.checkoutPage(checkout[1]!);
    if (checkout && method === 'POST' && checkout[2]) return this.pay(checkout[1]!);
    const portal = /^\/portal\/([^/]+)(\/cancel)?$/.exec(path);
    if (portal && method === 'GET' && !portal[2]) return this.portalPage(portal[1]!);
    if (portal && method === 'POST' && portal[2]) return this.cancelAtPeriodEnd(portal[1]!);
    return null;
  }

  private checkoutPage(id: string): HostedReply {
    const session = this.store.sessions.get(id);
    if (!session) return missing('checkout session');
    if (session.status === 'complete') {
      return { status: 200, html: document('Already paid', `<p><a href="${escape(successUrl(session))}">Back to the site</a></p>`) };
    }
    const price = session.line_items?.[0]?.price ?? 'unknown price';
    const cancel = session.cancel_url ? `<p><a href="${escape(session.cancel_url)}">Cancel and go back</a></p>` : '';
    const body = `<p>Subscribe to <strong>${escape(price)}</strong> (Stripe Checkout stand-in).</p>
      <form method="post" action="/checkout/${escape(id)}/pay"><button type="submit">Pay</button></form>${cancel}`;
    return { status: 200, html: document('Checkout', body) };
  }

  private pay(id: string): HostedReply {
    const session = this.store.sessions.get(id);
    if (!session) return missing('checkout session');
    if (session.status !== 'complete') this.store.completeCheckout(id, { status: 'active' });
    return { status: 303, location: successUrl(session) };
  }

  private portalPage(id: string): HostedReply {
    const portal = this.store.portalSessions.get(id);
    if (!portal) return missing('portal session');
    const subscriptions = this.subscriptionsOf(portal.customer);
    const rows = subscriptions
      .map((s) => `<li>${escape(s.id)}: ${escape(s.status)}${s.cancel_at_period_end ? ' (cancels at period end)' : ''}</li>`)
      .join('');
    const cancellable = subscriptions.some((s) => s.status === 'active' && !s.cancel_at_period_end);
    const body = `<p>Billing portal (Stripe stand-in) for ${escape(this.store.customers.get(portal.customer)?.email ?? portal.customer)}.</p>
      <ul aria-label="Subscriptions">${rows}</ul>
      ${cancellable ? `<form method="post" action="/portal/${escape(id)}/cancel"><button type="submit">Cancel plan</button></form>` : ''}
      ${portal.return_url ? `<p><a href="${escape(portal.return_url)}">Return to the site</a></p>` : ''}`;
    return { status: 200, html: document('Billing portal', body) };
  }

  private cancelAtPeriodEnd(id: string): HostedReply {
    const portal = this.store.portalSessions.get(id);
    if (!portal) return missing('portal session');
    for (const subscription of this.subscriptionsOf(portal.customer)) {
      if (subscription.status === 'active') this.store.updateSubscription(subscription.id, { cancelAtPeriodEnd: true });
    }
    return { status: 303, location: `/portal/${id}` };
  }

  private subscriptionsOf(customer: string): StubObject[] {
    return [...this.store.subscriptions.values()].filter((subscription) => subscription.customer === customer);
  }
}

function successUrl(session: StubObject): string {
  return String(session.success_url).replace('{CHECKOUT_SESSION_ID}', session.id);
}
