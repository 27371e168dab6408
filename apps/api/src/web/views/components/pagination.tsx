import { h } from '../../html/jsx';

/** Cursor paging: "Next page" while there is one, and the way back to the first page. */
export function Pagination(props: { nextHref: string | null; firstHref: string | null }) {
  if (!props.nextHref && !props.firstHref) return null;
  return (
    <nav class="pagination" aria-label="Pages">
      {props.firstHref ? <a href={props.firstHref}>First page</a> : <span />}
      {props.nextHref ? (
        <a class="button button-secondary" href={props.nextHref} rel="next">
          Next page
        </a>
      ) : null}
    </nav>
  );
}
