import { Child, h } from '../../html/jsx';

/** A wide table that scrolls sideways inside itself on a phone (the page never does); reachable by keyboard. */
export function TableWrap(props: { label: string; children?: Child }) {
  return (
    <div class="table-wrap wide" role="region" aria-label={props.label} tabindex={0}>
      {props.children}
    </div>
  );
}
