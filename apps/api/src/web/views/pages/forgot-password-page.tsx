import { FieldError } from '@app/common';
import { h } from '../../html/jsx';
import { AccountForm } from '../components/account-form';
import { fieldError, TextField } from '../components/form-fields';
import { Layout } from '../layout';
import { ShellModel } from '../shell-model';

export interface ForgotPasswordPageModel {
  values: { email: string };
  errors: FieldError[];
}

export function ForgotPasswordPage(props: { shell: ShellModel; model: ForgotPasswordPageModel }) {
  const { model } = props;
  return (
    <Layout
      shell={props.shell}
      head={{
        title: 'Reset your password',
        description: 'Get a link to set a new password for your Job Board account.',
        canonicalPath: '/forgot-password',
      }}
    >
      <div class="page-header">
        <h1>Reset your password</h1>
        <p class="lede">Enter the email you signed up with. We will send you a link to set a new password; it works for one hour.</p>
      </div>
      <AccountForm action="/forgot-password" csrfToken={props.shell.csrfToken} errors={model.errors} submit="Send reset link">
        <TextField
          name="email"
          label="Email"
          type="email"
          value={model.values.email}
          error={fieldError(model.errors, 'email')}
          autocomplete="email"
          maxlength={254}
        />
      </AccountForm>
      <p>
        Remembered it? <a href="/login">Log in</a>
      </p>
    </Layout>
  );
}
