import { Fragment, h } from '../../html/jsx';
import { Flash } from '../../http/flash';
import { PlanOffer } from '../../billing/plan-offer';
import { FlashMessage } from '../components/flash-message';
import { ActionButton } from '../components/form-fields';
import { Layout } from '../layout';
import { ShellModel } from '../shell-model';

export interface BillingPageModel {
  plan: 'Free' | 'Plus';
  /** The Stripe subscription's state in words; null without one. */
  status: string | null;
  /** "Renews on 10 Apr 2031", "Ends on …". */
  nextStep: string | null;
  offer: PlanOffer;
  canManage: boolean;
  /** What an upgrade adds (empty for Plus). */
  plusFeatures: string[];
  /** Shown at the top (e.g. "Plus is active" on the return from Checkout). */
  notice: Flash | null;
}

function BillingActions(props: { model: BillingPageModel; csrfToken: string | null }) {
  const { model, csrfToken } = props;
  const upgrade = model.offer.kind === 'checkout';
  if (!upgrade && !model.canManage) return null;
  return (
    <div class="button-row">
      {upgrade ? <ActionButton action="/billing/checkout" label="Upgrade to Plus" variant="plus" csrfToken={csrfToken} /> : null}
      {model.canManage ? (
        <ActionButton action="/billing/portal" label="Manage billing" variant={upgrade ? 'secondary' : 'primary'} csrfToken={csrfToken} />
      ) : null}
    </div>
  );
}

export function BillingPage(props: { shell: ShellModel; model: BillingPageModel }) {
  const { shell, model } = props;
  return (
    <Layout shell={shell} head={{ title: 'Billing', description: 'Your Job Board plan and subscription.', noindex: true }}>
      {model.notice ? <FlashMessage flash={model.notice} /> : null}
      <header class="page-header">
        <h1>Billing</h1>
      </header>
      <section class="panel stack" aria-labelledby="plan-heading">
        <h2 id="plan-heading">Your plan: {model.plan}</h2>
        <dl class="details">
          <dt>Plan</dt>
          <dd>{model.plan}</dd>
          {model.status ? (
            <>
              <dt>Subscription</dt>
              <dd>{model.status}</dd>
            </>
          ) : null}
          {model.nextStep ? (
            <>
              <dt>Next</dt>
              <dd>{model.nextStep}</dd>
            </>
          ) : null}
        </dl>
        {model.offer.kind === 'unavailable' ? (
          <p class="notice">Billing is not available on this server: Plus cannot be bought here yet.</p>
        ) : null}
        <BillingActions model={model} csrfToken={shell.csrfToken} />
        {model.canManage ? (
          <p class="small muted">Manage billing opens Stripe, where you change your card, see invoices or cancel.</p>
        ) : null}
      </section>
      {model.plusFeatures.length > 0 ? (
        <section class="panel" aria-labelledby="plus-features-heading">
          <h2 id="plus-features-heading">What Plus adds, for {shell.plusPrice}</h2>
          <ul>
            {model.plusFeatures.map((feature) => (
              <li>{feature}</li>
            ))}
          </ul>
          <p>
            <a href="/pricing">Compare the plans</a>
          </p>
        </section>
      ) : null}
    </Layout>
  );
}
