import { Fragment, h } from '../html/jsx';
import { CsrfField } from '../views/components/form-fields';
import { SaveToggle } from '../views/components/save-toggle';
import { ShellModel } from '../views/shell-model';

/** What a signed-in seeker has done with this listing. */
export interface SeekerListingState {
  /** null: not applied (or withdrawn: they may apply again). */
  application: { status: string; appliedOn: string } | null;
  withdrawnOn: string | null;
  saved: boolean;
}

export interface ListingActionsModel {
  id: string;
  slug: string;
  open: boolean;
  external: boolean;
  /** The external listing's address, when it is an http(s) one we may link to. */
  applyUrl: string | null;
  /** Set for a signed-in seeker; visitors and admins have none. */
  seeker: SeekerListingState | null;
}

function SignedOut(props: { here: string }) {
  return (
    <>
      <h2>Interested?</h2>
      <p>
        <a class="button" href={`/login?next=${encodeURIComponent(props.here)}`}>
          Log in to apply
        </a>
      </p>
      <p class="small muted">
        New here? <a href={`/signup?next=${encodeURIComponent(props.here)}`}>Create a free account</a> to apply, save jobs and get alerts.
      </p>
    </>
  );
}

function Applied(props: { listing: ListingActionsModel; application: { status: string; appliedOn: string } }) {
  const { listing, application } = props;
  return (
    <>
      <h2>You applied</h2>
      <p>
        You applied on {application.appliedOn}. Status: <strong>{application.status}</strong>.
      </p>
      {listing.open && listing.applyUrl ? (
        <p>
          <a href={listing.applyUrl} rel="nofollow noopener">
            Continue on the company site
          </a>
        </p>
      ) : null}
      <p>
        <a href="/me/applications">See your applications</a>
      </p>
    </>
  );
}

function ApplyControls(props: { listing: ListingActionsModel; csrfToken: string | null; withdrawnOn: string | null }) {
  const { listing } = props;
  return (
    <>
      <h2>Interested?</h2>
      {props.withdrawnOn ? <p class="small muted">You withdrew your application on {props.withdrawnOn}; you can apply again.</p> : null}
      {listing.external ? (
        <>
          <p class="muted">This employer takes applications on their own site. We keep track of it in your applications.</p>
          <form method="post" action={`/jobs/${listing.slug}/apply`}>
            <CsrfField token={props.csrfToken} />
            <button type="submit">Apply on company site</button>
          </form>
        </>
      ) : (
        <>
          <p class="muted">Apply here with a short cover letter.</p>
          <form method="get" action={`/jobs/${listing.slug}/apply`}>
            <button type="submit">Apply</button>
          </form>
        </>
      )}
    </>
  );
}

/**
 * What a visitor can do with a listing. Signed out: log in to apply. A seeker: apply (our form, or on the
 * company's site), see that they applied, save or unsave. Admins do not apply.
 */
export function ListingActions(props: { listing: ListingActionsModel; shell: ShellModel }) {
  const { listing, shell } = props;
  const here = `/jobs/${listing.slug}`;
  const seeker = listing.seeker;
  const save = seeker ? (
    <SaveToggle model={{ listingId: listing.id, saved: seeker.saved, returnTo: here }} csrfToken={shell.csrfToken} />
  ) : null;
  if (!listing.open) {
    return (
      <>
        {seeker?.application ? <Applied listing={listing} application={seeker.application} /> : null}
        {seeker?.saved ? save : null}
        <p>
          <a href="/jobs">See open jobs like this one</a>
        </p>
      </>
    );
  }
  if (!shell.viewer) return <SignedOut here={here} />;
  if (!seeker) return <p class="muted">You are signed in as an admin: job seekers apply and save jobs here.</p>;
  return (
    <>
      {seeker.application ? (
        <Applied listing={listing} application={seeker.application} />
      ) : (
        <ApplyControls listing={listing} csrfToken={shell.csrfToken} withdrawnOn={seeker.withdrawnOn} />
      )}
      {save}
    </>
  );
}
