import { Fragment, h } from '../html/jsx';
import { ShellModel } from '../views/shell-model';

/**
 * What a visitor can do with a listing. Signed out, "Apply" and "Save job" lead to the login form and back;
 * the seeker's own forms (apply with a cover letter, save/remove) replace these for a signed-in seeker.
 */
export function ListingActions(props: { listing: { slug: string; open: boolean; external: boolean }; shell: ShellModel }) {
  const { listing, shell } = props;
  if (!listing.open) {
    return (
      <p>
        <a href="/jobs">See open jobs like this one</a>
      </p>
    );
  }
  const here = `/jobs/${listing.slug}`;
  if (!shell.viewer) {
    return (
      <>
        <h2>Interested?</h2>
        <p>
          <a class="button" href={`/login?next=${encodeURIComponent(here)}`}>
            Log in to apply
          </a>
        </p>
        <p class="small muted">
          New here? <a href={`/signup?next=${encodeURIComponent(here)}`}>Create a free account</a> to apply, save jobs and get alerts.
        </p>
      </>
    );
  }
  return (
    <>
      <h2>Interested?</h2>
      <p class="muted">
        {listing.external ? 'This employer takes applications on their own site.' : 'Apply here with a short cover letter.'}
      </p>
    </>
  );
}
