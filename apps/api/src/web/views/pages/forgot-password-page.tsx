import { FieldError } from '@app/common';
import { h } from '../../html/jsx';
import { AccountForm, AccountLayout, EmailField } from '../components/account-form';
import { ShellModel } from '../shell-model';

export interface ForgotPasswordPageModel {
  values: { email: string };
  errors: FieldError[];
}

export function ForgotPasswordPage(props: { shell: ShellModel; model: ForgotPasswordPageModel }) {
  const { model } = props;
  return (
    <AccountLayout
      shell={props.shell}
      head={{
        title: 'Reset your password',
        description: 'Get a link to set a new password for your Job Board account.',
        canonicalPath: '/forgot-password',
      }}
      lede="Enter the email you signed up with. We will send you a link to set a new password; it works for one hour."
    >
      <AccountForm action="/forgot-password" csrfToken={props.shell.csrfToken} errors={model.errors} submit="Send reset link">
        <EmailField value={model.values.email} errors={model.errors} />
      </AccountForm>
      <p>
        Remembered it? <a href="/login">Log in</a>
      </p>
    </AccountLayout>
  );
}
