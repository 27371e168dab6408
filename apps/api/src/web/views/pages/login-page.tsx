import { FieldError } from '@app/common';
import { h } from '../../html/jsx';
import { AccountForm, withNext } from '../components/account-form';
import { fieldError, TextField } from '../components/form-fields';
import { Layout } from '../layout';
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
    <Layout shell={props.shell} head={{ title: 'Log in', description: 'Log in to your Job Board account.', canonicalPath: '/login' }}>
      <div class="page-header">
        <h1>Log in</h1>
      </div>
      <AccountForm
        action="/login"
        csrfToken={props.shell.csrfToken}
        errors={model.errors}
        submit="Log in"
        hidden={model.next ? { next: model.next } : {}}
      >
        <TextField
          name="email"
          label="Email"
          type="email"
          value={model.values.email}
          error={fieldError(model.errors, 'email')}
          autocomplete="username"
          maxlength={254}
        />
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
    </Layout>
  );
}
