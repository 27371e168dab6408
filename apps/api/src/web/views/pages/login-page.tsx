import { FieldError } from '@app/common';
import { h } from '../../html/jsx';
import { AccountForm, AccountLayout, EmailField, withNext } from '../components/account-form';
import { fieldError, TextField } from '../components/form-fields';
import { ShellModel } from '../shell-model';

export interface LoginPageModel {
  values: { email: string };
  errors: FieldError[];
  /** Where to go once logged in (a safe path of ours), or null for the account page. */
  next: string | null;
}

export function LoginPage(props: { shell: ShellModel; model: LoginPageModel }) {
  const { model } = props;
  return (
    <AccountLayout
      shell={props.shell}
      head={{ title: 'Log in', description: 'Log in to your Job Board account.', canonicalPath: '/login' }}
    >
      <AccountForm
        action="/login"
        csrfToken={props.shell.csrfToken}
        errors={model.errors}
        submit="Log in"
        hidden={model.next ? { next: model.next } : {}}
      >
        <EmailField value={model.values.email} errors={model.errors} autocomplete="username" />
        <TextField
          name="password"
          label="Password"
          type="password"
          error={fieldError(model.errors, 'password')}
          autocomplete="current-password"
        />
      </AccountForm>
      <p>
        <a href="/forgot-password">Forgot your password?</a>
      </p>
      <p>
        New here? <a href={withNext('/signup', model.next)}>Create an account</a>
      </p>
    </AccountLayout>
  );
}
