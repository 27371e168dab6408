import { Fragment, h } from '../../html/jsx';
import { PlanOffer } from '../../billing/plan-offer';
import { ActionButton } from './form-fields';

export interface PlanCardModel {
  id: 'free' | 'plus';
  name: string;
  /** "$8" */
  price: string;
  /** "a month", "forever" */
  per: string;
  /** "Everything in Free, and:" before the features a richer plan adds. */
  intro: string | null;
  features: string[];
  /** The signed-in viewer's own plan. */
  current: boolean;
}

export interface PlanComparisonModel {
  plans: PlanCardModel[];
  /** "571 professionals pay for Plus" */
  members: string;
  offer: PlanOffer;
  csrfToken: string | null;
}

/** "Upgrade to Plus", "Manage billing", or why neither is there. */
export function PlanOfferAction(props: { offer: PlanOffer; csrfToken: string | null }) {
  const { offer } = props;
  switch (offer.kind) {
    case 'sign-up':
      return (
        <>
          <a class="button button-plus" href={offer.signupHref}>
            Upgrade to Plus
          </a>
          <p class="small muted">
            Create a free account first, or <a href={offer.loginHref}>log in</a> if you have one.
          </p>
        </>
      );
    case 'checkout':
      return <ActionButton action="/billing/checkout" label="Upgrade to Plus" variant="plus" csrfToken={props.csrfToken} />;
    case 'manage':
      return <ActionButton action="/billing/portal" label="Manage billing" variant="secondary" csrfToken={props.csrfToken} />;
    case 'unavailable':
      return <p class="small muted">Plus is not on sale on this server yet.</p>;
    case 'none':
      return null;
  }
}

/** Free and Plus side by side; the Plus card carries the viewer's offer. */
export function PlanCards(props: { model: PlanComparisonModel; headingLevel?: 2 | 3 }) {
  const { model } = props;
  return (
    <div class="plans">
      {model.plans.map((plan) => {
        const heading = (
          <>
            {plan.name}
            {plan.current ? (
              <>
                {' '}
                <span class="pill pill-status">Your plan</span>
              </>
            ) : null}
          </>
        );
        return (
          <article class={plan.id === 'plus' ? 'plan plan-plus' : 'plan'} aria-label={`${plan.name} plan`}>
            {props.headingLevel === 3 ? <h3>{heading}</h3> : <h2>{heading}</h2>}
            <p class="plan-price">
              {plan.price} <small>{plan.per}</small>
            </p>
            {plan.intro ? <p>{plan.intro}</p> : null}
            <ul>
              {plan.features.map((feature) => (
                <li>{feature}</li>
              ))}
            </ul>
            {plan.id === 'plus' ? <PlanOfferAction offer={model.offer} csrfToken={model.csrfToken} /> : null}
          </article>
        );
      })}
    </div>
  );
}
