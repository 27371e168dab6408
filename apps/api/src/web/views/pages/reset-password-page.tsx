import { FieldError } from '@app/common';
import { h } from '../../html/jsx';
import { AccountForm } from '../components/account-form';
import { fieldError, TextField } from '../components/form-fields';
import { Layout } from '../layout';
import { ShellModel } from '../shell-model';

/** A usable link shows the form; one that expired, was used or never existed says so and offers a new one. */
export type ResetPasswordPageModel = { usable: true; token: string; errors: FieldError[] } | { usable: false };

const HEAD = {
  title: 'Set a new password',
  description: 'Choose a new password for your Job Board account.',
  canonicalPath: '/reset-password',
  noindex: true,
};

export function ResetPasswordPage(props: { shell: ShellModel; model: ResetPasswordPageModel }) {
  const { model } = props;
  if (!model.usable) {
    return (
      <Layout shell={props.shell} head={HEAD}>
        <div class="page-header">
          <h1>This reset link does not work</h1>
          <p class="lede">It has expired (a link works for one hour), it was used already, or it was copied only in part.</p>
        </div>
        <p class="button-row">
          <a class="button" href="/forgot-password">
            Get a new link
          </a>
          <a class="button button-secondary" href="/login">
            Log in
          </a>
        </p>
      </Layout>
    );
  }
  return (
    <Layout shell={props.shell} head={HEAD}>
      <div class="page-header">
        <h1>Set a new password</h1>
        <p class="lede">Once it is set, every device signed in to your account is signed out, and you log in with the new password.</p>
      </div>
      <AccountForm
        action="/reset-password"
        csrfToken={props.shell.csrfToken}
        errors={model.errors}
        submit="Set new password"
        hidden={{ token: model.token }}
      >
        <TextField
          name="password"
          label="New password"
          type="password"
          hint="At least 10 characters."
          error={fieldError(model.errors, 'password')}
          autocomplete="new-password"
        />
      </AccountForm>
    </Layout>
  );
}
