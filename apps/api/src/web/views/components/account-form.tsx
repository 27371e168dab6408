import { FieldError } from '@app/common';
import { Child, h } from '../../html/jsx';
import { Layout } from '../layout';
import { HeadModel, ShellModel } from '../shell-model';
import { CsrfField, ErrorSummary, fieldError, TextField } from './form-fields';

/** An account page: its heading (the page's title) and a lede under it, then the page. */
export function AccountLayout(props: {
  shell: ShellModel;
  head: Omit<HeadModel, 'title'> & { title: string };
  lede?: string;
  children?: Child;
}) {
  return (
    <Layout shell={props.shell} head={props.head}>
      <div class="page-header">
        <h1>{props.head.title}</h1>
        {props.lede ? <p class="lede">{props.lede}</p> : null}
      </div>
      {props.children}
    </Layout>
  );
}

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

export function EmailField(props: { value: string; errors: FieldError[]; autocomplete?: 'email' | 'username' }) {
  return (
    <TextField
      name="email"
      label="Email"
      type="email"
      value={props.value}
      error={fieldError(props.errors, 'email')}
      autocomplete={props.autocomplete ?? 'email'}
      maxlength={254}
    />
  );
}

export function NameField(props: { value: string; errors: FieldError[] }) {
  return (
    <TextField name="name" label="Name" value={props.value} error={fieldError(props.errors, 'name')} autocomplete="name" maxlength={100} />
  );
}

/** A password to choose (signup, reset): the browser may suggest a strong one. */
export function NewPasswordField(props: { label: string; errors: FieldError[]; hint: string }) {
  return (
    <TextField
      name="password"
      label={props.label}
      type="password"
      hint={props.hint}
      error={fieldError(props.errors, 'password')}
      autocomplete="new-password"
    />
  );
}

/** A link to another account form that keeps where the visitor was going. */
export function withNext(path: string, next: string | null): string {
  return next ? `${path}?next=${encodeURIComponent(next)}` : path;
}
