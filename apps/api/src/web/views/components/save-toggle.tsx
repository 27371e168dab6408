import { h } from '../../html/jsx';
import { ActionButton } from './form-fields';

export interface SaveToggleModel {
  listingId: string;
  saved: boolean;
  /** Where the form returns without JavaScript (the page it is on). */
  returnTo: string;
}

/**
 * "Save job" / "Remove from saved": a one-button form that, with JavaScript, posts in place and is swapped for
 * the fragment the handler renders (with `announce`, a status line for screen readers).
 */
export function SaveToggle(props: { model: SaveToggleModel; csrfToken: string | null; announce?: string }) {
  const { listingId, saved, returnTo } = props.model;
  return (
    <div class="save-toggle" data-fragment="">
      <ActionButton
        action={saved ? `/me/bookmarks/${listingId}/remove` : `/me/bookmarks/${listingId}`}
        label={saved ? 'Remove from saved' : 'Save job'}
        variant="secondary"
        csrfToken={props.csrfToken}
        hidden={{ next: returnTo }}
        enhance=""
      />
      {props.announce ? (
        <p class="small muted" role="status">
          {props.announce}
        </p>
      ) : null}
    </div>
  );
}
