import { FieldError } from '@app/common';
import { h } from '../../html/jsx';
import { AccountForm, AccountLayout, NewPasswordField } from '../components/account-form';
import { ShellModel } from '../shell-model';

/** A usable link shows the form; one that expired, was used or never existed says so and offers a new one. */
export type ResetPasswordPageModel = { usable: true; token: string; errors: FieldError[] } | { usable: false };

const DESCRIPTION = 'Choose a new password for your Job Board account.';

export function ResetPasswordPage(props: { shell: ShellModel; model: ResetPasswordPageModel }) {
  const { model } = props;
  if (!model.usable) {
    return (
      <AccountLayout
        shell={props.shell}
        head={{ title: 'This reset link does not work', description: DESCRIPTION, canonicalPath: '/reset-password', noindex: true }}
        lede="It has expired (a link works for one hour), it was used already, or it was copied only in part."
      >
        <p class="button-row">
          <a class="button" href="/forgot-password">
            Get a new link
          </a>
          <a class="button button-secondary" href="/login">
            Log in
          </a>
        </p>
      </AccountLayout>
    );
  }
  return (
    <AccountLayout
      shell={props.shell}
      head={{ title: 'Set a new password', description: DESCRIPTION, canonicalPath: '/reset-password', noindex: true }}
      lede="Once it is set, every device signed in to your account is signed out, and you log in with the new password."
    >
      <AccountForm
        action="/reset-password"
        csrfToken={props.shell.csrfToken}
        errors={model.errors}
        submit="Set new password"
        hidden={{ token: model.token }}
      >
        <NewPasswordField label="New password" errors={model.errors} hint="At least 10 characters." />
      </AccountForm>
    </AccountLayout>
  );
}
