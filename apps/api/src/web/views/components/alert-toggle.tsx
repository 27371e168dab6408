import { h } from '../../html/jsx';
import { ActionButton } from './form-fields';

/** An alert's state and its "Pause alert" / "Resume alert" button; with JavaScript it toggles in place. */
export function AlertToggle(props: { alertId: string; paused: boolean; csrfToken: string | null; announce?: string }) {
  const { alertId, paused } = props;
  return (
    <div class="alert-toggle" data-fragment="">
      <span class={paused ? 'pill pill-status' : 'pill pill-remote'}>{paused ? 'Paused' : 'Active'}</span>
      <ActionButton
        action={`/me/alerts/${alertId}/${paused ? 'resume' : 'pause'}`}
        label={paused ? 'Resume alert' : 'Pause alert'}
        variant="secondary"
        csrfToken={props.csrfToken}
        enhance=""
      />
      {props.announce ? (
        <span class="small muted" role="status">
          {props.announce}
        </span>
      ) : null}
    </div>
  );
}
