import { ShellViewer } from '../views/shell-model';

/** What a viewer can do about Plus, wherever the plans are shown. */
export type PlanOffer =
  /** Signed out: create an account (or log in) and come back to billing. */
  | { kind: 'sign-up'; signupHref: string; loginHref: string }
  /** A Free seeker: "Upgrade to Plus" starts a Stripe Checkout. */
  | { kind: 'checkout' }
  /** Already Plus: "Manage billing" opens the Stripe portal. */
  | { kind: 'manage' }
  /** This server sells no Plus (Stripe is not configured). */
  | { kind: 'unavailable' }
  /** Admins run the board; they do not subscribe. */
  | { kind: 'none' };

const BACK_TO_BILLING = encodeURIComponent('/billing');

export function planOfferFor(viewer: ShellViewer | null, billingConfigured: boolean): PlanOffer {
  if (!billingConfigured) return { kind: 'unavailable' };
  if (!viewer) return { kind: 'sign-up', signupHref: `/signup?next=${BACK_TO_BILLING}`, loginHref: `/login?next=${BACK_TO_BILLING}` };
  if (viewer.isAdmin) return { kind: 'none' };
  return viewer.isPlus ? { kind: 'manage' } : { kind: 'checkout' };
}
