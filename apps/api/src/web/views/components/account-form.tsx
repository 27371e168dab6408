import { FieldError } from '@app/common';
import { Child, h } from '../../html/jsx';
import { CsrfField, ErrorSummary } from './form-fields';

/**
 * The frame of the account forms (signup, login, reset, profile): the error summary of a refused post, then a
 * form that posts to `action` with the CSRF token and the page's hidden fields. The browser's own validation is
 * off, so every message comes from the server, beside its field, in the same words.
 */
export function AccountForm(props: {
  action: string;
  csrfToken: string | null;
  errors: FieldError[];
  submit: string;
  hidden?: Record<string, string>;
  children?: Child;
}) {
  return (
    <div class="form-narrow">
      <ErrorSummary errors={props.errors} />
      <form class="account-form" method="post" action={props.action} novalidate>
        <CsrfField token={props.csrfToken} />
        {Object.entries(props.hidden ?? {}).map(([name, value]) => (
          <input type="hidden" name={name} value={value} />
        ))}
        {props.children}
        <button type="submit">{props.submit}</button>
      </form>
    </div>
  );
}

/** A link to another account form that keeps where the visitor was going. */
export function withNext(path: string, next: string | null): string {
  return next ? `${path}?next=${encodeURIComponent(next)}` : path;
}
