import { h } from '../../html/jsx';

/** A status as a word in a pill ("Draft", "Published"…), colour-coded by the stylesheet, readable without colour. */
export function StatusPill(props: { status: string }) {
  const label = props.status.charAt(0).toUpperCase() + props.status.slice(1).replace(/_/g, ' ');
  return <span class={`pill pill-status status-${props.status}`}>{label}</span>;
}
